package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unknown citation keys are reported at the key itself, derived here from the fixture's own lines. */
class CitationLocationTest {
    private static final Path DECK = Path.of("src/test/resources/decks/cites");

    private static Location where(String message) {
        Deck deck = new DeckLoader().load(DECK).deck().orElseThrow();
        List<Problem> problems = DeckChecks.check(deck, Set.of(), Optional.of(Set.of("lambda", "sinenlace")));
        return problems.stream().filter(p -> p.message().contains("«" + message + "»")).findFirst()
                .orElseThrow(() -> new AssertionError(message + " not reported: " + problems)).location();
    }

    /** 1-based line and column of {@code needle} in the fixture's section file. */
    private static int[] inSource(String needle) throws IOException {
        List<String> lines = Files.readAllLines(DECK.resolve("slides/s1.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            int col = lines.get(i).indexOf(needle);
            if (col >= 0) {
                return new int[] {i + 1, col + 1};
            }
        }
        throw new AssertionError(needle);
    }

    private static void assertAt(String key, String needle, int offset) throws IOException {
        Location at = where(key);
        int[] expected = inSource(needle);
        assertEquals(expected[0], at.line(), key + " line");
        assertEquals(expected[1] + offset, at.column(), key + " column");
    }

    @Test
    void singleQuotedLineIsExact() throws IOException {
        assertAt("nokey", "nokey}", 0);
    }

    @Test
    void foldedBlockScalarOnItsSecondLineIsExact() throws IOException {
        assertAt("otra_mala", "otra_mala", 0);
    }

    @Test
    void escapedQuoteBeforeTheKeyDoesNotShiftIt() throws IOException {
        assertAt("mala3", "mala3", 0);
    }

    @Test
    void tableCellIsFoundFromTheTableKey() throws IOException {
        assertAt("mala4", "mala4", 0);
    }

    @Test
    void keyOnTheContinuationLineOfAPlainMarkerIsStillFound() throws IOException {
        assertAt("partida", "partida}", 0);
    }

    @Test
    void knownKeysAndEscapedMarkersAreNotReported() {
        Deck deck = new DeckLoader().load(DECK).deck().orElseThrow();
        List<Problem> problems = DeckChecks.check(deck, Set.of(), Optional.of(Set.of("lambda", "sinenlace")));
        assertEquals(5, problems.size(), problems::toString);
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("«lambda»")));
    }

    @Test
    void locatorFallsBackToTheScalarWhenThePieceIsNotWrittenLiterally() throws IOException {
        Path dir = Files.createTempDirectory("estrado-locator");
        Path file = dir.resolve("x.yaml");
        Files.writeString(file, "a: \"tab\\there \\u0041\"\n");
        SlideText text = new SlideText("tab\there A", new Location(file, 1, 1));
        Location at = new TextLocator().locate(text, 9, 10);
        assertEquals(1, at.line());
        assertEquals(4, at.column(), "the escaped \\u0041 is not literal: point at the scalar");
    }
}
