package estrado.widgets.vram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.vram.TrainingStepMemory.Band;
import estrado.widgets.vram.TrainingStepMemory.Phase;
import estrado.widgets.vram.TrainingStepMemory.Slice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The memory profile of two training steps: ZeRO's model states plus the forward pass's activations, in time. */
class TrainingStepMemoryTest {
    private static final double GB = 1e9;

    static List<ModelConfig> presets() {
        return List.copyOf(ModelPresets.all().values());
    }

    @Test
    void llama3EightBHoldsZerosSixteenBytesPerParameterAfterTheStep() {
        TrainingStepMemory m = TrainingStepMemory.of(ModelPresets.LLAMA3_8B);
        Slice end = m.slices().get(m.slices().size() - 1);
        // ZeRO (rajbhandari2020zero): 2 + 2 + 12 bytes per parameter with mixed-precision Adam
        assertEquals(16 * 8.03e9, end.totalBytes(), 1e3);
        assertEquals(2 * 8.03e9, end.of(Band.WEIGHTS), 1e3);
        assertEquals(2 * 8.03e9, end.of(Band.GRADIENTS), 1e3);
        assertEquals(4 * 8.03e9, end.of(Band.MASTER_COPY), 1e3);
        assertEquals(8 * 8.03e9, end.of(Band.ADAM_STATES), 1e3);
        assertEquals(0, end.of(Band.ACTIVATIONS));
    }

    @Test
    void llama3EightBPeaksWhenTheSecondBackwardStarts() {
        ModelConfig llama = ModelPresets.LLAMA3_8B;
        TrainingStepMemory m = TrainingStepMemory.of(llama);
        // Korthikanti et al. 2022, Eq. 1: s·b·h·(34 + 5·a·s/h) bytes per layer, s = 2048, b = 1
        double perLayer = 2048.0 * 4096 * (34 + 5.0 * 32 * 2048 / 4096);
        double logits = 2048.0 * 128256 * 4;
        double activations = 32 * perLayer + logits;
        assertEquals(31.65, activations / GB, 0.01);
        assertEquals(activations, m.maxOf(Band.ACTIVATIONS), 1);
        Slice peak = m.peak();
        assertEquals(2, peak.step());
        assertEquals(Phase.BACKWARD, peak.phase());
        assertEquals(m.span(2, Phase.BACKWARD)[0], peak.start());
        // weights + master copy + Adam (14 B/param) + every activation + the head's share of the gradients
        double expected = 14 * 8.03e9 + activations + 2 * 8.03e9 / 33;
        assertEquals(expected, peak.totalBytes(), 1e3);
        assertEquals(144.6, peak.totalBytes() / GB, 0.05);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void activationsRiseThroughTheForwardAndFallThroughTheBackward(ModelConfig model) {
        TrainingStepMemory m = TrainingStepMemory.of(model);
        for (int step = 1; step <= TrainingStepMemory.STEPS; step++) {
            double last = 0;
            double lastGrads = -1;
            for (Slice s : m.slices()) {
                if (s.step() != step) {
                    continue;
                }
                switch (s.phase()) {
                    case FORWARD -> {
                        assertTrue(s.of(Band.ACTIVATIONS) > last, () -> model.name() + " forward " + s);
                        assertEquals(0, s.of(Band.GRADIENTS), model.name() + ": gradients are freed before the forward");
                    }
                    case BACKWARD -> {
                        assertTrue(s.of(Band.ACTIVATIONS) <= last, () -> model.name() + " backward " + s);
                        assertTrue(s.of(Band.GRADIENTS) > lastGrads, () -> model.name() + " gradients " + s);
                        lastGrads = s.of(Band.GRADIENTS);
                    }
                    case OPTIMIZER -> {
                        assertEquals(0, s.of(Band.ACTIVATIONS));
                        assertEquals(m.estimate().gradientsBytes(), s.of(Band.GRADIENTS), 1);
                    }
                }
                last = s.of(Band.ACTIVATIONS);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void adamsStatesAppearAtTheFirstOptimizerStepAndStay(ModelConfig model) {
        TrainingStepMemory m = TrainingStepMemory.of(model);
        double adam = m.estimate().optimizerBytes() - m.estimate().masterWeightsBytes();
        assertEquals(8.0 * model.totalParams(), adam, 1e3);
        for (Slice s : m.slices()) {
            boolean created = s.step() > 1 || s.phase() == Phase.OPTIMIZER;
            assertEquals(created ? adam : 0, s.of(Band.ADAM_STATES), 1, s::toString);
            assertEquals(m.estimate().weightsBytes(), s.of(Band.WEIGHTS), 1);
            assertEquals(m.estimate().masterWeightsBytes(), s.of(Band.MASTER_COPY), 1);
        }
        double stepOneMax = m.slices().stream().filter(s -> s.step() == 1).mapToDouble(Slice::totalBytes).max().orElseThrow();
        assertTrue(m.peak().totalBytes() > stepOneMax, "the second step peaks higher: Adam's states are there");
        // the estimator's total adds everything at once (and the CUDA context): the profile never reaches it
        assertTrue(m.peak().totalBytes() < m.estimate().totalBytes());
    }

    @Test
    void timeIsContiguousAndBackwardTakesTwiceTheForward() {
        TrainingStepMemory m = TrainingStepMemory.of(ModelPresets.QWEN25_1_5B);
        double t = 0;
        for (Slice s : m.slices()) {
            assertEquals(t, s.start(), 1e-9);
            assertTrue(s.end() > s.start());
            t = s.end();
        }
        assertEquals(t, m.duration(), 1e-9);
        double[] forward = m.span(1, Phase.FORWARD);
        double[] backward = m.span(1, Phase.BACKWARD);
        assertEquals(2 * (forward[1] - forward[0]), backward[1] - backward[0], 1e-9);
        assertEquals(forward[0], 0);
        assertEquals(backward[0], forward[1]);
    }

    @Test
    void aBareParameterCountHasNoLayersToProfile() {
        assertThrows(IllegalArgumentException.class, () -> TrainingStepMemory.of(ModelConfig.ofParams(1_000_000_000L)));
    }
}
