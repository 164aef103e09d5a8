package estrado.present;

import com.sun.javafx.perf.PerformanceTracker;
import estrado.deck.BundledDeck;
import estrado.preflight.Displays;
import estrado.preflight.ScreenChoices;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import estrado.timing.RunLogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Slide change with both windows open, from the key press to the next frame rendered in both windows, and the
 * process's resident memory. A program that prints figures, not a test:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) estrado.present.PresenterBenchmark [CHANGES] [DECK_DIR]
 * </pre>
 *
 * The key event is fired into the presenter's scene on the JavaFX thread; "rendered" is the render thread's
 * report (JavaFX's PerformanceTracker) of the first frame of each window that started after the key.
 */
public final class PresenterBenchmark {
    private PresenterBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable t) {
            // the JavaFX threads would keep the JVM alive after a failure
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] allArgs) throws Exception {
        boolean audienceOnly = List.of(allArgs).contains("--audience-only");
        String[] args = java.util.Arrays.stream(allArgs).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path deck = args.length > 1 ? Path.of(args[1]) : BundledDeck.root();
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "3840x1080-32"));
        long rssBefore = rssKb();
        FxRuntime.startHeadless();
        Path state = Files.createTempDirectory("estrado-bench");
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        Presentation[] talk = new Presentation[1];
        Scene[] scenes = FxRuntime.call(() -> {
            Chrome chrome = new Chrome();
            chrome.apply(PresenterPrefs.Theme.LIGHT);
            Presentation p = new Presentation(opened.context().orElseThrow());
            talk[0] = p;
            if (audienceOnly) {
                // the baseline: the audience window alone, as before the presenter existed
                AudienceWindow a = new AudienceWindow(new Stage(), p);
                place(a.stage(), 1920);
                a.stage().show();
                return new Scene[] {a.stage().getScene()};
            }
            TalkSession session = new TalkSession(p, Clock.systemDefaultZone(), PaceSettings.defaults(),
                    new RunLogStore(state), true);
            Windows ws = Windows.open(new Stage(), new Stage(), p, session,
                    PresenterPrefs.inMemory(PresenterPrefs.Theme.LIGHT), chrome, ScreenChoices.inMemory(),
                    Displays::current);
            session.start();
            // the lecture case on one wide headless screen: laptop on the left, projector on the right
            place(ws.presenter().stage(), 0);
            place(ws.audience().stage(), 1920);
            return new Scene[] {ws.presenter().stage().getScene(), ws.audience().stage().getScene()};
        });
        Scene presenter = scenes[0];
        Scene audience = scenes[scenes.length - 1];
        windows = scenes.length;
        AtomicReference<CountDownLatch> frames = new AtomicReference<>(new CountDownLatch(0));
        // end of CSS + layout of the pulse after the key, for the breakdown
        FxRuntime.call(() -> {
            presenter.addPostLayoutPulseListener(() -> LAYOUT_DONE[0] = System.nanoTime());
            return null;
        });
        for (Scene s : scenes) {
            PerformanceTracker.getSceneTracker(s).setOnRenderedFrameTask(() -> frames.get().countDown());
        }
        int slides = opened.context().orElseThrow().slides().size();
        System.out.printf(Locale.ROOT, "deck: %s (%d slides), presenter %.0fx%.0f, audience %.0fx%.0f%n",
                deck, slides, presenter.getWidth(), presenter.getHeight(), audience.getWidth(), audience.getHeight());

        measure(presenter, talk[0], frames, 60); // warm-up: classes, CSS, fonts, caches
        List<Double> keyToFrame = measure(presenter, talk[0], frames, changes);
        Collections.sort(keyToFrame);
        List<Double> handler = new ArrayList<>(HANDLER.subList(HANDLER.size() - changes, HANDLER.size()));
        Collections.sort(handler);
        System.out.printf(Locale.ROOT, "key handler alone (state change, new slide nodes, labels): "
                + "median %.2f ms, p99 %.2f ms%n", pct(handler, 50), pct(handler, 99));
        List<Double> layout = new ArrayList<>(TO_LAYOUT.subList(TO_LAYOUT.size() - changes, TO_LAYOUT.size()));
        Collections.sort(layout);
        System.out.printf(Locale.ROOT, "key to end of CSS and layout of the presenter's pulse: "
                + "median %.2f ms, p99 %.2f ms (the rest is painting)%n", pct(layout, 50), pct(layout, 99));
        System.out.printf(Locale.ROOT, "slide change, key to next frame in " + (audienceOnly ? "the audience window"
                : "both windows") + ", %d changes: "
                + "median %.2f ms, p99 %.2f ms, max %.2f ms%n", keyToFrame.size(), pct(keyToFrame, 50),
                pct(keyToFrame, 99), keyToFrame.get(keyToFrame.size() - 1));
        long rss = rssKb();
        System.gc();
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "resident memory (VmRSS) with " + (audienceOnly ? "the audience window"
                + "" : "both windows") + " open: %.0f MB after the run, %.0f MB after a GC "
                + "(JVM before JavaFX: %.0f MB); Java heap in use after the GC: %.0f MB%n", rss / 1024.0,
                rssKb() / 1024.0, rssBefore / 1024.0,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
        Platform.exit();
    }

    /** Fires "next" (or "previous" at the end, bouncing through the deck) and waits for a frame in both windows. */
    private static List<Double> measure(Scene scene, Presentation presentation, AtomicReference<CountDownLatch> frames,
            int n) throws Exception {
        List<Double> out = new ArrayList<>();
        boolean[] forward = {true};
        for (int i = 0; i < n; i++) {
            CountDownLatch latch = new CountDownLatch(windows);
            long[] t0 = new long[1];
            CountDownLatch fired = new CountDownLatch(1);
            Platform.runLater(() -> {
                frames.set(latch);
                t0[0] = System.nanoTime();
                KeyCode key = forward[0] ? KeyCode.RIGHT : KeyCode.LEFT;
                Event.fireEvent(scene, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                HANDLER.add((System.nanoTime() - t0[0]) / 1e6);
                fired.countDown();
            });
            fired.await();
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame rendered within 5 s");
            }
            long t1 = System.nanoTime();
            out.add((t1 - t0[0]) / 1e6);
            TO_LAYOUT.add((LAYOUT_DONE[0] - t0[0]) / 1e6);
            // bounce at the ends of the deck so every change really changes the slide or step
            boolean atEnd = FxRuntime.call(() -> endReached(presentation, forward[0]));
            if (atEnd) {
                forward[0] = !forward[0];
            }
        }
        return out;
    }

    /** Time spent in the key handler alone (state change, re-rendering the slide nodes, labels). */
    static final List<Double> HANDLER = new ArrayList<>();
    static int windows = 2;
    static final List<Double> TO_LAYOUT = new ArrayList<>();
    static final long[] LAYOUT_DONE = new long[1];

    private static void place(Stage stage, double x) {
        stage.setX(x);
        stage.setY(0);
        stage.setWidth(1920);
        stage.setHeight(1080);
    }

    private static boolean endReached(Presentation p, boolean forward) {
        Position pos = p.position();
        int last = p.slideCount() - 1;
        if (forward) {
            return pos.slide() == last && pos.step() == p.currentSlide().steps() - 1;
        }
        return pos.slide() == 0 && pos.step() == 0;
    }

    private static double pct(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** Resident set size from /proc/self/status, in kB (0 where there is no /proc). */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }
}
