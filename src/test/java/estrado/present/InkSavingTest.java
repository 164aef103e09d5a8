package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.canvas.SlideViewport;
import estrado.present.ink.Page;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.render.FxRuntime;
import estrado.timing.InkStroke;
import estrado.timing.PaceSettings;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the slide change stays as fast with ink on the slides. The live state is saved at every slide change;
 * with the ink inside it, every change wrote every stroke of the talk again (864 strokes: ~2 MB of JSON per change,
 * a core busy formatting numbers). The ink now has its own file, written when a stroke is finished, undone or wiped,
 * and put back into the run when the live state is read.
 */
class InkSavingTest {
    private static final Instant T0 = Instant.parse("2025-05-06T10:00:00Z");

    @TempDir
    Path stateDir;
    private MutableClock clock;
    private Presentation presentation;
    private TalkSession session;
    private RunLogStore store;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @BeforeEach
    void setUp() throws Exception {
        clock = new MutableClock(T0, ZoneId.of("UTC"));
        presentation = new Presentation(TalkSessionTest.fixture());
        store = new RunLogStore(stateDir);
        session = new TalkSession(presentation, clock, PaceSettings.defaults(), store, false); // saves inline
    }

    /** A pen stroke of {@code points} points across the current page, through the calls the mouse makes. */
    private void stroke(int points, double y) {
        Page page = presentation.inkPage();
        presentation.ink().toggle(InkStroke.Tool.PEN);
        presentation.ink().begin(page, new Point2D(100, y));
        for (int i = 1; i < points; i++) {
            presentation.ink().extend(new Point2D(100 + i * 10, y + 30 * Math.sin(i / 5.0)));
        }
        presentation.ink().end();
        presentation.ink().putDown();
    }

    private String stateText() throws Exception {
        return Files.readString(store.snapshotFile(session.deckId()), StandardCharsets.UTF_8);
    }

    @Test
    void aSlideChangeWritesNoInkAndTheInkIsSavedOncePerStroke() throws Exception {
        session.start();
        for (int i = 0; i < 30; i++) {
            stroke(150, 100 + i * 30);
        }
        assertEquals(30, session.inkWrites(), "one ink write per finished stroke");
        String before = stateText();
        long inkBytes = Files.size(store.liveInkFile(session.deckId()));

        for (int i = 0; i < 200; i++) {
            clock.set(T0.plus(Duration.ofSeconds(10 + i)));
            if (presentation.position().slide() == presentation.slideCount() - 1) {
                presentation.goTo(new Position(0, 0));
            } else {
                presentation.next();
            }
        }

        assertEquals(30, session.inkWrites(), "200 slide changes wrote the ink 0 times");
        String after = stateText();
        assertFalse(after.contains("\"ink\""), "the live state written at a slide change holds no stroke");
        assertFalse(after.equals(before), "the live state was written at the slide changes");
        assertTrue(after.length() < inkBytes, "the live state (" + after.length() + " bytes) is smaller than the ink ("
                + inkBytes + " bytes) it no longer repeats");

        // a crash now: the ink comes back with the live state, in order, at a tenth of a pixel
        PresentationSnapshot saved = store.loadSnapshot(session.deckId()).get().orElseThrow();
        List<InkStroke> drawn = List.copyOf(presentation.ink().strokes());
        assertEquals(drawn.size(), saved.run().ink().size());
        for (int i = 0; i < drawn.size(); i++) {
            assertEquals(drawn.get(i).points().size(), saved.run().ink().get(i).points().size());
            assertEquals(drawn.get(i).points().get(7).y(), saved.run().ink().get(i).points().get(7).y(), 0.051);
        }
    }

    @Test
    void undoAndWipeAreSavedAndFinishingKeepsTheInkInTheRunFile() throws Exception {
        session.start();
        presentation.next();
        stroke(20, 200);
        stroke(20, 400);
        presentation.ink().undo(presentation.inkPage());
        assertEquals(3, session.inkWrites(), "two strokes and an undo");
        assertEquals(1, store.loadSnapshot(session.deckId()).get().orElseThrow().run().ink().size());
        presentation.ink().clear(presentation.inkPage());
        assertEquals(4, session.inkWrites(), "the wipe");
        assertEquals(0, store.loadSnapshot(session.deckId()).get().orElseThrow().run().ink().size());
        presentation.ink().undo(presentation.inkPage()); // puts the wiped stroke back
        assertEquals(1, store.loadSnapshot(session.deckId()).get().orElseThrow().run().ink().size());

        Path run = session.finish().orElseThrow();
        assertFalse(Files.exists(store.snapshotFile(session.deckId())), "the live state is forgotten");
        assertFalse(Files.exists(store.liveInkFile(session.deckId())), "and its ink with it");
        RunLog finished = RunLogStore.loadRun(run).get().orElseThrow();
        assertEquals(1, finished.ink().size(), "the finished run keeps the ink");
    }

