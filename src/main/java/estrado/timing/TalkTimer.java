package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The talk clock, as an immutable value: it stores instants (start, pauses, corrections, end) and derives the
 * elapsed talk time from them, so it survives a crash and a resume exactly, and never drifts like a tick counter.
 *
 * <p>Every operation takes the current instant from the caller (the UI reads its injected {@link java.time.Clock}),
 * and returns a new timer. Operations that make no sense in the current state throw
 * {@link IllegalStateException}; the UI asks {@link #state()} first (or uses {@link #togglePause}).
 *
 * @param startedAt   when the talk started, or {@code null} if it has not
 * @param pauses      closed pauses, in order
 * @param pausedSince start of the open pause, or {@code null} when not paused
 * @param corrections manual corrections, in order
 * @param finishedAt  when the talk ended, or {@code null}
 */
public record TalkTimer(Instant startedAt, List<Pause> pauses, Instant pausedSince, List<Correction> corrections,
                        Instant finishedAt) {

    /** One manual correction step: the lecturer's +1/−1 minute keys. */
    public static final Duration CORRECTION_STEP = Duration.ofMinutes(1);

    public TalkTimer {
        pauses = List.copyOf(pauses);
        corrections = List.copyOf(corrections);
        if (startedAt == null && (!pauses.isEmpty() || pausedSince != null || !corrections.isEmpty()
                || finishedAt != null)) {
            throw new IllegalArgumentException("a timer that never started cannot have pauses, corrections or an end");
        }
        if (pausedSince != null && finishedAt != null) {
            throw new IllegalArgumentException("a finished timer cannot have an open pause");
        }
    }

    /** A timer before the talk. */
    public static TalkTimer notStarted() {
        return new TalkTimer(null, List.of(), null, List.of(), null);
    }

    /** The state, derived from which instants are set. */
    public TimerState state() {
        if (startedAt == null) {
            return TimerState.NOT_STARTED;
        }
        if (finishedAt != null) {
            return TimerState.FINISHED;
        }
        return pausedSince != null ? TimerState.PAUSED : TimerState.RUNNING;
    }

    /** Starts the talk clock. */
    public TalkTimer start(Instant now) {
        require(TimerState.NOT_STARTED, "start");
        return new TalkTimer(Objects.requireNonNull(now), List.of(), null, List.of(), null);
    }

    /** Stops the talk clock, e.g. for questions; the pause is logged when it ends. */
    public TalkTimer pause(Instant now) {
        require(TimerState.RUNNING, "pause");
        notBeforeStart(now);
        return new TalkTimer(startedAt, pauses, now, corrections, null);
    }

    /** Restarts the talk clock after a pause, logging the pause as [pausedSince, now). */
    public TalkTimer resume(Instant now) {
        require(TimerState.PAUSED, "resume");
        List<Pause> log = new ArrayList<>(pauses);
        log.add(new Pause(pausedSince, now));
        return new TalkTimer(startedAt, log, null, corrections, null);
    }

    /** Pauses when running, resumes when paused: what a single pause key does. */
    public TalkTimer togglePause(Instant now) {
        return state() == TimerState.PAUSED ? resume(now) : pause(now);
    }

    /** Adds (or with a negative amount, takes off) talk time; logged as a {@link Correction}. */
    public TalkTimer adjust(Instant now, Duration amount) {
        if (state() != TimerState.RUNNING && state() != TimerState.PAUSED) {
            throw new IllegalStateException("cannot correct a timer that is " + state());
        }
        List<Correction> log = new ArrayList<>(corrections);
        log.add(new Correction(now, amount));
        return new TalkTimer(startedAt, pauses, pausedSince, log, null);
    }

    /** Ends the talk; an open pause is closed at the same instant. */
    public TalkTimer finish(Instant now) {
        if (state() != TimerState.RUNNING && state() != TimerState.PAUSED) {
            throw new IllegalStateException("cannot finish a timer that is " + state());
        }
        TalkTimer closed = state() == TimerState.PAUSED ? resume(now) : this;
        return new TalkTimer(startedAt, closed.pauses, null, corrections, now);
    }

    /**
     * Back to before the talk. Deliberately a separate method with no shortcut in the timer itself: losing the
     * start instant loses the run's pacing, so the UI confirms before calling it.
     */
    public TalkTimer reset() {
        return notStarted();
    }

    /**
     * Talk time at {@code now}: now − start − paused time + corrections, never negative. Works for past instants
     * too (pauses and corrections after {@code now} are left out), which is how the talk time at which a section
     * was entered is found.
     */
    public Duration elapsed(Instant now) {
        if (startedAt == null || !now.isAfter(startedAt)) {
            return Duration.ZERO;
        }
        Instant end = now;
        if (finishedAt != null && finishedAt.isBefore(end)) {
            end = finishedAt;
        }
        Duration total = Duration.between(startedAt, end).minus(pausedTime(end));
        for (Correction c : corrections) {
            if (!c.at().isAfter(now)) {
                total = total.plus(c.amount());
            }
        }
        return total.isNegative() ? Duration.ZERO : total;
    }

    /** Time spent paused between the start and {@code now}, including an open pause. */
    public Duration pausedTime(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (Pause p : pauses) {
            total = total.plus(p.overlap(startedAt, now));
        }
        if (pausedSince != null && now.isAfter(pausedSince)) {
            total = total.plus(Duration.between(pausedSince, now));
        }
        return total;
    }

    /** Sum of all manual corrections. */
    public Duration correctionTotal() {
        return corrections.stream().map(Correction::amount).reduce(Duration.ZERO, Duration::plus);
    }

    private void require(TimerState expected, String operation) {
        if (state() != expected) {
            throw new IllegalStateException("cannot " + operation + " a timer that is " + state());
        }
    }

    private void notBeforeStart(Instant now) {
        if (now.isBefore(startedAt)) {
            throw new IllegalArgumentException(now + " is before the start " + startedAt);
        }
    }
}
