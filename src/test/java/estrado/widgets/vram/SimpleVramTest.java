package estrado.widgets.vram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import org.junit.jupiter.api.Test;

/** The lecture's formula against the seed's and Stoelinga's published examples. */
class SimpleVramTest {

    private static final double EPS = 1e-9;

    @Test
    void seedLlama8bQuantizationSteps() {
        // Seed, section 6: "Llama 8B (19.2GB → 9.6GB → 4.8GB)", with the seed's 8B = 8e9 params
        double llama8b = 8e9;
        assertEquals(38.4, SimpleVram.gb(llama8b, Precision.FP32), EPS);
        assertEquals(19.2, SimpleVram.gb(llama8b, Precision.FP16), EPS);
        assertEquals(19.2, SimpleVram.gb(llama8b, Precision.BF16), EPS);
        assertEquals(9.6, SimpleVram.gb(llama8b, Precision.INT8), EPS);
        assertEquals(4.8, SimpleVram.gb(llama8b, Precision.INT4), EPS);
    }

    @Test
    void stoelingaLlama70b() {
        // Stoelinga 2023: Llama 70B → 168 GB at 16-bit, 42 GB at 4-bit
        assertEquals(168.0, SimpleVram.gb(70e9, Precision.FP16), EPS);
        assertEquals(42.0, SimpleVram.gb(70e9, Precision.INT4), EPS);
    }

    @Test
    void modelOverloadUsesTotalParams() {
        // Mixtral must be sized by its 46.7B total, not 12.9B active
        assertEquals(46.7 * 2 * 1.2, SimpleVram.gb(ModelPresets.MIXTRAL_8X7B, Precision.FP16), 1e-6);
    }

    @Test
    void rejectsNonPositiveParams() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimpleVram.gb(-1, Precision.FP16));
        assertEquals("parameter count must be a positive number, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimpleVram.gb(0, Precision.FP16));
        assertThrows(IllegalArgumentException.class, () -> SimpleVram.gb(Double.NaN, Precision.FP16));
        assertThrows(IllegalArgumentException.class, () -> SimpleVram.gb(1e9, null));
    }
}
