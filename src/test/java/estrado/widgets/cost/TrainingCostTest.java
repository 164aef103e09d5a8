package estrado.widgets.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cost-table data against facts.md's corrected figures. */
class TrainingCostTest {

    private static TrainingCost.Row row(String model) {
        return TrainingCost.rows().stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void gpt3RangeIsTheCorrectedOneNotTheSeeds() {
        TrainingCost.Row gpt3 = row("GPT-3 175B");
        assertEquals(2.2e6, gpt3.costUsdLow(), 0.05e6);   // Epoch, amortized hardware + energy
        assertEquals(4.6e6, gpt3.costUsdHigh(), 0);       // Lambda
        assertTrue(gpt3.sourceKeys().containsAll(Set.of("gpt3_cost_epoch", "gpt3_cost_lambda")));
        assertTrue(TrainingCost.rows().stream().noneMatch(r -> r.costUsdLow() != null && r.costUsdLow() < 2e6
                && r.model().startsWith("GPT-3")), "the seed's unsourced $1.1M must not appear");
    }

    @Test
    void publishedComputeFigures() {
        assertEquals(7.0e6, row("Llama 3.3 70B").gpuHours(), 0);
        assertEquals(1.05e6, row("OLMo 3 32B").gpuHours(), 0);
        assertEquals(2.75e6, row("OLMo 3 32B").costUsdLow(), 0);
        // two scopes (facts.md §3): the 1,05 M GPU-hours are pre-training only, said with the figure
        Figure olmoCompute = (Figure) row("OLMo 3 32B").compute();
        assertTrue(olmoCompute.hasCaveat());
        assertEquals(List.of("olmo3_gpuhours_bradbury"), olmoCompute.sourceKeys());
        assertEquals(2.788e6, row("DeepSeek-V3").gpuHours(), 0);
        assertEquals(5.576e6, row("DeepSeek-V3").costUsdLow(), 0);
        assertEquals("H800", row("DeepSeek-V3").gpuType());
        // $5.576M is 2.788M GPU-h at the report's assumed $2/GPU-h
        assertEquals(2.788e6 * 2, row("DeepSeek-V3").costUsdLow(), 1);
    }

    @Test
    void deepSeekIsElevenTimesFewerGpuHoursThanLlama405b() {
        assertEquals(30.84 / 2.788, TrainingCost.deepSeekVsLlama405bGpuHoursRatio(), 1e-9);
        assertEquals(11.06, TrainingCost.deepSeekVsLlama405bGpuHoursRatio(), 0.01);
    }

    @Test
    void unpublishedValuesStayNull() {
        TrainingCost.Row mixtral = row("Mixtral 8x7B");
        assertNull(mixtral.costUsdLow());
        assertNull(mixtral.gpuHours());
        assertEquals(Missing.NOT_PUBLIC, mixtral.tokens());
        assertEquals(Missing.NOT_PUBLIC, mixtral.compute());
        assertNull(mixtral.tokenCount());
        assertEquals(46.7e9, mixtral.totalParams().value(), 0);
        assertEquals(12.9e9, mixtral.activeParams().value(), 0);
        assertFalse(row("Qwen2.5 1.5B").costPublished());
        // the series' corpus, "up to": no count per size was published (facts.md §6)
        Figure qwenTokens = (Figure) row("Qwen2.5 1.5B").tokens();
        assertEquals(Figure.Bound.UP_TO, qwenTokens.bound());
        assertEquals(18e12, qwenTokens.value(), 0);
        assertTrue(qwenTokens.hasCaveat());
        assertFalse(row("Falcon3 7B").costPublished());
        assertEquals(14e12, row("Falcon3 7B").tokenCount(), 0);
        // the sources disagree on Falcon3's GPUs (facts.md §7): the blog's 1.024, the card's 2.048 in its caveat
        Figure falconGpus = (Figure) row("Falcon3 7B").compute();
        assertEquals(Unit.GPUS, falconGpus.unit());
        assertEquals(1024, falconGpus.value(), 0);
        assertEquals(List.of(Figure.of(2048, Unit.GPUS, "falcon3_blog")), falconGpus.caveat().entries());
        assertNull(row("Falcon3 7B").gpuHours(), "a GPU count is not GPU-hours");
        assertNull(row("Llama 3.3 70B").costUsdLow());
    }

    @Test
    void efficientModelsAreMarked() {
        assertTrue(row("DeepSeek-V3").isEfficient());
        assertTrue(row("Mixtral 8x7B").isEfficient());
        assertFalse(row("GPT-3 175B").isEfficient());
        assertEquals(7, TrainingCost.rows().size());
    }

    @Test
    void cyclePhasesMarkQualitativeCells() {
        assertEquals(3, TrainingCost.phases().size());
        for (TrainingCost.Phase p : TrainingCost.phases()) {
            for (TrainingCost.Cell c : p.cells()) {
                assertEquals(c.kind() == TrainingCost.Cell.Kind.FIGURE, !c.sourceKeys().isEmpty(), c.text().key());
            }
        }
        TrainingCost.Phase sft = TrainingCost.phases().get(1);
        assertEquals(TrainingCost.Cell.Kind.QUALITATIVE, sft.data().kind(), "facts.md has no figure for 'miles de ejemplos'");
        // the pre-training cost quotes DeepSeek-V3's figure, the same one the cost table shows
        assertEquals(List.of(row("DeepSeek-V3").cost()), TrainingCost.phases().get(0).cost().text().entries());
    }

    @Test
    void everySourceKeyExistsInTheBundledBibliography() throws Exception {
        // the bibliography is written from facts.md's keys; checking against it keeps the test inside the repo
        Set<String> known = estrado.bib.Bibliography.load(Path.of("bib", "referencias_entrenamiento.bib")).keys();
        Set<String> used = new HashSet<>();
        // a row's keys are its figures' (cells, caveats and note): every figure's key is checked
        TrainingCost.rows().forEach(r -> used.addAll(r.sourceKeys()));
        TrainingCost.phases().forEach(p -> p.cells().forEach(c -> used.addAll(c.sourceKeys())));
        assertFalse(used.isEmpty());
        used.removeAll(known);
        assertTrue(used.isEmpty(), "keys not in the bibliography: " + used);
    }
}
