package estrado.widgets.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchScalingTest {

    private final VramInputs training = VramInputs.builder(ModelPresets.LLAMA3_8B)
            .mode(TrainingMode.LORA).precision(Precision.BF16).seqLen(1024).build();

    @Test
    void memoryGrowsLinearlyWithBatch() {
        List<BatchScaling.Point> pts = BatchScaling.overBatch(training, List.of(1, 2, 4));
        double step1 = pts.get(1).totalGb() - pts.get(0).totalGb();
        double step2 = pts.get(2).totalGb() - pts.get(1).totalGb();
        assertTrue(step1 > 0);
        assertEquals(2 * step1, step2, 1e-6); // activations and logits are per sequence
        assertEquals(pts.get(0).estimate().weightsBytes(), pts.get(2).estimate().weightsBytes());
    }

    @Test
    void memoryGrowsFasterThanLinearlyWithSequenceWithoutFlashAttention() {
        // the 5·a·s²·b attention-score term of Korthikanti's formula
        List<BatchScaling.Point> pts = BatchScaling.overSeqLen(training, List.of(1024, 2048, 4096));
        double a1 = pts.get(1).estimate().activationsBytes() - pts.get(0).estimate().activationsBytes();
        double a2 = pts.get(2).estimate().activationsBytes() - pts.get(1).estimate().activationsBytes();
        assertTrue(a2 > 2 * a1);
        assertEquals(List.of(1024, 2048, 4096), pts.stream().map(BatchScaling.Point::x).toList());
    }

    @Test
    void powersOfTwoAxis() {
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), BatchScaling.powersOfTwo(64));
        assertEquals(List.of(1, 2, 4), BatchScaling.powersOfTwo(7));
        assertThrows(IllegalArgumentException.class, () -> BatchScaling.powersOfTwo(0));
    }

    @Test
    void invalidAxisValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BatchScaling.overBatch(training, List.of()));
        assertThrows(IllegalArgumentException.class, () -> BatchScaling.overBatch(training, List.of(1, -4)));
    }
}
