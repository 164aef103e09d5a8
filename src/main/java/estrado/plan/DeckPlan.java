package estrado.plan;

import estrado.deck.Deck;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.timing.Plan;
import estrado.timing.SectionBudget;
import estrado.timing.SlideBudget;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a deck as a time plan. Slides keep their deck order, so a slide's index in {@link Deck#slides()} is its
 * index in the plan; the slot is the deck's {@code duration}.
 */
public final class DeckPlan {

    private DeckPlan() {
    }

    /** The plan of a deck: each section's budget, each slide's duration (if any) and whether it counts. */
    public static Plan of(Deck deck) {
        List<SectionBudget> sections = new ArrayList<>();
        for (Section s : deck.sections()) {
            List<SlideBudget> slides = new ArrayList<>();
            for (Slide slide : s.slides()) {
                Double own = slide.durationMinutes().isPresent() ? slide.durationMinutes().getAsDouble() : null;
                slides.add(new SlideBudget(slide.id(), own, slide.counted()));
            }
            sections.add(new SectionBudget(s.id(), s.title(), s.budgetMinutes(), slides));
        }
        return Plan.of(deck.durationMinutes(), sections);
    }

    /**
     * The id under which a deck's runs and live state are stored: its folder on disk. The bundled deck lives
     * inside the application's jar, whose path changes with every install, so it is named by its title instead.
     */
    public static String deckId(Deck deck) {
        Path root = deck.root();
        if (root.getFileSystem() != FileSystems.getDefault()) {
            return "bundled:" + deck.title();
        }
        return root.toAbsolutePath().normalize().toString();
    }
}
