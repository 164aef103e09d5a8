package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Compares the talk clock with the plan and classifies the pace.
 *
 * <p>Status precedence: {@code OVERTIME} (slot used up) over {@code LAST_MINUTES} (within the last-minutes
 * warning of the slot) over {@code BEHIND}/{@code AHEAD} (delta outside the tolerance band) over
 * {@code ON_PLAN}. The delta stays in {@link Pace} in every status, so the UI can still colour it late in the
 * talk. A delta exactly at the tolerance is still on plan.
 *
 * <p>Projected end: the lecturer is assumed to take the planned time for everything not yet covered, so the
 * current delta carries over to the end. Projected length = elapsed + (slot − expected) = slot + delta, and the
 * wall-clock end = now + (slot − expected). It is anchored on {@code now}, not on start + elapsed, so pauses
 * already taken are in it and future pauses are not guessed. A ratio (elapsed / expected) was rejected: it swings
 * wildly in the first minutes, when expected is close to zero.
 *
 * @see Plan#expectedElapsedAt(int)
 */
public final class PaceTracker {

    /** Default tolerance band around the plan: ±60 s. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(60);
    /** Default warning before the end of the slot. */
    public static final Duration DEFAULT_LAST_MINUTES = Duration.ofMinutes(5);
    /** Default warning before the end of a section's budget. */
    public static final Duration DEFAULT_SECTION_WARNING = Duration.ofMinutes(1);

    private final Plan plan;
    private final Duration tolerance;
    private final Duration lastMinutes;
    private final Duration sectionWarning;

    /** A tracker with explicit thresholds (all must be ≥ 0). */
    public PaceTracker(Plan plan, Duration tolerance, Duration lastMinutes, Duration sectionWarning) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.tolerance = nonNegative(tolerance, "tolerance");
        this.lastMinutes = nonNegative(lastMinutes, "lastMinutes");
        this.sectionWarning = nonNegative(sectionWarning, "sectionWarning");
    }

    /** A tracker with the default thresholds. */
    public PaceTracker(Plan plan) {
        this(plan, DEFAULT_TOLERANCE, DEFAULT_LAST_MINUTES, DEFAULT_SECTION_WARNING);
    }

    /** A tracker with the lecturer's thresholds. */
    public PaceTracker(Plan plan, PaceSettings settings) {
        this(plan, settings.tolerance(), settings.lastMinutes(), settings.sectionWarning());
    }

    /** The plan paced against. */
    public Plan plan() {
        return plan;
    }

    /** The tolerance band (each side). */
    public Duration tolerance() {
        return tolerance;
    }

    /**
     * Pace from the timer: {@code PRE_TALK} before it starts; otherwise as {@link #pace(int, Duration, Duration,
     * Instant)} with the timer's elapsed time and the section time since {@code sectionEnteredAt}.
     *
     * @param sectionEnteredAt when the lecturer entered the current section (first slide of it shown), or
     *                         {@code null} if unknown, which counts the section from its planned start
     */
    public Pace pace(TalkTimer timer, Instant now, int slideIndex, Instant sectionEnteredAt) {
        Duration elapsed = timer.elapsed(now);
        Duration sectionElapsed;
        if (sectionEnteredAt != null) {
            sectionElapsed = elapsed.minus(timer.elapsed(sectionEnteredAt));
        } else {
            Duration planned = elapsed.minus(plan.sectionStart(plan.sectionOfSlide(slideIndex)));
            sectionElapsed = planned.isNegative() ? Duration.ZERO : planned;
        }
        Pace pace = pace(slideIndex, elapsed, sectionElapsed, now);
        if (timer.state() == TimerState.NOT_STARTED) {
            return new Pace(PaceStatus.PRE_TALK, pace.slideIndex(), pace.elapsed(), pace.expected(), Duration.ZERO,
                    pace.remaining(), pace.sectionIndex(), Duration.ZERO, pace.sectionBudget(), false,
                    plan.slot(), null, pace.sectionSkipped());
        }
        return pace;
    }

    /**
     * Pace of a running talk.
     *
     * @param slideIndex     the current slide (0-based, whole deck)
     * @param elapsed        talk time so far (pauses out, corrections in)
     * @param sectionElapsed talk time in the current section so far (e.g. from {@link RunLog})
     * @param now            the wall-clock instant, for the projected end; may be {@code null}
     */
    public Pace pace(int slideIndex, Duration elapsed, Duration sectionElapsed, Instant now) {
        Duration slot = plan.slot();
        boolean skipped = plan.isSkipped(slideIndex);
        // in a skipped section the plan waits where the lecturer left it: the time spent there is the delta,
        // and it is taken from the rest of the plan (back on a planned slide, the delta still holds it)
        Duration expected = skipped ? max(Duration.ZERO, elapsed.minus(sectionElapsed))
                : plan.expectedElapsedAt(slideIndex);
        Duration delta = elapsed.minus(expected);
        Duration remaining = slot.minus(elapsed);
        int section = plan.sectionOfSlide(slideIndex);
        Duration sectionBudget = skipped ? Duration.ZERO : plan.scaledBudget(section);
        Duration sectionLeft = sectionBudget.minus(sectionElapsed);
        boolean endingSoon = sectionLeft.compareTo(Duration.ZERO) > 0 && sectionLeft.compareTo(sectionWarning) <= 0;
        Duration plannedRest = slot.minus(expected);
        return new Pace(status(delta, remaining), slideIndex, elapsed, expected, delta, remaining, section,
                sectionElapsed, sectionBudget, endingSoon, elapsed.plus(plannedRest),
                now == null ? null : now.plus(plannedRest), skipped);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private PaceStatus status(Duration delta, Duration remaining) {
        if (remaining.compareTo(Duration.ZERO) <= 0) {
            return PaceStatus.OVERTIME;
        }
        if (remaining.compareTo(lastMinutes) <= 0) {
            return PaceStatus.LAST_MINUTES;
        }
        return band(delta);
    }

    /**
     * Where a delta falls against the tolerance band alone: {@code BEHIND}, {@code AHEAD} or {@code ON_PLAN}. The
     * pace indicator colours the delta with this even in the last minutes, when the status says to wrap up.
     */
    public PaceStatus band(Duration delta) {
        if (delta.compareTo(tolerance) > 0) {
            return PaceStatus.BEHIND;
        }
        if (delta.compareTo(tolerance.negated()) < 0) {
            return PaceStatus.AHEAD;
        }
        return PaceStatus.ON_PLAN;
    }

    private static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + d);
        }
        return d;
    }
}
