package estrado.widgets.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoraMathTest {

    @Test
    void seedExample4096SquareAtRank16() {
        // Seed: "4096×4096 → 16×8192 = 128× reducción"
        LoraMath.Count c = LoraMath.count(4096, 4096, 16);
        assertEquals(4096L * 4096, c.fullParams());
        assertEquals(16L * 8192, c.loraParams());
        assertEquals(131_072L, c.loraParams());
        assertEquals(128.0, c.reduction(), 1e-12);
    }

    @Test
    void rectangularMatrix() {
        LoraMath.Count c = LoraMath.count(4096, 14336, 8);
        assertEquals(8L * (4096 + 14336), c.loraParams());
        assertEquals(4096.0 * 14336 / (8.0 * (4096 + 14336)), c.reduction(), 1e-9);
    }

    @Test
    void gpt3QueryValueAtRank4MatchesTheLoraPaper() {
        // Hu et al. 2021: r=4 on Wq and Wv of GPT-3 175B; 96 layers × 2 matrices × r·(d_model + d_model)
        long expected = 96L * 2 * 4 * (12288 + 12288);
        assertEquals(18_874_368L, expected);
        long trainable = LoraMath.trainableParams(ModelPresets.GPT3_175B, 4, LoraTarget.QUERY_VALUE);
        assertEquals(expected, trainable);
        double reduction = 175e9 / trainable; // "reduce the number of trainable parameters by 10,000 times"
        assertTrue(reduction > 9_000 && reduction < 10_000, "reduction " + reduction);
    }

    @Test
    void kAndVUseTheGqaWidth() {
        // Llama 3 8B: k and v map 4096 → 8 kv heads × 128 = 1024
        long kOnly = LoraMath.trainableParams(ModelPresets.LLAMA3_8B, 16, Set.of(LoraTarget.K));
        assertEquals(32L * 16 * (4096 + 1024), kOnly);
        long qOnly = LoraMath.trainableParams(ModelPresets.LLAMA3_8B, 16, Set.of(LoraTarget.Q));
        assertEquals(32L * 16 * (4096 + 4096), qOnly);
    }

    @Test
    void allLinearOnLlama65b() {
        // QLoRA's setting: r=64 on q,k,v,o (8192→8192, no GQA) and gate, up (8192→22016), down (22016→8192)
        long perLayer = 4L * 64 * (8192 + 8192) + 3L * 64 * (8192 + 22016);
        assertEquals(80 * perLayer, LoraMath.trainableParams(ModelPresets.LLAMA_65B, 64, LoraTarget.ALL_LINEAR));
    }

    @Test
    void moeAdaptsEveryExpertsMlp() {
        long up = LoraMath.trainableParams(ModelPresets.MIXTRAL_8X7B, 8, Set.of(LoraTarget.UP));
        assertEquals(32L * 8 * 8 * (4096 + 14336), up);
    }

    @Test
    void gateDoesNotExistInGpt3PlainMlp() {
        long withGate = LoraMath.trainableParams(ModelPresets.GPT3_175B, 4,
                EnumSet.of(LoraTarget.GATE, LoraTarget.UP));
        long upOnly = LoraMath.trainableParams(ModelPresets.GPT3_175B, 4, EnumSet.of(LoraTarget.UP));
        assertEquals(upOnly, withGate);
        assertEquals(96L * 4 * (12288 + 4 * 12288), upOnly);
    }

    @Test
    void invalidInputs() {
        assertThrows(IllegalArgumentException.class, () -> LoraMath.count(0, 10, 1));
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
                () -> LoraMath.count(4096, 4096, 0));
        assertTrue(rank.getMessage().contains("rank"));
        assertThrows(IllegalArgumentException.class, () -> LoraMath.count(8, 4096, 16));
        assertThrows(IllegalArgumentException.class,
                () -> LoraMath.trainableParams(ModelConfig.ofParams(7_000_000_000L), 8, LoraTarget.ALL_LINEAR));
        assertThrows(IllegalArgumentException.class,
                () -> LoraMath.trainableParams(ModelPresets.LLAMA3_8B, 8, Set.of()));
    }
}
