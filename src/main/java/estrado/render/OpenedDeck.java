package estrado.render;

import estrado.deck.Deck;
import estrado.deck.DeckChecks;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deck folder read and cross-checked: the deck (when usable), every problem found, and what
 * the renderer needs. Both `check` and the windows open decks through here.
 */
public record OpenedDeck(Path root, Optional<Deck> deck, List<Problem> problems, Optional<SlideContext> context) {

    public static OpenedDeck open(Path folder, WidgetViews widgets) {
        DeckLoader.Result r = new DeckLoader().load(folder);
        List<Problem> problems = new ArrayList<>(r.problems());
        Optional<SlideContext> ctx = Optional.empty();
        if (r.deck().isPresent()) {
            Deck deck = r.deck().get();
            problems.addAll(DeckChecks.check(deck, widgets.names(), Optional.empty()));
            ctx = Optional.of(new SlideContext(deck, References.keysOnly(), new ImageCache(), widgets));
        }
        problems.sort(Comparator.comparing((Problem p) -> String.valueOf(p.location().file()))
                .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new OpenedDeck(r.root(), errors ? Optional.empty() : r.deck(), List.copyOf(problems),
                errors ? Optional.empty() : ctx);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
