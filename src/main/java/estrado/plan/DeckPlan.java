package estrado.plan;

import estrado.deck.Deck;
import estrado.deck.Layout;
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

    /**
     * The plan of a deck: each section's budget, each slide's duration (if any) and whether it counts.
     *
     * <p>A title slide that opens the deck without its own {@code duration} gets none of its section's time: the talk
     * clock starts when the lecturer leaves it (or presses T), so it is on screen before the talk, not in it. With an
     * even share, the pace read "ahead" by that share from the first seconds (seen: −04:09 three seconds in, on a
     * deck made with {@code estrado new}).
     */
    public static Plan of(Deck deck) {
        String openingId = deck.slides().isEmpty() ? null : deck.slides().get(0).id();
        List<SectionBudget> sections = new ArrayList<>();
        for (Section s : deck.sections()) {
            List<SlideBudget> slides = new ArrayList<>();
            for (Slide slide : s.slides()) {
                Double own = null;
                if (slide.durationMinutes().isPresent()) {
                    own = slide.durationMinutes().getAsDouble();
                } else if (slide.id().equals(openingId) && slide.layout() == Layout.TITLE) {
                    own = 0.0;
                }
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
