package estrado.deck;

import java.util.List;

/** One part of the lecture with its own time budget, read from one section file. */
public record Section(String id, String title, double budgetMinutes, List<Slide> slides, Location location) {
    public Section {
        slides = List.copyOf(slides);
    }
}
