package estrado.timing;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One row of the schedule: when a section should start, relative to the talk and, if known, on the wall clock.
 *
 * @param index        0-based position of the section in the plan
 * @param id           the section's id
 * @param title        the section's title
 * @param budget       the budget as written in the deck
 * @param scaledBudget the budget scaled so that all sections fill the slot
 * @param startOffset  talk time at which the section should start (sum of previous scaled budgets)
 * @param startClock   wall-clock start, or {@code null} when the schedule was built without a start time
 */
public record ScheduledSection(int index, String id, String title, Duration budget, Duration scaledBudget,
                               Duration startOffset, LocalTime startClock) {

    /** The start offset in (possibly fractional) minutes, as {@code estrado plan --json} prints it. */
    public double startMinute() {
        return startOffset.toMillis() / 60_000.0;
    }

    /** The scaled budget in (possibly fractional) minutes. */
    public double scaledMinutes() {
        return scaledBudget.toMillis() / 60_000.0;
    }
}
