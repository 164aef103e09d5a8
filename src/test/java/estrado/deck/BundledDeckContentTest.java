package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the lecture plan asks of the bundled deck's text, checked on the files themselves. */
class BundledDeckContentTest {
    private final Deck deck = new DeckLoader().load(TestDecks.bundled()).deck().orElseThrow();

    @Test
    void everySlideHasSpeakerNotes() {
        List<String> without = deck.slides().stream().filter(s -> s.notes().isBlank()).map(Slide::id).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void theSeedsSectionsAreAllThereInOrder() {
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09"), deck.sections().stream()
                .map(s -> deck.root().relativize(s.location().file()).getFileName().toString().substring(0, 2))
                .toList());
    }

    @Test
    void noSeedFigureThatFactsMdCorrectsAppearsOnASlide() {
        // facts.md's first table: figures of the old plan that are wrong or misattributed
        List<String> wrong = List.of("1,1 M", "1.1M", "$1.1", "11× más eficiente", "39,3 M", "39.3M", "11.390",
                "3-4×", "3–4×", "ksenia");
        StringBuilder onSlides = new StringBuilder();
        for (Slide s : deck.slides()) {
            onSlides.append(s.title()).append('\n');
            for (Block b : DeckLoader.allBlocks(s.blocks(), s.right())) {
                DeckChecks.texts(b).forEach(t -> onSlides.append(t).append('\n'));
            }
        }
        String text = onSlides.toString().toLowerCase(Locale.ROOT);
        for (String w : wrong) {
            assertTrue(!text.contains(w.toLowerCase(Locale.ROOT)), "wrong seed figure on a slide: " + w);
        }
    }
}
