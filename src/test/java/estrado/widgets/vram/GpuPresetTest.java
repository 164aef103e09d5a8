package estrado.widgets.vram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GpuPresetTest {

    @Test
    void capacities() {
        assertEquals(16, GpuPreset.T4.memoryGb());
        assertEquals(24, GpuPreset.L4.memoryGb());
        assertEquals(24, GpuPreset.RTX_4090.memoryGb());
        assertEquals(48, GpuPreset.CLASS_48GB.memoryGb());
        assertEquals(40, GpuPreset.A100_40GB.memoryGb());
        assertEquals(80, GpuPreset.A100_80GB.memoryGb());
        assertEquals(80, GpuPreset.H100_80GB.memoryGb());
    }

    @Test
    void llama3_8bFp16InferenceFitsA4090ButNotAT4() {
        // 8.03e9 × 2 bytes = 16.06 GB of weights alone exceed a 16 GB T4
        VramEstimate e = VramEstimator.estimate(VramInputs.builder(ModelPresets.LLAMA3_8B)
                .precision(Precision.FP16).seqLen(2048).build());
        assertFalse(GpuPreset.T4.fits(e));
        assertTrue(GpuPreset.RTX_4090.fits(e));
        assertEquals(2, GpuPreset.T4.gpusNeeded(e));
        assertEquals(1, GpuPreset.RTX_4090.gpusNeeded(e));
    }

    @Test
    void llama3_70bFp16InferenceNeedsTwoH100() {
        // 70.6e9 × 2 bytes = 141.2 GB of weights: more than one 80 GB card, less than two
        VramEstimate e = VramEstimator.estimate(VramInputs.builder(ModelPresets.LLAMA3_70B)
                .precision(Precision.FP16).seqLen(2048).build());
        assertEquals(2, GpuPreset.H100_80GB.gpusNeeded(e));
    }

    @ParameterizedTest
    @EnumSource(GpuPreset.class)
    void gpusNeededIsTheSmallestCountThatFits(GpuPreset gpu) {
        VramInputs base = VramInputs.builder(ModelPresets.LLAMA3_70B).mode(TrainingMode.FULL)
                .precision(Precision.BF16).seqLen(1024).gradientCheckpointing(true).build();
        int n = gpu.gpusNeeded(VramEstimator.estimate(base));
        assertTrue(gpu.fits(VramEstimator.estimate(base.toBuilder().gpus(n).build())));
        if (n > 1) {
            assertFalse(gpu.fits(VramEstimator.estimate(base.toBuilder().gpus(n - 1).build())));
        }
    }

    @Test
    void parsing() {
        assertEquals(GpuPreset.A100_80GB, GpuPreset.parse("a100-80gb"));
        assertEquals(GpuPreset.RTX_4090, GpuPreset.parse("rtx4090"));
        assertEquals(GpuPreset.CLASS_48GB, GpuPreset.parse("48gb"));
        assertThrows(IllegalArgumentException.class, () -> GpuPreset.parse("v100"));
    }
}
