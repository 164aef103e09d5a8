package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.app.Main;
import estrado.deck.Problem;
import estrado.render.OpenedDeck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** `check` reports bad widget parameters at the file:line:col where the deck wrote them. */
class WidgetParameterCheckTest {

    private final OpenedDeck bad = WidgetFixtures.open(WidgetFixtures.BAD);
    private final Path file = WidgetFixtures.BAD.resolve("slides").resolve("malos.yaml");

    /** Line and column (1-based) of {@code token} on the first line containing {@code lineMarker}. */
    private int[] where(String lineMarker, String token) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains(lineMarker)) {
                int col = l.indexOf(token, l.indexOf(lineMarker));
                return new int[] {i + 1, col + 1};
            }
        }
        throw new AssertionError(lineMarker + " not in " + file);
    }

    private Problem problemAt(int[] at) {
        Optional<Problem> p = bad.problems().stream()
                .filter(x -> x.location().file().endsWith("malos.yaml"))
                .filter(x -> x.location().line() == at[0] && x.location().column() == at[1]).findFirst();
        assertTrue(p.isPresent(), "no problem at " + at[0] + ":" + at[1] + " in " + bad.problems());
        assertTrue(p.get().isError());
        return p.get();
    }

    @Test
    void unknownParameterNameGetsADidYouMean() throws IOException {
        // at the misspelt name, not at its value (a lecturer saw the column of the value)
        Problem p = problemAt(where("modelo:", "modelo"));
        assertTrue(p.message().contains("modelo") && p.message().contains("«model»"), p.message());
    }

    @Test
    void badValuesArePointedAtOneByOne() throws IOException {
        assertTrue(problemAt(where("precision: fp8", "fp8")).message().contains("fp8"));
        assertTrue(problemAt(where("batch: 0", "0")).message().contains("batch"));
        assertTrue(problemAt(where("seq: 2.5", "2.5")).message().contains("seq"));
        assertTrue(problemAt(where("checkpointing:", "\"sí\"")).message().contains("checkpointing"));
        // a bad item of a list is pointed at itself, not at the list
        assertTrue(problemAt(where("lora-targets:", "x]")).message().contains("«x»"));
    }

    @Test
    void combinationsTheCalculatorRefusesAreErrorsToo() throws IOException {
        assertTrue(problemAt(where("mode: full", "int4")).message().contains("qlora"));
        Problem rank = problemAt(where("type: lora-rank", "256"));
        assertTrue(rank.message().contains("256") && rank.message().contains("64"), rank.message());
    }

    @Test
    void unknownTypeIsReportedOnceByTheDeckChecks() throws IOException {
        int[] at = where("vram-calculater", "vram-calculater");
        Problem p = problemAt(at);
        assertTrue(p.message().contains("«vram-calculator»"), p.message());
        long atType = bad.problems().stream().filter(x -> x.location().line() == at[0]).count();
        assertEquals(1, atType, "an unknown type has no parameters to check: " + bad.problems());
    }

    @Test
    void everyProblemOfTheBadFixtureIsExpected() {
        // 5 slides: 1 + 5 + 1 + 1 + 1 problems, nothing else (no spurious reports from defaults)
        assertEquals(9, bad.problems().size(), bad.problems().toString());
        assertTrue(bad.hasErrors());
    }

    @Test
    void theWidgetFixtureIsClean() {
        OpenedDeck good = WidgetFixtures.open(WidgetFixtures.GOOD);
        assertEquals(List.of(), good.problems());
        java.util.Set<String> used = new java.util.HashSet<>();
        good.deck().orElseThrow().slides().forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof estrado.deck.Block.Widget w) {
                used.add(w.type());
            }
        }));
        assertEquals(Main.widgetRegistry().names(), used, "the fixture shows every registered widget");
    }

    @Test
    void registryListsTheSevenWidgetsInOrder() {
        assertEquals(List.of("vram-calculator", "quantization-chart", "lora-rank", "memory-breakdown",
                "batch-scaling", "cost-table", "training-cycle"), List.copyOf(Main.widgetRegistry().names()));
    }
}
