package estrado.widgets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelPresetsTest {

    /** Published totals, from the model cards / papers, independent of the presets' fields. */
    static Stream<Arguments> published() {
        return Stream.of(
                Arguments.of("llama3-8b", 8.03e9),
                Arguments.of("llama3-70b", 70.6e9),
                Arguments.of("qwen2.5-1.5b", 1.54e9),
                Arguments.of("mixtral-8x7b", 46.7e9),
                Arguments.of("falcon3-7b", 7.46e9),
                Arguments.of("gpt3-175b", 175e9),
                Arguments.of("llama-65b", 65.2e9));
    }

    @ParameterizedTest
    @MethodSource("published")
    void totalIsThePublishedCount(String key, double published) {
        assertEquals(published, ModelPresets.byKey(key).totalParams(), 1.0);
    }

    @ParameterizedTest
    @MethodSource("published")
    void configAgreesWithPublishedCountWithinThreePercent(String key, double published) {
        long computed = ModelPresets.byKey(key).computedParams();
        double relative = Math.abs(computed - published) / published;
        assertTrue(relative < 0.03, key + ": config gives " + computed + ", published " + published);
    }

    @Test
    void llama3_8bConfigByHand() {
        // embeddings in and out: 2·128256·4096; per layer: q,o 4096² each, k,v 4096·1024 each,
        // MLP 3·4096·14336, two norms; final norm
        long perLayer = 2L * 4096 * 4096 + 2L * 4096 * 1024 + 3L * 4096 * 14336 + 2 * 4096;
        long expected = 2L * 128256 * 4096 + 32 * perLayer + 4096;
        assertEquals(expected, ModelPresets.LLAMA3_8B.computedParams());
    }

    @Test
    void mixtralActiveParamsFromConfigMatchThePublished12_9B() {
        ModelConfig m = ModelPresets.MIXTRAL_8X7B;
        long oneExpertAllLayers = 3L * 4096 * 14336 * 32;
        long active = m.computedParams() - (8 - 2) * oneExpertAllLayers;
        assertEquals(12.9e9, active, 0.03 * 12.9e9);
        assertEquals(12_900_000_000L, m.moe().activeParams());
        assertEquals(8, m.moe().experts());
        assertEquals(2, m.moe().activeExperts());
    }

    @Test
    void gqaWidths() {
        assertEquals(128, ModelPresets.LLAMA3_8B.headDim());
        assertEquals(1024, ModelPresets.LLAMA3_8B.kvDim());
        assertEquals(256, ModelPresets.QWEN25_1_5B.kvDim());
        assertEquals(256, ModelPresets.FALCON3_7B.headDim());
        assertEquals(12288, ModelPresets.GPT3_175B.kvDim());
    }

    @Test
    void everyPresetNamesItsSource() {
        for (ModelConfig m : ModelPresets.all().values()) {
            assertTrue(m.source().contains("huggingface.co") || m.source().contains("arXiv"), m.name());
            assertTrue(m.hasArchitecture());
        }
        assertEquals(7, ModelPresets.all().size());
    }

    @Test
    void unknownKeyListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelPresets.byKey("gpt-5"));
        assertTrue(e.getMessage().contains("llama3-8b"));
        assertEquals(ModelPresets.LLAMA3_70B, ModelPresets.byKey("  Llama3-70B "));
    }

    @Test
    void freeParamCountHasNoArchitecture() {
        ModelConfig free = ModelConfig.ofParams(13_000_000_000L);
        assertFalse(free.hasArchitecture());
        assertThrows(IllegalStateException.class, free::computedParams);
        assertThrows(IllegalArgumentException.class, () -> ModelConfig.ofParams(0));
    }

    @Test
    void inconsistentConfigsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelConfig(
                "x", 1_000L, 2, 100, 3, 1, 400, 10, MlpKind.GATED, false, null, "test"));
        assertTrue(e.getMessage().contains("not divisible"));
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(
                "x", 1_000L, 2, 96, 12, 5, 400, 10, MlpKind.GATED, false, null, "test"));
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(
                "x", 1_000L, -2, 96, 12, 4, 400, 10, MlpKind.GATED, false, null, "test"));
        assertThrows(IllegalArgumentException.class, () -> new MoeInfo(8, 9, 1));
    }

    @Test
    void aSizeOnTheSliderIsNamedByThePresetOfThatSizeOnly() {
        // the quantization chart's slider: 1,5 · 8 · 70 · 175 B are a preset's size; 7 B is not Falcon3 7B (7,46 B)
        assertEquals("Qwen2.5 1.5B", ModelPresets.ofSize(1.5e9).orElseThrow().name());
        assertEquals("Llama 3 8B", ModelPresets.ofSize(8e9).orElseThrow().name());
        assertEquals("Llama 3 70B", ModelPresets.ofSize(70e9).orElseThrow().name());
        assertEquals("GPT-3 175B", ModelPresets.ofSize(175e9).orElseThrow().name());
        assertTrue(ModelPresets.ofSize(7e9).isEmpty());
        assertTrue(ModelPresets.ofSize(13e9).isEmpty());
        assertTrue(ModelPresets.ofSize(405e9).isEmpty());
    }

    @Test
    void theDecksLabelNamesOnlyTheDecksOwnCount() {
        ModelChoice deck = new ModelChoice(ModelChoice.CUSTOM, java.util.OptionalDouble.of(8),
                java.util.Optional.of("Llama 3 8B"));
        assertEquals(java.util.Optional.of("Llama 3 8B"), deck.labelAt(8));
        assertTrue(deck.labelAt(70).isEmpty());
        assertTrue(new ModelChoice("llama3-8b", java.util.OptionalDouble.empty(), java.util.Optional.of("x"))
                .labelAt(8).isEmpty(), "a label without a count of its own names nothing");
    }
}
