package estrado.deck;

import java.util.List;

/**
 * One part of the lecture with its own time budget, read from one section file. {@code budgetLocation}
 * is where the budget is written, so a warning about it points at that line.
 */
public record Section(String id, String title, double budgetMinutes, List<Slide> slides, Location location,
        Location budgetLocation) {
    public Section {
        slides = List.copyOf(slides);
        budgetLocation = budgetLocation == null ? location : budgetLocation;
    }

    public Section(String id, String title, double budgetMinutes, List<Slide> slides, Location location) {
        this(id, title, budgetMinutes, slides, location, location);
    }

    /** The minutes its counted slides are expected to take: the sum of their {@code duration}s. */
    public double estimatedMinutes() {
        return slides.stream().filter(Slide::counted).mapToDouble(s -> s.durationMinutes().orElse(0)).sum();
    }

    /** How many counted slides give no {@code duration}, so {@link #estimatedMinutes()} leaves them out. */
    public int slidesWithoutDuration() {
        return (int) slides.stream().filter(s -> s.counted() && s.durationMinutes().isEmpty()).count();
    }
}
