package estrado.present.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlideSearchTest {

    static Deck fixture() throws Exception {
        return new DeckLoader().load(Path.of(SlideSearchTest.class.getResource("/estrado/present/pacing").toURI()))
                .deck().orElseThrow();
    }

    private static List<Integer> indices(List<SlideSearch.Hit> hits) {
        return hits.stream().map(SlideSearch.Hit::index).toList();
    }

    @Test
    void aNumberIsThatSlide() throws Exception {
        SlideSearch s = new SlideSearch(fixture());
        assertEquals(List.of(2), indices(s.find("3")));
        assertEquals(List.of(), indices(s.find("0")));
        assertEquals(List.of(), indices(s.find("8")));
        assertEquals(List.of(), indices(s.find("99999999999999")));
    }

    @Test
    void wordsMatchTitlesWithoutCaseOrAccents() throws Exception {
        SlideSearch s = new SlideSearch(fixture());
        assertEquals(List.of(3), indices(s.find("OPTIMIZACION")));
        assertEquals(List.of(4), indices(s.find("cuantiz")));
        // section titles count too: every slide of "Bloque central"
        assertEquals(List.of(2, 3, 4, 5), indices(s.find("bloque")));
        // all words must appear
        assertEquals(List.of(3), indices(s.find("bloque optim")));
        assertTrue(s.find("nada de esto").isEmpty());
    }

    @Test
    void anEmptyQueryListsEverySlide() throws Exception {
        assertEquals(7, new SlideSearch(fixture()).find("  ").size());
    }
}
