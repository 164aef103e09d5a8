package estrado.timing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLogTest {

    static final Instant T0 = TalkTimerTest.T0;

    static Instant at(long minutes, long seconds) {
        return TalkTimerTest.at(minutes, seconds);
    }

    static final List<RunSection> SECTIONS = List.of(
            new RunSection("a", "Introducción", 10), new RunSection("b", "Hardware", 20));

    @Test
    void sectionTimeComesFromEnterInstantsWithPausesTakenOut() {
        RunLog run = RunLog.start("r1", "deck", "Clase 2", SECTIONS, T0)
                .enter("a1", "Costos", "a", T0)
                .enter("a2", null, "a", at(4, 0))
                .enter("b1", "VRAM", "b", at(9, 30))
                .withPauses(List.of(new Pause(at(15, 0), at(18, 0))))
                .finish(at(30, 0));
        assertTrue(run.isFinished());
        assertFalse(run.visits().get(2).isOpen());
        Map<String, Duration> actual = run.sectionDurations();
        assertEquals(List.of("a", "b"), List.copyOf(actual.keySet()));
        assertEquals(Duration.ofSeconds(9 * 60 + 30), actual.get("a"));
        // 9:30 → 30:00 is 20:30, of which 3:00 paused
        assertEquals(Duration.ofSeconds(17 * 60 + 30), actual.get("b"));
    }

    @Test
    void goingBackAddsToTheEarlierSectionAndOpenVisitsCountUpToNow() {
        RunLog run = RunLog.start("r1", "deck", "Clase 2", SECTIONS, T0)
                .enter("a1", null, "a", T0)
                .enter("b1", null, "b", at(10, 0))
                .enter("a1", null, "a", at(12, 0))
                .enter("b1", null, "b", at(13, 0));
        assertEquals(Duration.ofMinutes(11), run.sectionElapsed("a", at(20, 0)));
        assertEquals(Duration.ofMinutes(9), run.sectionElapsed("b", at(20, 0)));
        // not finished: the open visit is left out of the final figures
        assertEquals(Duration.ofMinutes(2), run.sectionDurations().get("b"));
        assertEquals("Hardware", run.sectionTitle("b"));
        assertEquals("zz", run.sectionTitle("zz"));
    }

    @Test
    void plannedSectionsThatWereNeverShownCountAsZero() {
        RunLog run = RunLog.start("r1", "deck", "", SECTIONS, T0).enter("a1", null, "a", T0).finish(at(5, 0));
        assertEquals(Duration.ZERO, run.sectionDurations().get("b"));
    }
}
