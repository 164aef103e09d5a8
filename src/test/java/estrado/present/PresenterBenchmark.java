package estrado.present;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import estrado.deck.BundledDeck;
import estrado.preflight.Displays;
import estrado.preflight.ScreenChoices;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.AudienceWindow;
import estrado.present.window.Chrome;
import estrado.present.window.PresenterPrefs;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import estrado.timing.RunLogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 *      [--audience-only] [--ink] [--spaced]
 * </pre>
 *
 * Without {@code --spaced} each key follows the frame of the one before, as a lecturer holding Right: the work a
 * change leaves for after its frame (preparing the next slide, the preview) then shares a pulse with the next
 * change. {@code --spaced} waits {@value #SPACING_MS} ms after each frame, as in a lecture, so that work is
 * drawn on its own and counted in the change's CPU.
 *
 * The key event is fired into the presenter's scene on the JavaFX thread; "painted" is the render thread's
 * report (JavaFX's PerformanceTracker) of each window's first frame laid out after the key (see {@link Probe}).
 * It bounces through the whole deck, widget slides included; 200 changes or more for a p99.
 */
public final class PresenterBenchmark {
    private static final long SPACING_MS = 400;
    private static boolean spaced;
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
        boolean ink = List.of(allArgs).contains("--ink");
        spaced = List.of(allArgs).contains("--spaced");
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
        if (ink) {
            FxRuntime.call(() -> inkEverySlide(talk[0]));
        }
        Scene presenter = scenes[0];
        Scene audience = scenes[scenes.length - 1];
        Probe probe = new Probe(scenes);
        int slides = opened.context().orElseThrow().slides().size();
        System.out.printf(Locale.ROOT, "deck: %s (%d slides), presenter %.0fx%.0f, audience %.0fx%.0f%n",
                deck, slides, presenter.getWidth(), presenter.getHeight(), audience.getWidth(), audience.getHeight());

        if (ink) {
            System.out.printf(Locale.ROOT, "ink: %d strokes on the deck's slides and steps%n",
                    talk[0].ink().strokes().size());
        }
        measure(presenter, talk[0], probe, 60); // warm-up: classes, CSS, fonts, caches
        CpuUse cpu = CpuUse.now();
        List<Change> measured = measure(presenter, talk[0], probe, changes);
        cpu.report(changes);
        report("key handler alone (state change, new slide nodes, labels)", measured, Change::handler);
        report("key to end of CSS and layout of the first pulse after it", measured, Change::layout);
        for (int w = 0; w < scenes.length; w++) {
            int window = w;
            report("key to first frame painted after it, " + (scenes.length == 1 || w == 1 ? "audience" : "presenter")
                    + " window", measured, c -> c.painted()[window]);
        }
        report("slide change, key to " + (audienceOnly ? "the audience window" : "both windows") + " painted",
                measured, Change::allPainted);
        long rss = rssKb();
        fullGc();
        System.out.printf(Locale.ROOT, "resident memory (VmRSS) with " + (audienceOnly ? "the audience window"
                + "" : "both windows") + " open: %.0f MB after the run, %.0f MB after a GC "
                + "(JVM before JavaFX: %.0f MB); Java heap in use after the GC: %.0f MB%n", rss / 1024.0,
                rssKb() / 1024.0, rssBefore / 1024.0,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
        Platform.exit();
    }

    /**
     * {@code --ink}: a lecturer's heavy hand on every step of every slide: four pen strokes of 150 points and two
     * highlighter strokes of 40, drawn through the same calls the mouse makes.
     */
    private static Void inkEverySlide(Presentation p) {
        var slides = p.deckProperty().get().slides();
        for (var slide : slides) {
            for (int step = 0; step < slide.steps(); step++) {
                estrado.present.ink.Page page = new estrado.present.ink.Page(slide.id(), step);
                for (int k = 0; k < 6; k++) {
                    boolean pen = k < 4;
                    p.ink().toggle(pen ? estrado.timing.InkStroke.Tool.PEN : estrado.timing.InkStroke.Tool.HIGHLIGHTER);
                    int n = pen ? 150 : 40;
                    double y = 150 + k * 140;
                    p.ink().begin(page, new javafx.geometry.Point2D(100, y));
                    for (int i = 1; i < n; i++) {
                        p.ink().extend(new javafx.geometry.Point2D(100 + i * 1700.0 / n, y + 40 * Math.sin(i / 6.0)));
                    }
                    p.ink().end();
                    p.ink().putDown();
                }
            }
        }
        return null;
    }

    /**
     * CPU time the process spent per slide change, in all and by thread: unlike the times to a painted frame, it
     * hardly moves when other processes load the machine (on a shared 2-core machine the wall-clock figures measure
     * mostly the load), so a cost that ink adds shows in it.
     */
    private record CpuUse(long process, java.util.Map<Long, Long> threads) {
        static CpuUse now() {
            var t = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<Long, Long> byThread = new java.util.HashMap<>();
            for (long id : t.getAllThreadIds()) {
                byThread.put(id, t.getThreadCpuTime(id));
            }
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return new CpuUse(os.getProcessCpuTime(), byThread);
        }

        void report(int changes) {
            CpuUse end = now();
            var t = java.lang.management.ManagementFactory.getThreadMXBean();
            StringBuilder top = new StringBuilder();
            end.threads().entrySet().stream()
                    .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - threads.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(java.util.Map.Entry.<Long, Long>comparingByValue().reversed()).limit(4)
                    .forEach(e -> {
                        var info = t.getThreadInfo(e.getKey());
                        top.append(String.format(Locale.ROOT, "; %s %.1f ms", info == null ? "?" : info.getThreadName(),
                                e.getValue() / 1e6 / changes));
                    });
            System.out.printf(Locale.ROOT, "CPU per slide change: process %.1f ms%s%n",
                    (end.process() - process) / 1e6 / changes, top);
        }
    }

    /** One slide change: milliseconds from the key to the end of its handler, of the layout, and to each window's frame. */
    private record Change(double handler, double layout, double[] painted) {
        double allPainted() {
            return java.util.Arrays.stream(painted).max().orElseThrow();
        }
    }

    /**
     * Counts, per window, only the first frame of a pulse that began after the key. A frame of an earlier pulse can
     * finish rendering after the key (the render thread runs behind the JavaFX thread, and a pulse waits for the
     * previous frame only after its own layout); counting it gave negative times. So at the key a job is queued on the
     * render thread, behind every frame already handed over: the windows are armed when it runs, and each window's
     * next rendered frame is one laid out after the key.
     */
    private static final class Probe {
        private final int windows;
        private final boolean[] armed;
        private final long[] painted;
        private volatile long layoutDone;
        private volatile CountDownLatch latch = new CountDownLatch(0);
        private volatile boolean listening;

        Probe(Scene[] scenes) {
            windows = scenes.length;
            armed = new boolean[windows];
            painted = new long[windows];
            FxRuntime.call(() -> {
                for (int i = 0; i < windows; i++) {
                    int w = i;
                    scenes[i].addPostLayoutPulseListener(() -> {
                        if (listening && w == 0 && layoutDone == 0) {
                            layoutDone = System.nanoTime();
                        }
                    });
                    PerformanceTracker.getSceneTracker(scenes[i]).setOnRenderedFrameTask(() -> painted(w));
                }
                return null;
            });
        }

        private synchronized void arm() {
            java.util.Arrays.fill(armed, true);
        }

        private synchronized void painted(int w) {
            if (armed[w] && painted[w] == 0) {
                painted[w] = System.nanoTime();
                latch.countDown();
            }
        }

        /** Called on the JavaFX thread just before the key: nothing painted or laid out yet counts. */
        synchronized CountDownLatch reset() {
            java.util.Arrays.fill(armed, false);
            java.util.Arrays.fill(painted, 0);
            layoutDone = 0;
            latch = new CountDownLatch(windows);
            listening = true;
            Toolkit.getToolkit().addRenderJob(new RenderJob(this::arm));
            return latch;
        }

        synchronized Change change(long t0, long handlerDone) {
            listening = false;
            double[] ms = new double[windows];
            for (int i = 0; i < windows; i++) {
                ms[i] = (painted[i] - t0) / 1e6;
            }
            return new Change((handlerDone - t0) / 1e6, (layoutDone - t0) / 1e6, ms);
        }
    }

    /** Fires "next" (or "previous" at the end, bouncing through the deck) and waits for a frame in every window. */
    private static List<Change> measure(Scene scene, Presentation presentation, Probe probe, int n) throws Exception {
        List<Change> out = new ArrayList<>();
        boolean[] forward = {true};
        for (int i = 0; i < n; i++) {
            long[] times = new long[2];
            CountDownLatch[] latch = new CountDownLatch[1];
            CountDownLatch fired = new CountDownLatch(1);
            Platform.runLater(() -> {
                latch[0] = probe.reset();
                times[0] = System.nanoTime();
                KeyCode key = forward[0] ? KeyCode.RIGHT : KeyCode.LEFT;
                Event.fireEvent(scene, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
                times[1] = System.nanoTime();
                fired.countDown();
            });
            fired.await();
            if (!latch[0].await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame rendered within 30 s");
            }
            out.add(probe.change(times[0], times[1]));
            if (spaced) {
                Thread.sleep(SPACING_MS); // a program, not a test: the lecturer talks between changes
            }
            // bounce at the ends of the deck so every change really changes the slide or step
            boolean atEnd = FxRuntime.call(() -> endReached(presentation, forward[0]));
            if (atEnd) {
                forward[0] = !forward[0];
            }
        }
        return out;
    }

    private static void report(String what, List<Change> changes, java.util.function.ToDoubleFunction<Change> figure) {
        List<Double> sorted = new ArrayList<>(changes.stream().map(figure::applyAsDouble).sorted().toList());
        System.out.printf(Locale.ROOT, "%s, %d changes: median %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                sorted.size(), pct(sorted, 50), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

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

    /**
     * A full collection that really happened. System.gc() can return without one: the software renderer holds the
     * GC locker while it copies a frame out (JNI critical), and a full collection asked for meanwhile is dropped, so
     * the heap measured "after the GC" was everything allocated since (1,3 GB read as live in one run). The old
     * generation's collector count says whether a full collection ran; between tries the renderer gets a moment.
     */
    private static void fullGc() throws InterruptedException {
        var collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
        for (int i = 0; i < 100; i++) {
            long old = oldCollections(collectors);
            System.gc();
            if (oldCollections(collectors) > old) {
                return;
            }
            Thread.sleep(50); // a program, not a test: waits for the frame being copied out
        }
        System.out.println("(no full collection after 100 System.gc() calls: the heap figure holds garbage)");
    }

    private static long oldCollections(List<java.lang.management.GarbageCollectorMXBean> collectors) {
        return collectors.stream().filter(g -> !g.getName().contains("Young")).mapToLong(g -> g.getCollectionCount())
                .sum();
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
