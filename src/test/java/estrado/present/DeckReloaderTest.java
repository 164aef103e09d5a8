package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckReloaderTest {
    /** A hang detector only: waits are on events (a reload scheduled, a frame drawn), never on the clock. */
    private static final long HANG_SECONDS = 60;

    @TempDir
    Path dir;
    private DeckReloader reloader;
    private final ManualScheduler scheduler = new ManualScheduler();

    /**
     * The debounce's time, moved by the test: the watcher's thread schedules, {@link #advance} runs what
     * is due on the test's thread (the reload, which hands its deck to the JavaFX thread).
     */
    static final class ManualScheduler implements DeckReloader.Scheduler {
        private record Task(long due, Runnable run) { }

        private final List<Task> pending = new java.util.ArrayList<>();
        private long now;
        private int scheduled;

        @Override
        public synchronized Runnable schedule(Duration delay, Runnable task) {
            Task t = new Task(now + delay.toNanos(), task);
            pending.add(t);
            scheduled++;
            notifyAll();
            return () -> {
                synchronized (this) {
                    pending.remove(t);
                }
            };
        }

        /** Waits until more than {@code count} tasks were ever scheduled (a file event reached the reloader). */
        synchronized void awaitScheduled(int count) throws InterruptedException {
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(HANG_SECONDS);
            while (scheduled <= count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no file event reached the reloader within " + HANG_SECONDS + " s");
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized int scheduled() {
            return scheduled;
        }

        /** Waits until a task is pending (a file event is between cancelling its old reload and scheduling the new one). */
        synchronized void awaitPending() throws InterruptedException {
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(HANG_SECONDS);
            while (pending.isEmpty()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no reload pending within " + HANG_SECONDS + " s");
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        /** Moves the clock and runs, in order, every task then due. */
        void advance(Duration d) {
            List<Task> due;
            synchronized (this) {
                now += d.toNanos();
                due = pending.stream().filter(t -> t.due() <= now).sorted(java.util.Comparator.comparingLong(Task::due)).toList();
                pending.removeAll(due);
            }
            due.forEach(t -> t.run().run());
        }
    }

    /**
     * A save reached the reloader and the quiet period passed: a reload ran and the FX thread applied it.
     * One save can raise two file events (create, then modify) that reach the reloader apart: when the second
     * one cancelled the first's reload just before the clock moved, its own reload is still pending, so the
     * clock moves again for it.
     */
    private void saved(int scheduledBefore) throws InterruptedException {
        int reloadsBefore = reloads();
        scheduler.awaitScheduled(scheduledBefore);
        while (true) {
            scheduler.advance(DeckReloader.DEBOUNCE);
            FxRuntime.call(() -> null); // apply() was queued on the FX thread before this
            if (reloads() > reloadsBefore) {
                return;
            }
            scheduler.awaitPending();
        }
    }

    /** Writes {@code text} outside the deck (same file system) and renames it over {@code file} in one step. */
    private Path saveByRename(Path file, String text) throws IOException {
        Path copy = Files.createTempFile("estrado-save", ".part"); // java.io.tmpdir, like @TempDir: outside the watched deck
        Files.writeString(copy, text);
        return Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static final String SLIDES = """
            id: s1
            title: Uno
            budget: 90
            slides:
              - id: a
                title: Primera
              - id: b
                title: Segunda
                blocks:
                  - bullets: [x, y, z]
                    steps: true
              - id: c
                title: Tercera
            """;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @AfterEach
    void stop() {
        if (reloader != null) {
            reloader.close();
        }
    }

    private Presentation open(Path deck) throws IOException {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        Presentation p = new Presentation(opened.context().orElseThrow());
        reloader = new DeckReloader(deck, opened.root(), WidgetViews.of(estrado.app.Main.widgetRegistry()), p, scheduler);
        assertTrue(reloader.start());
        return p;
    }

    private int reloads() {
        return FxRuntime.call(() -> reloader.reloadsProperty().get());
    }

    @Test
    void aSavedEditShowsAfterTheQuietPeriodOnTheSameSlideAndStep() throws Exception {
        Path deck = TestDecks.withSection(dir, SLIDES);
        Presentation p = open(deck);
        FxRuntime.call(() -> {
            p.goTo(2);
            p.next();
            return null;
        });
        assertEquals(new Position(1, 1), FxRuntime.call(p::position));
        SlideContext before = FxRuntime.call(() -> p.deckProperty().get());
        // a new slide before "b": its index moves, the presentation must follow it by id
        // saved as editors that write a copy and rename it do: one file event. A plain write can raise two
        // (truncate, then write), and a second one arriving after the clock moved restarts the quiet period
        saveByRename(deck.resolve("slides/s1.yaml"), SLIDES.replace("  - id: b\n",
                "  - id: nueva\n    title: Insertada\n  - id: b\n"));
        scheduler.awaitScheduled(0);
        scheduler.advance(DeckReloader.DEBOUNCE.minusMillis(1));
        assertSame(before, FxRuntime.call(() -> p.deckProperty().get()), "editors save in bursts: wait for quiet");
        scheduler.advance(Duration.ofMillis(1));
        FxRuntime.call(() -> null);
        assertTrue(FxRuntime.call(() -> p.deckProperty().get() != before), "the save shows once the quiet period is over");
        assertEquals("b", FxRuntime.call(() -> p.currentSlide().id()));
        assertEquals(new Position(2, 1), FxRuntime.call(p::position), "same slide, same step");
        assertEquals(List.of(), FxRuntime.call(() -> List.copyOf(reloader.problems())));
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodDeckAndSaysWhereFixingItClearsIt() throws Exception {
        Path deck = TestDecks.withSection(dir, SLIDES);
        Presentation p = open(deck);
        SlideContext good = FxRuntime.call(() -> p.deckProperty().get());
        ProblemBanner banner = FxRuntime.call(() -> new ProblemBanner(reloader.problems(), reloader.root()));
        assertFalse(FxRuntime.call(banner::isVisible));

        // a listener added straight to problems(), with no reference kept (as PresenterApp does), must survive GC
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        FxRuntime.call(() -> {
            reloader.problems().addListener((javafx.collections.ListChangeListener<estrado.deck.Problem>) c -> told.incrementAndGet());
            return null;
        });
        System.gc();
        Files.writeString(deck.resolve("slides/s1.yaml"), SLIDES.replace("title: Tercera", "titel: Tercera"));
        saved(0);
        assertSame(good, FxRuntime.call(() -> p.deckProperty().get()), "the projector keeps the last good deck");
        assertEquals(1, told.get(), "the listener heard the broken save");
        List<String> lines = FxRuntime.call(banner::lines);
        assertTrue(FxRuntime.call(banner::isVisible));
        assertEquals(List.of("El deck guardado tiene 2 errores; se sigue mostrando la última versión buena",
                "slides/s1.yaml:12:5: falta el campo obligatorio «title»",
                "slides/s1.yaml:13:5: campo desconocido «titel»; ¿quisiste decir «title»?"), lines);

        int events = scheduler.scheduled();
        Files.writeString(deck.resolve("slides/s1.yaml"), SLIDES.replace("title: Tercera", "title: Tercera arreglada"));
        saved(events);
        assertTrue(FxRuntime.call(() -> reloader.problems().isEmpty()));
        assertEquals("Tercera arreglada", FxRuntime.call(() -> p.deckProperty().get().slides().get(2).title()));
        assertFalse(FxRuntime.call(banner::isVisible), "fixing the file clears the banner");
    }

    @Test
    void themeAndNewPicturesReloadToo() throws Exception {
        Path deck = TestDecks.write(dir, "title: T\nduration: 90\ntheme: slides/theme.css\nsections:\n  - s1.yaml\n", SLIDES);
        Files.writeString(deck.resolve("slides/theme.css"), ".slide { -slide-bg: white; }\n");
        Presentation p = open(deck);
        int before = reloads();
        Files.writeString(deck.resolve("slides/theme.css"), ".slide { -slide-bg: #eeeeee; }\n");
        saved(0);
        assertTrue(reloads() > before, "the theme reloads");
        int afterTheme = reloads();
        // assets/ did not exist at the start: creating it (an event of the root) registers it and reloads;
        // a folder is watched by the time its creation is handled, so each step waits for the one before
        int events = scheduler.scheduled();
        Files.createDirectory(deck.resolve("assets"));
        saved(events);
        events = scheduler.scheduled();
        Files.createDirectory(deck.resolve("assets/fotos"));
        saved(events);
        int afterFolder = reloads();
        assertTrue(afterFolder > afterTheme, "a new folder of pictures reloads");
        events = scheduler.scheduled();
        Files.write(deck.resolve("assets/fotos/x.png"), new byte[] {1, 2, 3});
        saved(events);
        assertTrue(reloads() > afterFolder, "a picture in the new folder reloads");
        assertEquals("a", FxRuntime.call(() -> p.currentSlide().id()));
    }

    @Test
    void aBurstOfSavesIsOneReloadAfterTheLastOne() throws Exception {
        Path deck = TestDecks.withSection(dir, SLIDES);
        open(deck);
        for (int i = 0; i < 5; i++) { // saves 150 ms apart: each restarts the quiet period
            reloader.reloadSoon();
            scheduler.advance(Duration.ofMillis(150));
        }
        FxRuntime.call(() -> null);
        assertEquals(0, reloads(), "still saving: nothing reloaded");
        scheduler.advance(DeckReloader.DEBOUNCE.minusMillis(150));
        FxRuntime.call(() -> null);
        assertEquals(1, reloads(), "editors write in bursts: one reload after the burst");
        scheduler.advance(Duration.ofSeconds(10));
        FxRuntime.call(() -> null);
        assertEquals(1, reloads());
    }

    @Test
    void scratchFilesAndFilesOutsideTheDeckReloadNothing() throws Exception {
        Path deck = TestDecks.withSection(dir, SLIDES);
        open(deck);
        Files.writeString(deck.resolve("slides/.s1.yaml.swp"), "vim");
        Files.writeString(deck.resolve("slides/s1.yaml~"), "backup");
        Files.writeString(deck.resolve("README.md"), "not part of the deck");
        Files.writeString(deck.resolve("slides/s1.yaml"), SLIDES + "# guardado\n");
        // one folder's events arrive in order: the scratch files' came before the section's and scheduled nothing
        saved(0);
        assertEquals(1, reloads(), "one reload, for the section");
        assertFalse(reloader.matters(deck.resolve("README.md").toAbsolutePath().normalize()));
    }

    @Test
    void aDeckInsideAnArchiveIsNotWatched() throws Exception {
        Path zip = dir.resolve("deck.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path inside = fs.getPath("/deck");
            Files.createDirectories(inside.resolve("slides"));
            Files.writeString(inside.resolve("slides/deck.yaml"), TestDecks.deckYaml(1));
            Files.writeString(inside.resolve("slides/s1.yaml"), SLIDES);
            OpenedDeck opened = OpenedDeck.open(inside, WidgetViews.of(estrado.app.Main.widgetRegistry()));
            Presentation p = new Presentation(opened.context().orElseThrow());
            reloader = new DeckReloader(inside, opened.root(), WidgetViews.of(estrado.app.Main.widgetRegistry()), p);
            assertFalse(reloader.start(), "the bundled deck lives in the jar: nothing to watch");
        }
    }

    @Test
    void onlyDeckFilesMatter() throws IOException {
        Path deck = TestDecks.withSection(dir, SLIDES);
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        Presentation p = new Presentation(opened.context().orElseThrow());
        DeckReloader r = new DeckReloader(deck, opened.root(), WidgetViews.of(estrado.app.Main.widgetRegistry()), p);
        Path root = opened.root();
        assertTrue(r.matters(root.resolve("slides/s1.yaml")));
        assertTrue(r.matters(root.resolve("assets/GenIA/lora.png")));
        assertTrue(r.matters(root.resolve("bib/referencias.bib")));
        assertFalse(r.matters(root.resolve("slides/.s1.yaml.swp")));
        assertFalse(r.matters(root.resolve("slides/4913")));
        assertFalse(r.matters(root.resolve("notas.txt")));
        r.close();
    }

    /**
     * The critical case: a recursive macro saved during a talk used to hang the reload thread inside
     * JLaTeXMath holding a lock the JavaFX thread needed at its next formula. Now the save is refused where it
     * is written, and the talk keeps drawing frames, moving and drawing formulas until the good save is back.
     */
    @Test
    void aPoisonedFormulaSavedAndRevertedNeverStopsTheTalk() throws Exception {
        String good = SLIDES.replace("    title: Primera\n", "    title: Primera\n    blocks:\n"
                + "      - formula: 'E = mc^2'\n      - 'Con $x^2$ en línea'\n");
        Path deck = TestDecks.withSection(dir, good);
        Presentation p = open(deck);
        SlideContext shown = FxRuntime.call(() -> p.deckProperty().get());
        java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CountDownLatch> fourFrames =
                new java.util.concurrent.atomic.AtomicReference<>(new java.util.concurrent.CountDownLatch(4));
        javafx.animation.AnimationTimer pulse = FxRuntime.call(() -> {
            javafx.animation.AnimationTimer t = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    fourFrames.get().countDown();
                }
            };
            t.start();
            return t;
        });
        try {
            Files.writeString(deck.resolve("slides/s1.yaml"), good.replace("$x^2$", "$\\newcommand{\\x}{\\x}\\x$"));
            saved(0);
            List<estrado.deck.Problem> problems = FxRuntime.call(() -> List.copyOf(reloader.problems()));
            assertEquals(1, problems.size(), problems::toString);
            assertEquals(9, problems.get(0).location().line());
            assertEquals(15, problems.get(0).location().column(), "at \\newcommand, after «- 'Con $»");
            assertTrue(problems.get(0).message().contains("«\\newcommand» no está permitido"), problems.get(0).message());
            assertSame(shown, FxRuntime.call(() -> p.deckProperty().get()), "the last good deck stays");

            fourFrames.set(new java.util.concurrent.CountDownLatch(4));
            assertTrue(fourFrames.get().await(HANG_SECONDS, java.util.concurrent.TimeUnit.SECONDS),
                    "the JavaFX thread keeps drawing frames");
            FxRuntime.call(() -> {
                estrado.render.SlideRenderer r = new estrado.render.SlideRenderer(p.deckProperty().get());
                r.render(p.currentSlide(), 0); // a slide with formulas draws while the poison is on disk
                p.next();
                return null;
            });
            assertEquals("b", FxRuntime.call(() -> p.currentSlide().id()), "keys still move the talk");

            int events = scheduler.scheduled();
            Files.writeString(deck.resolve("slides/s1.yaml"), good.replace("title: Tercera", "title: Tercera otra vez"));
            saved(events);
            assertTrue(FxRuntime.call(() -> reloader.problems().isEmpty() && p.deckProperty().get() != shown));
            assertEquals("Tercera otra vez", FxRuntime.call(() -> p.deckProperty().get().slides().get(2).title()));
            assertEquals("b", FxRuntime.call(() -> p.currentSlide().id()));
        } finally {
            FxRuntime.call(() -> {
                pulse.stop();
                return null;
            });
        }
    }
}
