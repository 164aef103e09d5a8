package estrado.timing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TalkTimerTest {

    static final Instant T0 = Instant.parse("2025-03-12T13:13:00Z");

    static Instant at(long minutes, long seconds) {
        return T0.plusSeconds(minutes * 60 + seconds);
    }

    @Test
    void beforeTheStartNothingHasElapsed() {
        TalkTimer timer = TalkTimer.notStarted();
        assertEquals(TimerState.NOT_STARTED, timer.state());
        assertEquals(Duration.ZERO, timer.elapsed(at(5, 0)));
    }

    @Test
    void elapsedIsDerivedFromTheStartInstant() {
        TalkTimer timer = TalkTimer.notStarted().start(T0);
        assertEquals(TimerState.RUNNING, timer.state());
        assertEquals(Duration.ofMinutes(10), timer.elapsed(at(10, 0)));
        assertEquals(Duration.ZERO, timer.elapsed(T0.minusSeconds(30)));
    }

    @Test
    void pausedTimeIsNotCountedAndThePauseIsLogged() {
        TalkTimer timer = TalkTimer.notStarted().start(T0).pause(at(10, 0));
        assertEquals(TimerState.PAUSED, timer.state());
        // the clock stands still during the pause
        assertEquals(Duration.ofMinutes(10), timer.elapsed(at(12, 0)));
        assertEquals(Duration.ofMinutes(2), timer.pausedTime(at(12, 0)));

        timer = timer.resume(at(15, 0));
        assertEquals(TimerState.RUNNING, timer.state());
        assertEquals(List.of(new Pause(at(10, 0), at(15, 0))), timer.pauses());
        assertEquals(Duration.ofMinutes(15), timer.elapsed(at(20, 0)));
        // the past is still answerable: 2 min into the pause, talk time was 10 min
        assertEquals(Duration.ofMinutes(10), timer.elapsed(at(12, 0)));
        assertEquals(Duration.ofMinutes(8), timer.elapsed(at(8, 0)));

        TalkTimer toggled = timer.togglePause(at(30, 0)).togglePause(at(31, 0));
        assertEquals(2, toggled.pauses().size());
        // 40 min minus the pauses 10–15 and 30–31
        assertEquals(Duration.ofMinutes(34), toggled.elapsed(at(40, 0)));
    }

    @Test
    void correctionsAddOrRemoveAMinuteEachAndAreLogged() {
        TalkTimer timer = TalkTimer.notStarted().start(T0)
                .adjust(at(5, 0), TalkTimer.CORRECTION_STEP)
                .adjust(at(6, 0), TalkTimer.CORRECTION_STEP)
                .adjust(at(7, 0), TalkTimer.CORRECTION_STEP.negated());
        assertEquals(3, timer.corrections().size());
        assertEquals(new Correction(at(6, 0), Duration.ofMinutes(1)), timer.corrections().get(1));
        assertEquals(Duration.ofMinutes(1), timer.correctionTotal());
        assertEquals(Duration.ofMinutes(11), timer.elapsed(at(10, 0)));
        // at 5:30 only the first correction had been made
        assertEquals(Duration.ofSeconds(6 * 60 + 30), timer.elapsed(at(5, 30)));
    }

    @Test
    void aCorrectionCannotMakeElapsedNegative() {
        TalkTimer timer = TalkTimer.notStarted().start(T0).adjust(at(0, 20), Duration.ofMinutes(-1));
        assertEquals(Duration.ZERO, timer.elapsed(at(0, 30)));
        assertEquals(Duration.ofSeconds(30), timer.elapsed(at(1, 30)));
    }

    @Test
    void correctionsWorkWhilePaused() {
        TalkTimer timer = TalkTimer.notStarted().start(T0).pause(at(10, 0)).adjust(at(11, 0), Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(11), timer.elapsed(at(12, 0)));
    }

    @Test
    void finishingFreezesTheClockAndClosesAnOpenPause() {
        TalkTimer timer = TalkTimer.notStarted().start(T0).pause(at(80, 0)).finish(at(85, 0));
        assertEquals(TimerState.FINISHED, timer.state());
        assertEquals(List.of(new Pause(at(80, 0), at(85, 0))), timer.pauses());
        assertEquals(Duration.ofMinutes(80), timer.elapsed(at(120, 0)));
    }

    @Test
    void impossibleTransitionsAreRefusedAndResetIsExplicit() {
        TalkTimer notStarted = TalkTimer.notStarted();
        assertThrows(IllegalStateException.class, () -> notStarted.pause(T0));
        assertThrows(IllegalStateException.class, () -> notStarted.adjust(T0, Duration.ofMinutes(1)));
        TalkTimer running = notStarted.start(T0);
        assertThrows(IllegalStateException.class, () -> running.start(at(1, 0)));
        assertThrows(IllegalStateException.class, () -> running.resume(at(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> running.pause(T0.minusSeconds(1)));
        assertEquals(TimerState.NOT_STARTED, running.reset().state());
        assertEquals(Duration.ZERO, running.reset().elapsed(at(10, 0)));
    }
}
