package estrado.timing;

import java.util.Objects;

/**
 * One slide as the plan sees it: its id, an optional own budget and whether it counts towards progress.
 *
 * @param slideId       the slide's id in the deck
 * @param budgetMinutes the slide's own budget in the deck's (unscaled) minutes, or {@code null} to take an
 *                      even share of what its section has left
 * @param counted       {@code false} for backup/appendix slides: no share of the budget, no place in progress
 */
public record SlideBudget(String slideId, Double budgetMinutes, boolean counted) {

    public SlideBudget {
        Objects.requireNonNull(slideId, "slideId");
        if (budgetMinutes != null && (budgetMinutes.isNaN() || budgetMinutes < 0)) {
            throw new IllegalArgumentException("slide " + slideId + ": budget must be >= 0, got " + budgetMinutes);
        }
    }

    /** A counted slide that takes an even share of its section. */
    public static SlideBudget of(String slideId) {
        return new SlideBudget(slideId, null, true);
    }

    /** A counted slide with its own budget. */
    public static SlideBudget of(String slideId, double budgetMinutes) {
        return new SlideBudget(slideId, budgetMinutes, true);
    }

    /** A backup/appendix slide ({@code counted: false}). */
    public static SlideBudget backup(String slideId) {
        return new SlideBudget(slideId, null, false);
    }

    /** Whether this slide has its own budget. */
    public boolean hasOwnBudget() {
        return budgetMinutes != null;
    }
}
