package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML of diagrams, reference slides and the uncited marker. */
class CiteBlocksLoaderTest {
    @TempDir
    Path dir;

    private DeckLoader.Result load(String slidesYaml) {
        return new DeckLoader().load(TestDecks.withSection(dir, "id: s1\ntitle: Uno\nbudget: 90\nslides:\n" + slidesYaml));
    }

    @Test
    void diagramShortAndFullForms() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Diagramas
                    blocks:
                      - diagram: lora
                      - diagram: {name: bit-layouts, caption: 'Bits', height: 400}
                """);
        assertEquals(List.of(), TestDecks.errors(r));
        List<Block> blocks = r.deck().orElseThrow().slides().get(0).blocks();
        assertEquals(new Block.Diagram(DiagramKind.LORA, "", 0, 0, blocks.get(0).location()), blocks.get(0));
        Block.Diagram full = (Block.Diagram) blocks.get(1);
        assertEquals(DiagramKind.BIT_LAYOUTS, full.kind());
        assertEquals("Bits", full.caption());
        assertEquals(400, full.height());
    }

    @Test
    void trainingMemoryTakesAModelPresetAndDefaultsToLlama3EightB() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Memoria
                    blocks:
                      - diagram: {name: training-memory, model: Qwen2.5-1.5B}
                      - diagram: training-memory
                """);
        assertEquals(List.of(), TestDecks.errors(r));
        List<Block> blocks = r.deck().orElseThrow().slides().get(0).blocks();
        Block.Diagram asked = (Block.Diagram) blocks.get(0);
        assertEquals(DiagramKind.TRAINING_MEMORY, asked.kind());
        assertEquals("Qwen2.5-1.5B", asked.model().orElseThrow().text());
        assertEquals("qwen2.5-1.5b", asked.modelOrDefault());
        Block.Diagram plain = (Block.Diagram) blocks.get(1);
        assertTrue(plain.model().isEmpty());
        assertEquals("llama3-8b", plain.modelOrDefault());
    }

    @Test
    void aModelOnADiagramNotComputedPerModelIsAnErrorAtTheModel() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Memoria
                    blocks:
                      - diagram: {name: lora, model: llama3-8b}
                      - diagram: {name: training-memory, model: [llama3-8b]}
                """);
        List<Problem> errors = TestDecks.errors(r);
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(8, errors.get(0).location().line());
        assertEquals(38, errors.get(0).location().column());
        assertTrue(errors.get(0).message().contains("«lora»") && errors.get(0).message().contains("model"),
                errors.get(0).message());
        assertEquals(9, errors.get(1).location().line());
        assertEquals(49, errors.get(1).location().column());
    }

    @Test
    void unknownDiagramIsAnErrorAtItsNameWithADidYouMean() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Diagramas
                    blocks:
                      - diagram: lorra
                      - diagram: {name: trainig-steps}
                """);
        List<Problem> errors = TestDecks.errors(r);
        assertEquals(2, errors.size(), errors::toString);
        assertEquals(8, errors.get(0).location().line());
        assertEquals(18, errors.get(0).location().column());
        assertTrue(errors.get(0).message().contains("«lorra»") && errors.get(0).message().contains("«lora»"),
                errors.get(0).message());
        assertEquals(9, errors.get(1).location().line());
        assertEquals(25, errors.get(1).location().column());
        assertTrue(errors.get(1).message().contains("«training-steps»"), errors.get(1).message());
    }

    @Test
    void uncitedTakesAReasonOrTrue() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Con motivo
                    uncited: 'cálculo propio'
                  - id: b
                    title: Con true
                    uncited: true
                  - id: c
                    title: Sin marca
                """);
        List<Slide> slides = r.deck().orElseThrow().slides();
        assertEquals("cálculo propio", slides.get(0).uncited());
        assertTrue(slides.get(1).allowsUncitedFigures());
        assertFalse(slides.get(2).allowsUncitedFigures());
        assertTrue(TestDecks.errors(load("""
                  - id: a
                    title: Vacío
                    uncited: ''
                """)).get(0).message().contains("uncited"));
    }

    @Test
    void referencesLayoutNeedsNoTitleAndIsNotCounted() {
        DeckLoader.Result r = load("""
                  - id: refs
                    layout: references
                  - id: todas
                    layout: references
                    references: all
                """);
        assertEquals(List.of(), TestDecks.errors(r));
        List<Slide> slides = r.deck().orElseThrow().slides();
        assertFalse(slides.get(0).counted());
        assertEquals(List.of(new Block.ReferenceList(false, List.of(), 0, slides.get(0).location())), slides.get(0).blocks());
        assertTrue(((Block.ReferenceList) slides.get(1).blocks().get(0)).all());
    }

    @Test
    void referencesScopeAndBlocksAreChecked() {
        List<Problem> errors = TestDecks.errors(load("""
                  - id: refs
                    layout: references
                    references: algunas
                    blocks: ['x']
                  - id: otra
                    title: Otra
                    references: all
                """));
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.stream().anyMatch(p -> p.message().contains("«algunas»") && p.message().contains("cited, all")));
    }
}
