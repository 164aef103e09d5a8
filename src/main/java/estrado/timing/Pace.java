package estrado.timing;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the talk stands against the plan at one moment; everything the pace indicator and the section bar show.
 *
 * @param status            overall status
 * @param slideIndex        the current slide
 * @param elapsed           talk time so far
 * @param expected          talk time the plan expects at this slide
 * @param delta             elapsed − expected: positive means behind, negative ahead
 * @param remaining         slot − elapsed, negative in overtime
 * @param sectionIndex      the current section
 * @param sectionElapsed    talk time spent in the current section so far
 * @param sectionBudget     the current section's scaled budget
 * @param sectionEndingSoon whether the section's budget runs out within the section warning
 * @param projectedLength   the talk length at the current pace (see {@link PaceTracker})
 * @param projectedEnd      wall-clock end at the current pace, or {@code null} if the caller gave no instant
 * @param sectionSkipped    whether the current section lies before where the plan starts ({@link Plan#isSkipped}):
 *                          time there is off the plan, and comes out of the rest of it
 */
public record Pace(PaceStatus status, int slideIndex, Duration elapsed, Duration expected, Duration delta,
                   Duration remaining, int sectionIndex, Duration sectionElapsed, Duration sectionBudget,
                   boolean sectionEndingSoon, Duration projectedLength, Instant projectedEnd, boolean sectionSkipped) {

    /** Section progress: 0 at its start, 1 when its budget is used, above 1 when over. */
    public double sectionFraction() {
        if (sectionBudget.isZero()) {
            return sectionElapsed.isZero() ? 0.0 : 1.0;
        }
        return (double) sectionElapsed.toMillis() / sectionBudget.toMillis();
    }

    /** Whether the current section has used more than its budget. */
    public boolean sectionOverrun() {
        return !sectionSkipped && sectionElapsed.compareTo(sectionBudget) > 0;
    }

    /** The delta formatted as ±mm:ss ("+01:30" = 1 min 30 s behind). */
    public String formattedDelta() {
        return TimeFormat.signed(delta);
    }
}
