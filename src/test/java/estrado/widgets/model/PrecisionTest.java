package estrado.widgets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.lora.LoraTarget;
import estrado.widgets.vram.Optimizer;
import estrado.widgets.vram.TrainingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecisionTest {

    @ParameterizedTest
    @CsvSource({"FP32,32,4.0", "FP16,16,2.0", "BF16,16,2.0", "INT8,8,1.0", "INT4,4,0.5"})
    void bitsAndBytesPerParam(Precision p, int bits, double bytes) {
        assertEquals(bits, p.bits());
        assertEquals(bytes, p.bytesPerParam());
    }

    @ParameterizedTest
    @CsvSource({"fp32,FP32", "FP16,FP16", "Bf16,BF16", " int8 ,INT8", "INT4,INT4"})
    void parsesCaseInsensitively(String text, Precision expected) {
        assertEquals(expected, Precision.parse(text));
    }

    @Test
    void rejectsUnknownPrecisionNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Precision.parse("fp8"));
        assertTrue(e.getMessage().contains("fp8"));
        assertTrue(e.getMessage().contains("fp32, fp16, bf16, int8, int4"));
        assertThrows(IllegalArgumentException.class, () -> Precision.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Precision.parse(null));
    }

    @Test
    void labelsAndKinds() {
        assertEquals("BF16", Precision.BF16.label());
        assertTrue(Precision.BF16.isHalf());
        assertFalse(Precision.FP32.isHalf());
        assertTrue(Precision.INT4.isQuantized());
        assertFalse(Precision.FP16.isQuantized());
    }

    @Test
    void modeOptimizerAndTargetParsing() {
        assertEquals(TrainingMode.QLORA, TrainingMode.parse("QLoRA"));
        assertEquals(Optimizer.SGD_MOMENTUM, Optimizer.parse("sgd-momentum"));
        assertEquals(Optimizer.ADAM_8BIT, Optimizer.parse("ADAM_8BIT"));
        assertEquals(LoraTarget.ALL_LINEAR, LoraTarget.parseList("q,k,v,o,gate,up,down"));
        assertEquals(LoraTarget.QUERY_VALUE, LoraTarget.parseList(" Q , v "));
        assertThrows(IllegalArgumentException.class, () -> TrainingMode.parse("pretrain"));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.parse("lion"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoraTarget.parseList("q,w"));
        assertTrue(e.getMessage().contains("'w'"));
    }
}
