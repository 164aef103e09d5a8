package estrado.timing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaceTrackerTest {

    private static final Instant T0 = TalkTimerTest.T0;
    private final Plan plan = SeedPlan.plan();
    private final PaceTracker tracker = new PaceTracker(plan);
    /** First slide of section 6: expected 45 + 4.5 / 2 = 47.25 min = 47:15. */
    private final int six = SeedPlan.firstSlide(5);
    private final Duration expectedAtSix = Duration.ofSeconds(47 * 60 + 15);

    private Pace at(Duration elapsed) {
        return tracker.pace(six, elapsed, Duration.ZERO, null);
    }

    @Test
    void onPlanWithinTheToleranceBand() {
        Pace pace = at(expectedAtSix);
        assertEquals(expectedAtSix, pace.expected());
        assertEquals(Duration.ZERO, pace.delta());
        assertEquals(PaceStatus.ON_PLAN, pace.status());
        // exactly ±60 s is still on plan
        assertEquals(PaceStatus.ON_PLAN, at(expectedAtSix.plusSeconds(60)).status());
        assertEquals(PaceStatus.ON_PLAN, at(expectedAtSix.minusSeconds(60)).status());
    }

    @Test
    void behindAndAheadOutsideTheBand() {
        Pace behind = at(expectedAtSix.plusSeconds(61));
        assertEquals(PaceStatus.BEHIND, behind.status());
        assertEquals(Duration.ofSeconds(61), behind.delta());
        assertEquals("+01:01", behind.formattedDelta());
        Pace ahead = at(expectedAtSix.minusSeconds(90));
        assertEquals(PaceStatus.AHEAD, ahead.status());
        assertEquals("\u221201:30", ahead.formattedDelta());
    }

    @Test
    void theToleranceIsConfigurable() {
        PaceTracker strict = new PaceTracker(plan, Duration.ofSeconds(30), PaceTracker.DEFAULT_LAST_MINUTES,
                PaceTracker.DEFAULT_SECTION_WARNING);
        assertEquals(PaceStatus.BEHIND, strict.pace(six, expectedAtSix.plusSeconds(45), Duration.ZERO, null).status());
        assertEquals(PaceStatus.ON_PLAN, tracker.pace(six, expectedAtSix.plusSeconds(45), Duration.ZERO, null).status());
    }

    @Test
    void lastMinutesAndOvertimeOfTheSlot() {
        int last = plan.slideCount() - 1;
        assertEquals(PaceStatus.LAST_MINUTES, tracker.pace(last, Duration.ofMinutes(86), Duration.ZERO, null).status());
        assertEquals(PaceStatus.LAST_MINUTES, tracker.pace(last, Duration.ofMinutes(85), Duration.ZERO, null).status());
        assertEquals(PaceStatus.OVERTIME, tracker.pace(last, Duration.ofMinutes(90), Duration.ZERO, null).status());
        Pace over = tracker.pace(last, Duration.ofMinutes(92), Duration.ZERO, null);
        assertEquals(Duration.ofMinutes(-2), over.remaining());
        // 84:59 is more than 5 min from the end: an ordinary pace status
        assertFalse(tracker.pace(last, Duration.ofSeconds(84 * 60 + 59), Duration.ZERO, null).status()
                == PaceStatus.LAST_MINUTES);
    }

    @Test
    void preTalkUntilTheTimerStarts() {
        Pace pace = tracker.pace(TalkTimer.notStarted(), T0, 0, null);
        assertEquals(PaceStatus.PRE_TALK, pace.status());
        assertEquals(Duration.ZERO, pace.elapsed());
        assertNull(pace.projectedEnd());
    }

    @Test
    void aPauseForQuestionsDoesNotPutTheLecturerBehind() {
        // 52:15 on the wall clock, 5 of them paused: talk time 47:15, exactly the plan at section 6
        TalkTimer timer = TalkTimer.notStarted().start(T0).pause(T0.plusSeconds(20 * 60)).resume(T0.plusSeconds(25 * 60));
        Instant now = T0.plusSeconds(52 * 60 + 15);
        Instant enteredSix = T0.plusSeconds(50 * 60); // talk time 45:00
        Pace pace = tracker.pace(timer, now, six, enteredSix);
        assertEquals(expectedAtSix, pace.elapsed());
        assertEquals(PaceStatus.ON_PLAN, pace.status());
        assertEquals(Duration.ofSeconds(2 * 60 + 15), pace.sectionElapsed());
    }

    @Test
    void sectionProgressAndTheEndingSoonWarning() {
        // section 6: 30 × 0.9 = 27 min
        Pace early = tracker.pace(six, Duration.ofMinutes(60), Duration.ofMinutes(13) .plusSeconds(30), null);
        assertEquals(Duration.ofMinutes(27), early.sectionBudget());
        assertEquals(0.5, early.sectionFraction(), 1e-9);
        assertFalse(early.sectionEndingSoon());

        Pace soon = tracker.pace(six, Duration.ofMinutes(70), Duration.ofMinutes(26), null);
        assertTrue(soon.sectionEndingSoon());
        assertFalse(soon.sectionOverrun());

        Pace over = tracker.pace(six, Duration.ofMinutes(75), Duration.ofMinutes(28), null);
        assertFalse(over.sectionEndingSoon());
        assertTrue(over.sectionOverrun());
        assertEquals(28.0 / 27.0, over.sectionFraction(), 1e-9);
    }

    @Test
    void projectedEndCarriesTheCurrentDeltaToTheEnd() {
        // 50 min elapsed at section 6's first slide: 2:45 behind; 90 − 47:15 = 42:45 of plan left
        Instant now = T0.plusSeconds(50 * 60);
        Pace pace = tracker.pace(six, Duration.ofMinutes(50), Duration.ZERO, now);
        assertEquals(Duration.ofSeconds(2 * 60 + 45), pace.delta());
        assertEquals(Duration.ofSeconds(92 * 60 + 45), pace.projectedLength());
        assertEquals(now.plusSeconds(42 * 60 + 45), pace.projectedEnd());
    }

    @Test
    void projectedEndIsAnchoredOnNowSoPastPausesAreIn() {
        TalkTimer timer = TalkTimer.notStarted().start(T0).pause(T0.plusSeconds(600)).resume(T0.plusSeconds(900));
        // wall 55:00, paused 5:00: talk 50:00, plan left 42:45 → ends at wall 97:45
        Instant now = T0.plusSeconds(55 * 60);
        Pace pace = tracker.pace(timer, now, six, null);
        assertEquals(T0.plusSeconds(97 * 60 + 45), pace.projectedEnd());
        // no entry instant given: section time counted from the section's planned start (45:00)
        assertEquals(Duration.ofMinutes(5), pace.sectionElapsed());
    }

    @Test
    void signedFormatting() {
        assertEquals("+01:30", TimeFormat.signed(Duration.ofSeconds(90)));
        assertEquals("\u221200:45", TimeFormat.signed(Duration.ofSeconds(-45)));
        assertEquals("+00:00", TimeFormat.signed(Duration.ofMillis(-400)));
        assertEquals("+00:00", TimeFormat.signed(Duration.ZERO));
        assertEquals("+125:00", TimeFormat.signed(Duration.ofMinutes(125)));
        assertEquals("47:15", TimeFormat.minutesSeconds(Duration.ofSeconds(47 * 60 + 15)));
    }
}
