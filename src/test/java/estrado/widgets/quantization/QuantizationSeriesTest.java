package estrado.widgets.quantization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.GpuPreset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantizationSeriesTest {

    @Test
    void seedLlama8bBars() {
        QuantizationSeries s = QuantizationSeries.of("Llama 8B", 8_000_000_000L);
        assertEquals(List.of(Precision.FP32, Precision.FP16, Precision.BF16, Precision.INT8, Precision.INT4),
                s.bars().stream().map(QuantizationSeries.Bar::precision).toList());
        assertEquals(38.4, s.gb(Precision.FP32), 1e-9);
        assertEquals(19.2, s.gb(Precision.FP16), 1e-9);
        assertEquals(19.2, s.gb(Precision.BF16), 1e-9);
        assertEquals(9.6, s.gb(Precision.INT8), 1e-9);
        assertEquals(4.8, s.gb(Precision.INT4), 1e-9);
    }

    @Test
    void gpuLinesAreSortedAndMarkWhatFits() {
        QuantizationSeries s = QuantizationSeries.of(ModelPresets.LLAMA3_70B);
        assertEquals(7, s.gpuLines().size());
        for (int i = 1; i < s.gpuLines().size(); i++) {
            assertTrue(s.gpuLines().get(i - 1).gb() <= s.gpuLines().get(i).gb());
        }
        // 70.6B × 0.5 × 1.2 = 42.36 GB at INT4: a 48 GB card, not a 40 GB A100
        List<GpuPreset> int4 = s.gpusThatFit(Precision.INT4);
        assertTrue(int4.contains(GpuPreset.CLASS_48GB));
        assertFalse(int4.contains(GpuPreset.A100_40GB));
        // 169.44 GB at FP16: no single card
        assertTrue(s.gpusThatFit(Precision.FP16).isEmpty());
    }
}
