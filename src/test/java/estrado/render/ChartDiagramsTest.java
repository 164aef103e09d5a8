package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.DiagramKind;
import estrado.widgets.cost.TrainingCost;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures of the cost chart and of the OLMo 3 stages, against facts.md and the cost table. */
class ChartDiagramsTest {
    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void costChartPlotsFactsFiguresWithTheirYears() {
        TrainingCostsDiagram.Point gpt3 = TrainingCostsDiagram.POINTS.get(0);
        assertEquals("GPT-3 175B", gpt3.model());
        assertEquals(2020, gpt3.year());
        // facts.md §1: Epoch US$ 2.198.105 (hardware + energy), US$ 4.336.473 (cloud); Lambda US$ 4,6 M
        assertEquals(List.of(2_198_105.0, 4_336_473.0, 4_600_000.0),
                gpt3.estimates().stream().map(TrainingCostsDiagram.Estimate::usd).toList());
        TrainingCostsDiagram.Point deepSeek = TrainingCostsDiagram.POINTS.get(1);
        assertEquals(2024, deepSeek.year());
        // facts.md §4: 2,788 M H800 GPU-hours at US$ 2 = US$ 5,576 M
        assertEquals(2.788e6 * 2, deepSeek.low(), 1e-6);
        TrainingCostsDiagram.Point olmo = TrainingCostsDiagram.POINTS.get(2);
        assertEquals(2025, olmo.year());
        // facts.md §3: ≈ 56 days on 1.024 H100 at US$ 2/GPU-h ≈ US$ 2,75 M (the report's rounded figure)
        assertEquals(2.75e6, olmo.low(), 1e-6);
        assertEquals(56 * 24 * 1024 * 2.0, olmo.low(), 0.01 * olmo.low());
    }

    @Test
    void costChartShowsEveryPublishedCostOfTheCostTableAndNothingElse() {
        List<String> published = TrainingCost.rows().stream().filter(TrainingCost.Row::costPublished)
                .map(TrainingCost.Row::model).toList();
        assertEquals(Set.copyOf(published),
                Set.copyOf(TrainingCostsDiagram.POINTS.stream().map(TrainingCostsDiagram.Point::model).toList()));
        Set<String> cited = new LinkedHashSet<>();
        for (TrainingCostsDiagram.Point p : TrainingCostsDiagram.POINTS) {
            TrainingCost.Row row = TrainingCost.rows().stream().filter(r -> r.model().equals(p.model())).findFirst().orElseThrow();
            assertEquals(row.costUsdLow(), p.low(), 1e-6, p.model());
            assertEquals(row.costUsdHigh(), p.high(), 1e-6, p.model());
            for (TrainingCostsDiagram.Estimate e : p.estimates()) {
                assertTrue(row.sourceKeys().contains(e.source()), () -> e.source() + " is not a source of " + row.model());
                cited.add(e.source());
            }
        }
        // the diagram cites exactly the sources of the figures it plots
        assertEquals(DiagramKind.TRAINING_COSTS.sources(), List.copyOf(cited));
    }

    @Test
    void costAxisIsLogarithmicAndHoldsEveryFigure() {
        double bottom = TrainingCostsDiagram.y(TrainingCostsDiagram.MIN_USD);
        double top = TrainingCostsDiagram.y(TrainingCostsDiagram.MAX_USD);
        // each doubling is the same height, wherever it is
        double doubling = TrainingCostsDiagram.y(1e6) - TrainingCostsDiagram.y(2e6);
        assertEquals(doubling, TrainingCostsDiagram.y(2.5e6) - TrainingCostsDiagram.y(5e6), 1e-9);
        assertEquals(Math.log10(2) * (bottom - top), doubling, 1e-9);
        for (TrainingCostsDiagram.Point p : TrainingCostsDiagram.POINTS) {
            assertTrue(p.low() >= TrainingCostsDiagram.MIN_USD && p.high() <= TrainingCostsDiagram.MAX_USD, p.model());
            assertTrue(p.when() > TrainingCostsDiagram.FIRST_YEAR && p.when() < TrainingCostsDiagram.LAST_YEAR, p.model());
        }
    }

    @Test
    void olmo3BaseStagesCarryTheReportsTokens() {
        // facts.md §3: pre-training 5,9 T (Dolma 3 Mix) → mid-training 100 B (Dolmino) → long context 50–100 B (Longmino)
        List<Olmo3StagesDiagram.BaseStage> base = Olmo3StagesDiagram.BASE;
        assertEquals(List.of("Dolma 3 Mix", "Dolmino", "Longmino"), base.stream().map(Olmo3StagesDiagram.BaseStage::data).toList());
        assertEquals(5.9e12, base.get(0).tokensLow());
        assertEquals(100e9, base.get(1).tokensLow());
        assertEquals(50e9, base.get(2).tokensLow());
        assertEquals(100e9, base.get(2).tokensHigh());
        assertEquals(List.of("sft", "dpo", "rlvr"), Olmo3StagesDiagram.POST);
        List<String> es = FxRuntime.call(() -> {
            DiagramKit k = new DiagramKit(10, 10, "es", "t");
            return base.stream().map(s -> Olmo3StagesDiagram.tokens(k, s)).toList();
        });
        assertEquals(List.of("5,9 T", "100 B", "50–100 B"), es);
        String en = FxRuntime.call(() -> Olmo3StagesDiagram.tokens(new DiagramKit(10, 10, "en", "t"), base.get(0)));
        assertEquals("5.9 T", en);
    }

    @Test
    void olmo3PostTrainingComputeIsTheRlhfBooksQuote() {
        // facts.md §3 (rlhfbook, App. C): SFT swept 4 learning rates on 256 GPUs each for 36 h; DPO ≈ 18 h on 64 GPUs
        // per run; the final RL runs ≈ 5 days
        DeckText es = DeckText.of("es");
        String sft = es.get("diagram.olmo.sft.compute");
        assertTrue(sft.contains("4 tasas") && sft.contains("256 GPU") && sft.contains("36 h"), sft);
        String dpo = es.get("diagram.olmo.dpo.compute");
        assertTrue(dpo.contains("18 h") && dpo.contains("64 GPU"), dpo);
        assertTrue(es.get("diagram.olmo.rlvr.compute").contains("5 días"));
        assertEquals(List.of("olmo3_report", "rlhfbook"), DiagramKind.OLMO3_STAGES.sources());
    }
}
