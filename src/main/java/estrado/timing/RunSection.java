package estrado.timing;

import java.util.Objects;

/**
 * A section as it was planned when a run happened: enough to title chapters and reports without the deck.
 *
 * @param id            the section's id
 * @param title         the section's title
 * @param budgetMinutes the section's budget as written in the deck at the time
 */
public record RunSection(String id, String title, double budgetMinutes) {

    public RunSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
