package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckLoaderTest {
    @TempDir
    Path dir;

    private final DeckLoader loader = new DeckLoader();

    /** The single problem of a broken deck, checked for file name, line, column and message. */
    private Problem onlyError(DeckLoader.Result r) {
        List<Problem> errors = TestDecks.errors(r);
        assertEquals(1, errors.size(), () -> "expected one error, got " + r.problems());
        assertTrue(r.deck().isEmpty(), "a deck with errors must not be offered for display");
        return errors.get(0);
    }

    private static void assertAt(Problem p, String file, int line, int col, String messagePart) {
        assertEquals(file, p.location().file().getFileName().toString(), p::toString);
        assertEquals(line, p.location().line(), p::toString);
        assertEquals(col, p.location().column(), p::toString);
        assertTrue(p.message().contains(messagePart), () -> "message was: " + p.message());
    }

    @Test
    void bundledDeckLoadsWithNineSectionsAndNoErrors() {
        DeckLoader.Result r = loader.load(TestDecks.bundled());
        assertEquals(List.of(), TestDecks.errors(r));
        Deck deck = r.deck().orElseThrow();
        assertEquals(9, deck.sections().size());
        assertEquals(90, deck.durationMinutes());
        // the seed's plan (10, 5, 20, 5, 10, 30, 5, 10, 5: 100 min) scaled to the 90-minute class, in order
        assertEquals(List.of(9.0, 4.5, 18.0, 4.5, 9.0, 27.0, 4.5, 9.0, 4.5),
                deck.sections().stream().map(Section::budgetMinutes).toList());
        assertEquals(List.of(), r.problems().stream().filter(p -> p.location().file().endsWith("deck.yaml")).toList(),
                "the budgets add up to the slot: nothing to warn about at deck.yaml");
        assertEquals("portada", deck.slides().get(0).id());
    }

    @Test
    void budgetsAddingTo100ForA90MinuteSlotAreAWarningAtDuration() {
        // the seed's plan as it is written: its sections add up to 100 minutes for a 90-minute class
        DeckLoader.Result r = loader.load(TestDecks.withSection(dir, TestDecks.SECTION_OK.replace("budget: 90", "budget: 100")));
        Problem w = r.problems().stream().filter(p -> !p.isError())
                .filter(p -> p.message().contains("100")).findFirst().orElseThrow();
        assertEquals("deck.yaml", w.location().file().getFileName().toString());
        assertTrue(w.message().contains("90"), w::message);
    }

    @Test
    void badYamlPointsAtTheBrokenSpot() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: [sin cerrar
                """);
        Problem p = onlyError(loader.load(d));
        assertEquals("s1.yaml", p.location().file().getFileName().toString());
        assertTrue(p.location().line() >= 6, p::toString);
        // the cause and the fix, where the bracket opens
        assertEquals(6, p.location().line(), p::toString);
        assertTrue(p.message().startsWith("el «[» que abre aquí no se cierra"), p::message);
    }

    @Test
    void citeInsideDoubleQuotesExplainsTheYamlEscapeTrap() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Hola
                    blocks:
                      - "Costo \\cite{x}"
                """);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 8, 17, "comillas simples");
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    titel: Hola
                    title: Hola
                """);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 6, 5, "«titel»");
        assertTrue(p.message().contains("¿quisiste decir «title»?"), p::message);
    }

    @Test
    void wrongTypeNamesExpectedAndFound() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: [10]
                slides: []
                """);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 3, 9, "«budget» debe ser número, pero es una lista");
    }

    @Test
    void missingRequiredFieldIsReportedAtItsMapping() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                slides: []
                """);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 1, 1, "«budget»");
    }

    @Test
    void missingSectionFileIsAnErrorAtItsLineInDeckYaml() {
        Path d = TestDecks.write(dir, "title: T\nduration: 90\nsections:\n  - s1.yaml\n  - falta.yaml\n",
                TestDecks.SECTION_OK);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "deck.yaml", 5, 5, "«falta.yaml»");
    }

    @Test
    void duplicateSlideIdNamesTheFirstUse() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                  - id: a
                    title: Dos
                """);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 7, 5, "«a» repetido");
        assertTrue(p.message().contains("s1.yaml:5:5"), p::message);
    }

    @Test
    void unknownLayoutAndBlockSuggestKnownOnes() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    layout: two-column
                    blocks:
                      - bulets: [x]
                """);
        List<Problem> errors = TestDecks.errors(loader.load(d));
        assertEquals(2, errors.size(), errors::toString);
        assertAt(errors.get(0), "s1.yaml", 7, 13, "¿quisiste decir «two-columns»?");
        assertAt(errors.get(1), "s1.yaml", 9, 9, "¿quisiste decir «bullets»?");
    }

    @Test
    void unknownWidgetIsAnErrorWhileTheRegistryIsEmpty() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - widget: {type: vram-calc}
                """);
        Deck deck = loader.load(d).deck().orElseThrow();
        List<Problem> problems = DeckChecks.check(deck, Set.of(), Optional.empty());
        assertEquals(1, problems.size());
        assertAt(problems.get(0), "s1.yaml", 8, 24, "«vram-calc»");
        List<Problem> withRegistry = DeckChecks.check(deck, Set.of("vram-calculator"), Optional.empty());
        assertTrue(withRegistry.get(0).message().contains("¿quisiste decir «vram-calculator»?"));
    }

    @Test
    void missingImageIsOnlyAWarningAndTheDeckStillLoads() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - image: {src: assets/no-esta.png, describe: un gráfico}
                """);
        DeckLoader.Result r = loader.load(d);
        assertTrue(r.deck().isPresent());
        Problem w = r.problems().get(0);
        assertFalse(w.isError());
        assertAt(w, "s1.yaml", 8, 9, "assets/no-esta.png");
    }

    /** Seen: {@code assets/GPU.png} written for {@code assets/gpu.png} gave only "no existe la imagen". */
    @Test
    void aPictureWrittenWithOtherCaseGetsTheFileItMeant() throws IOException {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - image: {src: assets/GPU.png, describe: una GPU}
                """);
        Path assets = Files.createDirectories(dir.resolve("assets"));
        Files.write(assets.resolve("gpu.png"), new byte[] {1});
        DeckLoader.Result r = loader.load(d);
        assertTrue(r.deck().isPresent());
        Problem w = r.problems().get(0);
        assertFalse(w.isError());
        assertAt(w, "s1.yaml", 8, 9, "¿quisiste decir «assets/gpu.png»?");
    }

    @Test
    void pathsLeavingTheDeckFolderAreRefused() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - image: ../../etc/passwd
                      - image: /etc/passwd
                """);
        List<Problem> errors = TestDecks.errors(loader.load(d));
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).message().contains("sale de la carpeta"), errors.get(0)::message);
        assertTrue(errors.get(1).message().contains("absoluta"), errors.get(1)::message);
    }

    @Test
    void symbolicLinkOutOfTheDeckIsRefused() throws IOException {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - image: assets/fuera.png
                """);
        Path outside = Files.writeString(Files.createTempFile("fuera", ".png"), "x");
        Files.createDirectories(d.resolve("assets"));
        Files.createSymbolicLink(d.resolve("assets/fuera.png"), outside);
        List<Problem> errors = TestDecks.errors(loader.load(d));
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).message().contains("sale de la carpeta"));
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws IOException {
        Path d = TestDecks.withSection(dir, TestDecks.SECTION_OK);
        Files.writeString(d.resolve("slides/s1.yaml"), "# " + "x".repeat(11 * 1024 * 1024));
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 1, 1, "límite es 10 MB");
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        Path d = TestDecks.withSection(dir, bomb.toString());
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 2, 8, "alias");
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "x: " + "[".repeat(200) + "]".repeat(200) + "\n";
        Path d = TestDecks.withSection(dir, deep);
        List<Problem> errors = TestDecks.errors(loader.load(d));
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).message().contains("anid") || errors.get(0).message().contains("YAML inválido"),
                errors.get(0)::message);
    }

    @Test
    void stepsComeFromPausesAndStepwiseLists() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - 'siempre'
                      - bullets: [uno, dos, tres]
                        steps: true
                      - pause
                      - callout: al final
                """);
        Slide s = loader.load(d).deck().orElseThrow().slides().get(0);
        assertEquals(4, s.steps());
        Block.ListBlock list = (Block.ListBlock) s.blocks().get(1);
        assertEquals(List.of(0, 1, 2), list.items().stream().map(Block.ListItem::step).toList());
        assertEquals(3, s.blocks().get(2).step());
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        Path d = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    blocks:
                      - table:
                          header: [A, B]
                          rows:
                            - [1, 2]
                            - [Qwen, 1,5B]
                """);
        Problem p = onlyError(loader.load(d));
        assertAt(p, "s1.yaml", 12, 15, "3 celdas");
    }
}
