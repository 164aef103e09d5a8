package estrado.timing;

import java.util.List;
import java.util.Objects;

/**
 * A section of the talk with its planned minutes and its slides, in deck order.
 *
 * @param id            the section's id in the deck
 * @param title         the section's title, as shown in schedules and chapters
 * @param budgetMinutes the planned minutes as written in the deck (before scaling to the slot)
 * @param slides        the section's slides in order; may be empty
 */
public record SectionBudget(String id, String title, double budgetMinutes, List<SlideBudget> slides) {

    public SectionBudget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (Double.isNaN(budgetMinutes) || budgetMinutes < 0) {
            throw new IllegalArgumentException("section " + id + ": budget must be >= 0, got " + budgetMinutes);
        }
        slides = List.copyOf(slides);
    }
}
