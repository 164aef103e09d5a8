package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML of code blocks: the listing, its language and the lines it sets apart step by step. */
class CodeBlockLoaderTest {
    @TempDir
    Path dir;

    private DeckLoader.Result load(String slidesYaml) {
        return new DeckLoader().load(TestDecks.withSection(dir, "id: s1\ntitle: Uno\nbudget: 90\nslides:\n" + slidesYaml));
    }

    @Test
    void aListingKeepsItsIndentationAndItsLanguage() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Código
                    blocks:
                      - code:
                          language: py
                          text: |
                            def f(x):
                                return x

                            print(f(2))
                """);
        assertEquals(List.of(), TestDecks.errors(r));
        Block.Code code = (Block.Code) r.deck().orElseThrow().slides().get(0).blocks().get(0);
        assertEquals(CodeLanguage.PYTHON, code.language());
        assertEquals(List.of("def f(x):", "    return x", "", "print(f(2))"), code.lines());
        assertEquals(List.of(), code.highlights());
        assertEquals(Set.of(), code.highlightedAt(5));
    }

    @Test
    void eachHighlightGroupIsOneMoreStepAndLaterBlocksFollowTheLast() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Paso a paso
                    blocks:
                      - Antes
                      - code:
                          language: bash
                          highlight: "1|2-3,5|all"
                          text: "a\\nb\\nc\\nd\\ne"
                      - Después
                """);
        assertEquals(List.of(), TestDecks.errors(r));
        Slide slide = r.deck().orElseThrow().slides().get(0);
        Block.Code code = (Block.Code) slide.blocks().get(1);
        assertEquals(Set.of(1), code.highlightedAt(0));
        assertEquals(Set.of(2, 3, 5), code.highlightedAt(1));
        assertEquals(Set.of(), code.highlightedAt(2), "«all» sets no line apart");
        assertEquals(2, code.lastStep());
        assertEquals(2, slide.blocks().get(2).step(), "the paragraph after the code comes with its last highlight");
        assertEquals(3, slide.steps());
    }

    @Test
    void aShortFormIsPlainTextAndAnIntegerHighlightIsOneLine() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Corto
                    blocks:
                      - code: "ls -la"
                      - code: {language: json, highlight: 2, text: "{\\n  \\"r\\": 16\\n}"}
                """);
        assertEquals(List.of(), TestDecks.errors(r));
        List<Block> blocks = r.deck().orElseThrow().slides().get(0).blocks();
        assertEquals(CodeLanguage.PLAIN, ((Block.Code) blocks.get(0)).language());
        assertEquals(Set.of(2), ((Block.Code) blocks.get(1)).highlightedAt(0));
        assertEquals(1, r.deck().orElseThrow().slides().get(0).steps());
    }

    @Test
    void mistakesAreErrorsAtTheFieldWithTheFix() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Errores
                    blocks:
                      - code: {language: pyhton, text: "x = 1"}
                      - code: {language: yaml, highlight: "1|dos", text: "a: 1"}
                      - code: {language: yaml, highlight: "2-4", text: "a: 1\\nb: 2"}
                      - code: {language: yaml}
                """);
        List<Problem> errors = TestDecks.errors(r);
        assertEquals(4, errors.size(), () -> errors.stream().map(Problem::toString).reduce("", (a, b) -> a + "\n" + b));
        assertEquals(8, errors.get(0).location().line());
        assertTrue(errors.get(0).message().contains("python"), errors.get(0).message());
        assertEquals(9, errors.get(1).location().line());
        assertTrue(errors.get(1).message().contains("«dos»") && errors.get(1).message().contains("2|4-5"),
                errors.get(1).message());
        assertEquals(10, errors.get(2).location().line());
        assertTrue(errors.get(2).message().contains("2-4") && errors.get(2).message().contains("2 líneas"),
                errors.get(2).message());
        assertTrue(errors.get(3).message().contains("text"), errors.get(3).message());
    }
}
