package estrado.timing;

import java.time.Duration;
import java.util.Optional;

/**
 * One section across rehearsals: what was planned, what the runs took, and what the plan could say instead.
 *
 * @param index            0-based section position
 * @param sectionId        the section's id
 * @param title            the section's title
 * @param budget           the budget as written in the deck
 * @param scaledBudget     the budget scaled to the slot (what pacing uses)
 * @param medianActual     median talk time over the runs that had this section, or {@code null} if none did
 * @param runsCounted      how many runs contributed to the median
 * @param suggestedMinutes suggested budget in whole minutes; all suggestions add up to the slot
 */
public record SectionComparison(int index, String sectionId, String title, Duration budget, Duration scaledBudget,
                                Duration medianActual, int runsCounted, int suggestedMinutes) {

    /** The median actual, if any run had the section. */
    public Optional<Duration> median() {
        return Optional.ofNullable(medianActual);
    }

    /** Median − scaled budget (positive: the section runs long), if known. */
    public Optional<Duration> overrun() {
        return median().map(m -> m.minus(scaledBudget));
    }
}
