package estrado.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: the ink travels with the run, in a backward-compatible addition to the run file. */
class RunLogInkTest {
    @TempDir
    Path dir;

    static final InkStroke PEN = new InkStroke("b1", 0, InkStroke.Tool.PEN, "#d62828", 6,
            List.of(new InkStroke.Point(100.04, 200), new InkStroke.Point(350.5, 260.25)));
    static final InkStroke MARKER = new InkStroke("b1", 2, InkStroke.Tool.HIGHLIGHTER, "#ffd60a", 30,
            List.of(new InkStroke.Point(1900, 1000)));

    @Test
    void inkRoundTripsThroughTheRunFileAndTheLiveState() throws IOException {
        RunLogStore store = new RunLogStore(dir);
        RunLog run = RunLogStoreTest.run("r-ink", "slides/clase2").withInk(List.of(PEN, MARKER));
        assertEquals(List.of(PEN, MARKER), run.withPauses(List.of()).finish(RunLogTest.at(50, 0)).ink(),
                "the run's other changes keep the ink");
        RunLog back = RunLogStore.loadRun(store.saveRun(run)).get().orElseThrow();
        assertEquals(2, back.ink().size());
        assertEquals(MARKER, back.ink().get(1));
        // a tenth of a canvas pixel is kept: enough for a line, and a short file
        assertEquals(new InkStroke.Point(100.0, 200), back.ink().get(0).points().get(0));
        assertEquals(new InkStroke.Point(350.5, 260.3), back.ink().get(0).points().get(1));

        PresentationSnapshot live = new PresentationSnapshot("slides/clase2", "b1", 1, 0,
                TalkTimer.notStarted().start(RunLogStoreTest.T0), RunLogTest.at(5, 0), run);
        store.saveSnapshot(live);
        assertEquals(MARKER, store.loadSnapshot("slides/clase2").get().orElseThrow().run().ink().get(1));
    }

    @Test
    void runsWithoutInkWriteTheOldFileAndOldFilesReadWithoutInk() throws IOException {
        RunLog plain = RunLogStoreTest.run("r-old", "slides/clase2");
        Path file = new RunLogStore(dir).saveRun(plain);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(json.contains("\"ink\""), "no ink, no new field: older estrado reads the file as before");
        assertTrue(json.contains("\"format\" : 1"), json);
        // a file written before ink existed (no "ink" at all) reads with none
        assertEquals(List.of(), RunLogStore.loadRun(file).get().orElseThrow().ink());

        String withInk = new String(TimingJson.write(plain.withInk(List.of(PEN))), StandardCharsets.UTF_8);
        assertTrue(withInk.contains("\"points\" : [ 100.0, 200.0, 350.5, 260.3 ]"), withInk);
    }

    @Test
    void aBrokenStrokeMakesTheFileUnreadableNotTheApp() throws IOException {
        String json = new String(TimingJson.write(RunLogStoreTest.run("r-bad", "d").withInk(List.of(PEN))),
                StandardCharsets.UTF_8).replace("350.5, 260.3", "350.5");
        Path file = dir.resolve("run-d-bad.json");
        Files.writeString(file, json);
        var loaded = RunLogStore.loadRun(file);
        assertTrue(loaded.get().isEmpty());
        assertTrue(loaded.message().orElseThrow().contains("run-d-bad.json"), loaded.message().orElseThrow());
    }

    @Test
    void aStrokeShowsFromItsStepOnAndChecksItsData() {
        assertTrue(MARKER.showsOn("b1", 2));
        assertTrue(MARKER.showsOn("b1", 5));
        assertFalse(MARKER.showsOn("b1", 1), "not before the step it was drawn at");
        assertFalse(MARKER.showsOn("a1", 2));
        assertEquals(0.4, InkStroke.Tool.HIGHLIGHTER.opacity());
        assertThrows(IllegalArgumentException.class,
                () -> new InkStroke("x", 0, InkStroke.Tool.PEN, "red", 6, PEN.points()));
        assertThrows(IllegalArgumentException.class,
                () -> new InkStroke("x", 0, InkStroke.Tool.PEN, "#ff0000", 6, List.of()));
    }
}
