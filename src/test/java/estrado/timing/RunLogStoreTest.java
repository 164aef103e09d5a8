package estrado.timing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLogStoreTest {

    @TempDir
    Path dir;

    static final Instant T0 = TalkTimerTest.T0;

    static RunLog run(String runId, String deckId) {
        return RunLog.start(runId, deckId, "Clase 2: Entrenamiento de LLMs", RunLogTest.SECTIONS, T0)
                .enter("a1", "Costos \"reales\"", "a", T0)
                .enter("b1", null, "b", RunLogTest.at(9, 0))
                .withPauses(List.of(new Pause(RunLogTest.at(20, 0), RunLogTest.at(22, 30))))
                .finish(RunLogTest.at(40, 0));
    }

    static PresentationSnapshot snapshot(String slideId, int index) {
        TalkTimer timer = TalkTimer.notStarted().start(T0)
                .pause(RunLogTest.at(10, 0)).resume(RunLogTest.at(12, 0))
                .adjust(RunLogTest.at(13, 0), Duration.ofMinutes(-1))
                .pause(RunLogTest.at(20, 0));
        return new PresentationSnapshot("slides/clase2", slideId, index, 2, timer, RunLogTest.at(21, 0));
    }

    @Test
    void theStateDirectoryFollowsThePlatform() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/xdg/state/estrado"),
                RunLogStore.defaultDirectory(Map.of("XDG_STATE_HOME", "/xdg/state"), "Linux", home));
        assertEquals(Path.of("/home/ana/.local/state/estrado"),
                RunLogStore.defaultDirectory(Map.of(), "Linux", home));
        assertEquals(Path.of("/home/ana/.local/state/estrado"),
                RunLogStore.defaultDirectory(Map.of("XDG_STATE_HOME", "relative/dir"), "Linux", home));
        // macOS: Application Support, whatever XDG variables a shell profile may set
        Path mac = Path.of("/Users/ana");
        assertEquals(Path.of("/Users/ana/Library/Application Support/estrado"),
                RunLogStore.defaultDirectory(Map.of(), "Mac OS X", mac));
        assertEquals(Path.of("/Users/ana/Library/Application Support/estrado"),
                RunLogStore.defaultDirectory(Map.of("XDG_STATE_HOME", "/Users/ana/.state"), "Mac OS X", mac));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("estrado"),
                RunLogStore.defaultDirectory(Map.of("LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local"),
                        "Windows 11", home));
    }

    @Test
    void runsRoundTripAndAreNeverOverwritten() throws IOException {
        RunLogStore store = new RunLogStore(dir.resolve("nested"));
        RunLog run = run("r-1", "slides/clase2");
        Path first = store.saveRun(run);
        byte[] firstBytes = Files.readAllBytes(first);
        Path second = store.saveRun(run);
        assertNotEquals(first, second);
        assertArrayEquals(firstBytes, Files.readAllBytes(first));
        assertTrue(first.getFileName().toString().startsWith("run-slides_clase2-20250312T131300Z-r-1"));

        assertEquals(run, RunLogStore.loadRun(first).get().orElseThrow());
        String json = Files.readString(first, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"runStart\" : \"2025-03-12T13:13:00Z\""), json);

        store.saveRun(run("r-2", "other-deck"));
        RunListing listing = store.listRuns("slides/clase2");
        assertEquals(2, listing.runs().size());
        assertTrue(listing.problems().isEmpty());
        assertEquals(0, store.listRuns("nobody").runs().size());
        try (Stream<Path> files = Files.list(store.directory())) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    @Test
    void anUnreadableRunFileIsReportedAndSkipped() throws IOException {
        RunLogStore store = new RunLogStore(dir);
        store.saveRun(run("r-1", "deck"));
        Files.writeString(dir.resolve("run-deck-broken.json"), "{\"format\": 1, \"runId\": ");
        RunListing listing = store.listRuns("deck");
        assertEquals(1, listing.runs().size());
        assertEquals(1, listing.problems().size());
        assertTrue(listing.problems().get(0).contains("run-deck-broken.json"), listing.problems().get(0));
        assertFalse(RunLogStore.loadRun(dir.resolve("missing.json")).get().isPresent());
    }

    @Test
    void snapshotsRoundTripAndReplaceThePreviousOne() throws IOException {
        RunLogStore store = new RunLogStore(dir);
        assertTrue(store.loadSnapshot("slides/clase2").get().isEmpty());
        assertTrue(store.loadSnapshot("slides/clase2").message().isEmpty());

        store.saveSnapshot(snapshot("s6-1", 27));
        PresentationSnapshot latest = snapshot("s6-2", 28);
        store.saveSnapshot(latest);
        Loaded<PresentationSnapshot> loaded = store.loadSnapshot("slides/clase2");
        assertEquals(latest, loaded.get().orElseThrow());
        assertEquals(TimerState.PAUSED, loaded.value().timer().state());
        // the resumed timer continues where it was: 20 min wall − 2 min paused − 1 min correction
        assertEquals(Duration.ofMinutes(17), loaded.value().timer().elapsed(RunLogTest.at(25, 0)));

        store.deleteSnapshot("slides/clase2");
        assertTrue(store.loadSnapshot("slides/clase2").get().isEmpty());
    }

    @Test
    void aSnapshotCarriesTheOpenRunSoAResumedRunKeepsItsVisits() throws IOException {
        RunLogStore store = new RunLogStore(dir);
        RunLog open = RunLog.start("r-7", "slides/clase2", "Clase 2", RunLogTest.SECTIONS, T0)
                .enter("a1", null, "a", T0).enter("b1", "VRAM", "b", RunLogTest.at(9, 0));
        PresentationSnapshot base = snapshot("b1", 1);
        PresentationSnapshot withRun = new PresentationSnapshot(base.deckId(), base.slideId(), base.slideIndex(),
                base.step(), base.timer(), base.savedAt(), open);
        store.saveSnapshot(withRun);
        PresentationSnapshot loaded = store.loadSnapshot("slides/clase2").get().orElseThrow();
        assertEquals(withRun, loaded);
        assertTrue(loaded.run().visits().get(1).isOpen());
    }

    @Test
    void anInterruptedWriteLeavesThePreviousStateIntact() throws IOException {
        new RunLogStore(dir).saveSnapshot(snapshot("s6-1", 27));
        // the write dies half-way through the temp file (disk full, crash, kill -9 of the writer thread)
        RunLogStore failing = new RunLogStore(dir, (temp, data) -> {
            Files.write(temp, Arrays.copyOf(data, data.length / 2));
            throw new IOException("simulated crash mid-write");
        });
        assertThrows(IOException.class, () -> failing.saveSnapshot(snapshot("s6-2", 28)));
        assertThrows(IOException.class, () -> failing.saveRun(run("r-9", "slides/clase2")));

        RunLogStore store = new RunLogStore(dir);
        assertEquals(snapshot("s6-1", 27), store.loadSnapshot("slides/clase2").get().orElseThrow());
        assertTrue(store.listRuns("slides/clase2").runs().isEmpty());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    @Test
    void aTempFileLeftBehindByACrashIsIgnored() throws IOException {
        RunLogStore store = new RunLogStore(dir);
        store.saveSnapshot(snapshot("s6-1", 27));
        store.saveRun(run("r-1", "slides/clase2"));
        byte[] partial = Arrays.copyOf(Files.readAllBytes(store.snapshotFile("slides/clase2")), 40);
        Files.write(dir.resolve(".current-123456.tmp"), partial);
        Files.write(dir.resolve(".run-654321.tmp"), partial);

        assertEquals(snapshot("s6-1", 27), store.loadSnapshot("slides/clase2").get().orElseThrow());
        RunListing listing = store.listRuns("slides/clase2");
        assertEquals(1, listing.runs().size());
        assertTrue(listing.problems().isEmpty());
    }

    @Test
    void theNextTalksFirstSaveRemovesTempFilesOldKillsLeftBehind() throws IOException {
        // kill -9 between the write and the rename: the next estrado tidies them, whatever path it started by
        Path old = Files.write(dir.resolve(".current-123456.tmp"), new byte[] {'{'});
        Path fresh = Files.write(dir.resolve(".current-654321.tmp"), new byte[] {'{'}); // another estrado, writing now
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        RunLogStore store = new RunLogStore(dir);
        store.saveSnapshot(snapshot("s6-1", 27));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "younger than ten minutes: it may be in use");
        assertEquals(snapshot("s6-1", 27), store.loadSnapshot("slides/clase2").get().orElseThrow());
    }

    @Test
    void aCorruptOrPartialStateFileGivesNothingAndAMessage() throws IOException {
        RunLogStore store = new RunLogStore(dir);
        store.saveSnapshot(snapshot("s6-1", 27));
        Path file = store.snapshotFile("slides/clase2");
        byte[] good = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(good, good.length / 2));
        Loaded<PresentationSnapshot> partial = store.loadSnapshot("slides/clase2");
        assertTrue(partial.get().isEmpty());
        assertTrue(partial.message().orElseThrow().contains("corrupt or incomplete"), partial.problem());

        Files.writeString(file, "\u0000\u0000garbage");
        assertTrue(store.loadSnapshot("slides/clase2").message().isPresent());

        // well-formed JSON with an impossible instant is corrupt too
        Files.writeString(file, new String(good, StandardCharsets.UTF_8)
                .replace("2025-03-12T13:13:00Z", "yesterday-ish"));
        Loaded<PresentationSnapshot> bad = store.loadSnapshot("slides/clase2");
        assertTrue(bad.get().isEmpty());
        assertTrue(bad.message().isPresent());
    }
}