    @Test
    void inkDrawnBeforeTheClockIsSavedWhenItStartsAndAResumedRunSavesItsOwn() throws Exception {
        stroke(20, 300); // before the clock: kept on screen, no run to save it with yet
        assertEquals(0, session.inkWrites());
        session.start();
        assertEquals(1, session.inkWrites(), "the clock's start saves the ink the run took");
        PresentationSnapshot saved = store.loadSnapshot(session.deckId()).get().orElseThrow();
        assertEquals(1, saved.run().ink().size());

        // another process resumes the run: its state file and ink file are the same run's
        Presentation again = new Presentation(TalkSessionTest.fixture());
        TalkSession resumed = new TalkSession(again, clock, PaceSettings.defaults(), store, false);
        resumed.resume(saved);
        assertEquals(1, again.ink().strokes().size(), "the ink is back");
        again.ink().toggle(InkStroke.Tool.HIGHLIGHTER);
        again.ink().begin(again.inkPage(), new Point2D(50, 50));
        again.ink().extend(new Point2D(500, 60));
        again.ink().end();
        assertEquals(2, store.loadSnapshot(resumed.deckId()).get().orElseThrow().run().ink().size());
    }

    @Test
    void anInkFileOfAnotherRunIsNotMixedIntoTheLiveState() throws Exception {
        session.start();
        stroke(20, 300);
        String runId = session.run().runId();
        store.saveLiveInk(session.deckId(), "another", List.of(session.run().ink().get(0),
                session.run().ink().get(0)));
        assertEquals(0, store.loadSnapshot(session.deckId()).get().orElseThrow().run().ink().size(),
                "the state of run " + runId + " takes no ink of run 'another'");
    }

    @Test
    void aSlideChangeMakesNoNewLinesAndTheSpareOnesHoldNoPoints() {
        // page A carries 30 strokes, page B 2: the layer keeps 30 lines, reused page after page
        javafx.beans.property.ObjectProperty<Page> shown = new javafx.beans.property.SimpleObjectProperty<>();
        var layer = FxRuntime.call(() -> new estrado.present.ink.InkLayer(presentation.ink(), new SlideViewport(),
                shown));
        Page a = presentation.inkPage();
        for (int i = 0; i < 30; i++) {
            stroke(40, 50 + i * 30);
        }
        presentation.next();
        presentation.next(); // slide a1 at its second step
        Page b = presentation.inkPage();
        stroke(40, 300);
        stroke(40, 600);
        List<javafx.scene.shape.Polyline> first = FxRuntime.call(() -> {
            shown.set(a);
            return layer.lines();
        });
        assertEquals(30, first.size());
        for (int i = 0; i < 200; i++) {
            Page p = i % 2 == 0 ? b : a;
            FxRuntime.call(() -> {
                shown.set(p);
                return null;
            });
        }
        List<javafx.scene.shape.Polyline> onB = FxRuntime.call(() -> {
            shown.set(b);
            return layer.lines();
        });
        assertEquals(2, onB.size(), "page B shows its 2 strokes");
        assertEquals(30, (int) FxRuntime.call(() -> layer.getChildrenUnmodifiable().stream()
                .mapToInt(n -> ((javafx.scene.Group) n).getChildren().size()).sum()), "200 changes made no line");
        assertEquals(2 * 2 * 40, (int) FxRuntime.call(() -> first.stream().mapToInt(l -> l.getPoints().size()).sum()),
                "the 28 spare lines hold no points; the 2 shown hold B's");
        List<javafx.scene.shape.Polyline> again = FxRuntime.call(() -> {
            shown.set(a);
            return layer.lines();
        });
        for (int i = 0; i < 30; i++) {
            assertTrue(again.get(i) == first.get(i), "page A again in the same lines");
        }
    }
}
