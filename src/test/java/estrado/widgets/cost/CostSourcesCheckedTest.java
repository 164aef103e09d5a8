package estrado.widgets.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.app.Main;
import estrado.bib.Bibliography;
import estrado.deck.Deck;
import estrado.deck.DeckChecks;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.widgets.WidgetRegistry;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A figure's key that the bibliography lacks is an error of `check`, at the widget, as before the keys were derived. */
class CostSourcesCheckedTest {

    @Test
    void aKeyOnlyAFigureCarriesIsStillRequiredOfTheBibliography() throws Exception {
        // falcon3_blog backs Falcon3's GPU count and the count in its caveat, nothing else in the deck
        Set<String> keys = new HashSet<>(Bibliography.load(Path.of("bib", "referencias_entrenamiento.bib")).keys());
        assertTrue(keys.remove("falcon3_blog"));
        Deck deck = new DeckLoader().load(Path.of("src", "test", "resources", "decks", "widgets")).deck().orElseThrow();
        WidgetRegistry registry = Main.widgetRegistry();
        List<Problem> problems = DeckChecks.check(deck, registry.names(), registry::sources, Optional.of(keys));
        List<String> missing = problems.stream().map(Problem::message).filter(m -> m.contains("falcon3_blog")).toList();
        assertEquals(1, missing.size(), problems.toString());
        assertTrue(missing.get(0).contains("cost-table"), missing.get(0));
        // with the whole bibliography the widget's keys all resolve
        Set<String> all = Bibliography.load(Path.of("bib", "referencias_entrenamiento.bib")).keys();
        assertTrue(DeckChecks.check(deck, registry.names(), registry::sources, Optional.of(all)).stream()
                .noneMatch(p -> p.message().contains("cost-table")));
    }
}
