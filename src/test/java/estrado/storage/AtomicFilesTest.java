package estrado.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replaceWritesTheNewBytesAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("sub/prefs.json");
        AtomicFiles.replace(target, "uno".getBytes());
        AtomicFiles.replace(target, "dos".getBytes());
        assertEquals("dos", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of("prefs.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aWriteThatFailsHalfWayKeepsTheOldFileWhole() throws IOException {
        Path target = dir.resolve("current.json");
        AtomicFiles.replace(target, "{\"slide\": 3}".getBytes());
        assertThrows(IOException.class, () -> AtomicFiles.replace(target, "{\"slide\": 4}".getBytes(), (temp, data) -> {
            Files.write(temp, new byte[] {data[0]}); // the disk fills after one byte
            throw new IOException("No space left on device");
        }));
        assertEquals("{\"slide\": 3}", Files.readString(target));
        assertEquals(List.of("current.json"), names(), "the half-written temp file is gone too");
    }

    @Test
    void moveIntoPlaceReplacesTheTarget() throws IOException {
        Path part = Files.writeString(dir.resolve("charla.pdf.part"), "nuevo");
        Path target = Files.writeString(dir.resolve("charla.pdf"), "viejo");
        AtomicFiles.moveIntoPlace(part, target);
        assertEquals("nuevo", Files.readString(target));
        assertFalse(Files.exists(part));
    }

    @Test
    void orphansOlderThanTenMinutesAreRemovedYoungerOnesAndOtherFilesStay() throws IOException {
        Instant now = Instant.parse("2026-12-06T15:00:00Z");
        Path old = Files.writeString(dir.resolve(".current-s1.json-123.tmp"), "{\"sli");
        Path young = Files.writeString(dir.resolve(".run-456.tmp"), "{");
        Path visible = Files.writeString(dir.resolve("notas.tmp"), "del usuario");
        Path run = Files.writeString(dir.resolve("run-a.json"), "{}");
        Files.setLastModifiedTime(old, FileTime.from(now.minus(AtomicFiles.ORPHAN_AGE).minus(Duration.ofSeconds(1))));
        Files.setLastModifiedTime(young, FileTime.from(now.minus(AtomicFiles.ORPHAN_AGE).plus(Duration.ofSeconds(1))));
        for (Path p : List.of(visible, run)) {
            Files.setLastModifiedTime(p, FileTime.from(now.minus(Duration.ofDays(30))));
        }
        assertEquals(1, AtomicFiles.removeOrphans(dir, now));
        assertEquals(List.of(".run-456.tmp", "notas.tmp", "run-a.json"), names());
        assertEquals(0, AtomicFiles.removeOrphans(dir.resolve("no-existe"), now), "a missing folder is nothing to tidy");
        assertTrue(Files.exists(young));
    }
}
