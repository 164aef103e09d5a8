package estrado.widgets.vram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One decision for every place that refuses a VRAM question: the calculator itself agrees with it everywhere. */
class VramRefusalTest {

    @Test
    void theCalculatorRefusesExactlyWhatTheRefusalSays() {
        int refused = 0;
        for (ModelConfig model : List.of(ModelPresets.LLAMA3_8B, ModelConfig.ofParams(8_000_000_000L))) {
            for (TrainingMode mode : TrainingMode.values()) {
                for (Precision precision : Precision.values()) {
                    Optional<VramInputs.Refusal> r = VramInputs.Refusal.of(mode, precision, model.hasArchitecture());
                    VramInputs.Builder b = VramInputs.builder(model).mode(mode).precision(precision);
                    if (r.isPresent()) {
                        refused++;
                        assertThrows(IllegalArgumentException.class, b::build, mode + " " + precision);
                    } else {
                        assertEquals(mode, b.build().mode());
                    }
                }
            }
        }
        // full training of int8/int4 on either model (2 × 2), LoRA/QLoRA of the bare count at any precision (2 × 5)
        assertEquals(14, refused);
    }

    @Test
    void eachRefusalNamesTheParameterAndTheWordAtFault() {
        VramInputs.Refusal full = VramInputs.Refusal.of(TrainingMode.FULL, Precision.INT4, true).orElseThrow();
        assertEquals("precision", full.param());
        assertEquals("int4", full.word(TrainingMode.FULL, Precision.INT4));
        VramInputs.Refusal lora = VramInputs.Refusal.of(TrainingMode.QLORA, Precision.FP16, false).orElseThrow();
        assertEquals("mode", lora.param());
        assertEquals("qlora", lora.word(TrainingMode.QLORA, Precision.FP16));
    }
}
