package estrado.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that fell back to software rendering sends the next week's starts on that display straight there. */
class SoftwareRenderingTest {
    private static final long NOW = 1_800_000_000_000L;
    private static final long DAY = 24 * 3_600_000L;

    @TempDir
    Path cache;
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(SoftwareRendering.PRISM_ORDER);
        System.clearProperty(SoftwareRendering.PRISM_ORDER);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(SoftwareRendering.PRISM_ORDER);
        } else {
            System.setProperty(SoftwareRendering.PRISM_ORDER, saved);
        }
    }

    private Path markWrittenDaysAgo(Path mark, int days) throws IOException {
        SoftwareRendering.record(mark, false);
        Files.setLastModifiedTime(mark, FileTime.fromMillis(NOW - days * DAY));
        return mark;
    }

    @Test
    void eachDisplayHasItsOwnMark() {
        Path local = SoftwareRendering.mark(cache, Map.of("DISPLAY", ":0"));
        Path remote = SoftwareRendering.mark(cache, Map.of("DISPLAY", ":84"));
        assertNotEquals(local, remote);
        assertEquals(cache, local.getParent());
        assertEquals(local, SoftwareRendering.mark(cache, Map.of("DISPLAY", ":0")));
    }

    @Test
    void aFirstStartTriesTheHardwareAndItsOutcomeIsRecorded() {
        Path mark = SoftwareRendering.mark(cache, Map.of("DISPLAY", ":0"));
        assertTrue(SoftwareRendering.chooseBeforeStart(mark, NOW));
        assertNull(System.getProperty(SoftwareRendering.PRISM_ORDER));
        SoftwareRendering.record(mark, false);
        assertTrue(Files.exists(mark));
        SoftwareRendering.record(mark, true);
        assertFalse(Files.exists(mark), "the hardware worked: nothing is forced next time");
    }

    @Test
    void withinAWeekTheSoftwarePipelineIsChosenAtOnceAndNothingIsLearnt() throws IOException {
        Path mark = markWrittenDaysAgo(SoftwareRendering.mark(cache, Map.of("DISPLAY", ":0")), 6);
        assertFalse(SoftwareRendering.chooseBeforeStart(mark, NOW));
        assertEquals("sw", System.getProperty(SoftwareRendering.PRISM_ORDER));
        Map<String, String> child = new HashMap<>();
        SoftwareRendering.prepareChild(child, mark, NOW);
        assertEquals("disable", child.get(SoftwareRendering.GDK_GL));
    }

    @Test
    void afterAWeekTheHardwareIsTriedAgain() throws IOException {
        Path mark = markWrittenDaysAgo(SoftwareRendering.mark(cache, Map.of("DISPLAY", ":0")), 8);
        assertTrue(SoftwareRendering.chooseBeforeStart(mark, NOW));
        assertNull(System.getProperty(SoftwareRendering.PRISM_ORDER));
        Map<String, String> child = new HashMap<>();
        SoftwareRendering.prepareChild(child, mark, NOW);
        assertFalse(child.containsKey(SoftwareRendering.GDK_GL));
    }

    @Test
    void theUsersChoicesStand() throws IOException {
        Path mark = markWrittenDaysAgo(SoftwareRendering.mark(cache, Map.of("DISPLAY", ":0")), 1);
        System.setProperty(SoftwareRendering.PRISM_ORDER, "es2");
        assertFalse(SoftwareRendering.chooseBeforeStart(mark, NOW), "a pipeline chosen by hand teaches nothing");
        assertEquals("es2", System.getProperty(SoftwareRendering.PRISM_ORDER));
        Map<String, String> child = new HashMap<>(Map.of(SoftwareRendering.GDK_GL, "always"));
        SoftwareRendering.prepareChild(child, mark, NOW);
        assertEquals("always", child.get(SoftwareRendering.GDK_GL));
    }

    @Test
    void onlyLinuxLearnsWindowsAndMacAlwaysTryTheHardware() {
        assertTrue(SoftwareRendering.learnsOn("Linux"));
        assertFalse(SoftwareRendering.learnsOn("Windows 11"));
        assertFalse(SoftwareRendering.learnsOn("Mac OS X"));
    }
}
