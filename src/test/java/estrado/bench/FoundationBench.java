package estrado.bench;

import estrado.deck.BundledDeck;
import estrado.present.talk.Presentation;
import estrado.present.window.AudienceWindow;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Prints the foundation's figures: `check` load+validate time for the bundled deck and a generated
 * 1,000-slide deck (warm, median of 10), and slide-change time from key press to the next laid-out
 * frame (median and p99 over 200 changes). Run with bench/foundation.sh.
 */
public final class FoundationBench {
    private FoundationBench() {
    }

    public static void main(String[] args) throws Exception {
        Path bundled = args.length > 0 ? Path.of(args[0]) : BundledDeck.root();
        Path big = generate(1000);
        System.out.printf("check (load + validate), bundled deck: median %.1f ms%n", medianLoadMs(bundled));
        System.out.printf("check (load + validate), 1000 slides:  median %.1f ms%n", medianLoadMs(big));
        FxRuntime.startHeadless();
        slideChange(bundled);
        Platform.exit();
        System.exit(0);
    }

    private static double medianLoadMs(Path deck) {
        for (int i = 0; i < 5; i++) {
            OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry())); // warm-up
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            OpenedDeck d = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
            ms.add((System.nanoTime() - t0) / 1e6);
            if (d.deck().isEmpty()) {
                throw new IllegalStateException("deck has errors: " + d.problems());
            }
        }
        return percentile(ms, 50);
    }

    private static void slideChange(Path deck) throws Exception {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        Presentation p = new Presentation(opened.context().orElseThrow());
        Scene scene = FxRuntime.call(() -> {
            Stage stage = new Stage();
            AudienceWindow w = new AudienceWindow(stage, p);
            stage.setWidth(1920);
            stage.setHeight(1080);
            stage.show();
            return w.stage().getScene();
        });
        List<Double> workMs = new ArrayList<>();
        List<Double> toFrameMs = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            boolean atEnd = p.position().slide() == p.slideCount() - 1;
            KeyCode key = atEnd ? KeyCode.HOME : KeyCode.RIGHT;
            CompletableFuture<double[]> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                long[] preLayout = new long[1];
                Runnable[] pre = new Runnable[1];
                Runnable[] post = new Runnable[1];
                pre[0] = () -> preLayout[0] = System.nanoTime();
                Event.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(),
                        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                long handled = System.nanoTime();
                post[0] = () -> {
                    long t3 = System.nanoTime();
                    scene.removePreLayoutPulseListener(pre[0]);
                    scene.removePostLayoutPulseListener(post[0]);
                    // work = the key handler (building the slide) + this pulse's CSS and layout;
                    // the wait for the pulse itself is the frame clock, not work
                    done.complete(new double[] {((handled - t0) + (t3 - preLayout[0])) / 1e6, (t3 - t0) / 1e6});
                };
                scene.addPreLayoutPulseListener(pre[0]);
                scene.addPostLayoutPulseListener(post[0]);
            });
            double[] ms = done.get(5, TimeUnit.SECONDS);
            // a lecturer's changes are seconds apart; three idle frames (~50 ms) let a view prepare the next slide
            estrado.render.Pulses.await(3);
            if (i >= 40) {
                workMs.add(ms[0]); // the first 40 warm the JIT and the caches
                toFrameMs.add(ms[1]);
            }
        }
        System.out.printf("slide change work (key handler + CSS + layout), 200 changes three frames apart: median %.2f ms, p99 %.2f ms%n",
                percentile(workMs, 50), percentile(workMs, 99));
        System.out.printf("slide change, key press -> end of the next pulse's layout:    median %.2f ms, p99 %.2f ms%n",
                percentile(toFrameMs, 50), percentile(toFrameMs, 99));
    }

    private static double percentile(List<Double> values, double pct) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(pct / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    /** A deck of {@code slides} content slides over 10 sections, written to a temp folder. */
    static Path generate(int slides) throws IOException {
        Path root = Files.createTempDirectory("estrado-bench");
        Path dir = Files.createDirectories(root.resolve("slides"));
        StringBuilder deck = new StringBuilder("title: Bench\nduration: 90\nsections:\n");
        int perSection = slides / 10;
        for (int s = 0; s < 10; s++) {
            deck.append("  - s").append(s).append(".yaml\n");
            StringBuilder sec = new StringBuilder("id: s" + s + "\ntitle: Sección " + s + "\nbudget: 9\nslides:\n");
            for (int i = 0; i < perSection; i++) {
                sec.append("  - id: s").append(s).append("-").append(i).append('\n')
                        .append("    title: Diapositiva ").append(i).append('\n')
                        .append("    notes: Nota de la diapositiva.\n")
                        .append("    blocks:\n")
                        .append("      - 'Un párrafo con **negrita** y `código`'\n")
                        .append("      - bullets: [uno, dos, {tres: [a, b]}]\n")
                        .append("      - table: {header: [A, B], rows: [[1, 2], [3, 4]]}\n");
            }
            Files.writeString(dir.resolve("s" + s + ".yaml"), sec);
        }
        Files.writeString(dir.resolve("deck.yaml"), deck);
        return root;
    }
}
