package estrado.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenRolesTest {
    private final Display laptop = new Display(0, 0, 1366, 768, true);
    private final Display projector = new Display(1366, 0, 1920, 1080, false);
    private final Display small = new Display(-1024, 0, 1024, 768, false);

    @Test
    void twoScreensPutTheAudienceFullScreenOnTheProjector() {
        ScreenRoles r = ScreenRoles.assign(List.of(laptop, projector), false);
        assertSame(laptop, r.presenter());
        assertSame(projector, r.audience());
        assertTrue(r.audienceFullScreen());
        assertTrue(r.canSwap());
    }

    @Test
    void swappedExchangesTheRoles() {
        ScreenRoles r = ScreenRoles.assign(List.of(laptop, projector), true);
        assertSame(projector, r.presenter());
        assertSame(laptop, r.audience());
        assertTrue(r.audienceFullScreen());
    }

    @Test
    void oneScreenIsARehearsalWithAWindowedAudience() {
        ScreenRoles r = ScreenRoles.assign(List.of(laptop), true);
        assertSame(laptop, r.presenter());
        assertSame(laptop, r.audience());
        assertFalse(r.audienceFullScreen());
        assertFalse(r.canSwap());
    }

    @Test
    void noScreenGivesNoRoles() {
        ScreenRoles r = ScreenRoles.assign(List.of(), false);
        assertNull(r.presenter());
        assertFalse(r.canSwap());
    }

    @Test
    void withThreeScreensTheLargestOtherIsTheProjector() {
        ScreenRoles r = ScreenRoles.assign(List.of(small, laptop, projector), false);
        assertSame(laptop, r.presenter());
        assertSame(projector, r.audience());
    }

    @Test
    void theMonitorSetKeyIgnoresOrder() {
        assertEquals(ScreenRoles.monitorSetKey(List.of(laptop, projector)),
                ScreenRoles.monitorSetKey(List.of(projector, laptop)));
        assertFalse(ScreenRoles.monitorSetKey(List.of(laptop)).equals(
                ScreenRoles.monitorSetKey(List.of(laptop, projector))));
    }

    @Test
    void aSwapIsRememberedPerMonitorSet(@TempDir Path dir) {
        String room = ScreenRoles.monitorSetKey(List.of(laptop, projector));
        String other = ScreenRoles.monitorSetKey(List.of(laptop, small));
        ScreenChoices c = ScreenChoices.load(dir);
        assertTrue(c.setSwapped(room, true));
        ScreenChoices again = ScreenChoices.load(dir);
        assertTrue(again.isSwapped(room));
        assertFalse(again.isSwapped(other));
    }

    @Test
    void aCorruptChoicesFileMeansNoChoices(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("screens.json"), "{\"a\": tru");
        ScreenChoices c = ScreenChoices.load(dir);
        assertFalse(c.isSwapped("a"));
        assertTrue(c.setSwapped("a", true));
        assertTrue(ScreenChoices.load(dir).isSwapped("a"));
    }

    @Test
    void anAtomicWriteLeavesNoTempFileAndReplacesTheTarget(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.json");
        StateFiles.writeAtomically(f, "1".getBytes());
        StateFiles.writeAtomically(f, "22".getBytes());
        assertEquals("22", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }
}
