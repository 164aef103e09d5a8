package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import estrado.render.WidgetViews;
import estrado.widgets.lora.LoraMath;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.SimpleVram;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramEstimate;
import estrado.widgets.vram.VramEstimator;
import estrado.widgets.vram.VramInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** `estrado vram` and `estrado lora` print what the calculators compute, and refuse bad options in one line. */
class CalculatorCommandsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, WidgetViews.none(), folder -> 0, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode json(String... args) throws Exception {
        Run r = run(args);
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k;
    }

    private static void assertMatches(VramEstimate e, JsonNode j) {
        assertEquals(e.simpleGb(), j.get("simple_gb").asDouble(), 1e-9);
        assertEquals(e.totalGb(), j.get("total_gb").asDouble(), 1e-9);
        assertEquals(e.totalGib(), j.get("total_gib").asDouble(), 1e-9);
        assertEquals(e.trainableParams(), j.get("trainable_params").asLong());
        assertEquals(e.modelStatesGb(), j.get("model_states_gb").asDouble(), 1e-9);
        for (Map.Entry<String, Double> c : e.componentsGb().entrySet()) {
            assertEquals(c.getValue(), j.get("components").get(c.getKey()).asDouble(), 1e-9, c.getKey());
        }
    }

    @Test
    void vramJsonHasExactlyTheDocumentedKeys() throws Exception {
        JsonNode j = json("vram", "--model", "llama3-8b", "--precision", "fp16", "--json");
        assertEquals(List.of("simple_gb", "total_gb", "total_gib", "trainable_params", "model_states_gb", "components"),
                keys(j));
        assertEquals(List.of("cuda", "weights", "quant_constants", "gradients", "optimizer", "adapters",
                "activations", "logits", "kv_cache"), keys(j.get("components")));
    }

    @Test
    void vramSimpleFigureIsTheLecturesFormula() throws Exception {
        JsonNode j = json("vram", "--model", "llama3-8b", "--precision", "fp16", "--json");
        assertEquals(SimpleVram.gb(ModelPresets.LLAMA3_8B, Precision.FP16), j.get("simple_gb").asDouble(), 1e-12);
        assertMatches(VramEstimator.estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).precision(Precision.FP16)
                .build()), j);
    }

    @Test
    void vramQloraOfThe65bModelMatchesTheEstimator() throws Exception {
        JsonNode j = json("vram", "--model", "llama-65b", "--mode", "qlora", "--lora-rank", "64",
                "--lora-targets", "all", "--checkpointing", "--double-quant", "--seq", "512", "--json");
        VramEstimate e = VramEstimator.estimate(VramInputs.builder(ModelPresets.LLAMA_65B).mode(TrainingMode.QLORA)
                .loraRank(64).loraTargets(LoraTarget.ALL_LINEAR).gradientCheckpointing(true).doubleQuant(true)
                .seqLen(512).build());
        assertMatches(e, j);
        assertTrue(j.get("total_gb").asDouble() < 48, "QLoRA: a 65B model under 48 GB");
    }

    @Test
    void vramLoraOnGpt3CountsTheLoraPapersTrainableParameters() throws Exception {
        JsonNode j = json("vram", "--model", "gpt3-175b", "--mode", "lora", "--lora-rank", "4",
                "--lora-targets", "q,v", "--json");
        assertEquals(LoraMath.trainableParams(ModelPresets.GPT3_175B, 4, LoraTarget.QUERY_VALUE),
                j.get("trainable_params").asLong());
    }

    @Test
    void vramFreeParameterCountInAnySpelling() throws Exception {
        double expected = VramEstimator.estimate(VramInputs.builder(ModelConfig.ofParams(7_500_000_000L))
                .mode(TrainingMode.FULL).precision(Precision.FP16).build()).modelStatesGb();
        for (String spelling : List.of("7.5B", "7500000000", "7.5e9", "7,5b")) {
            JsonNode j = json("vram", "--params", spelling, "--mode", "full", "--precision", "fp16", "--json");
            assertEquals(expected, j.get("model_states_gb").asDouble(), 1e-9, spelling);
        }
    }

    @Test
    void vramFreeArchitectureComputesItsParameterCount() throws Exception {
        // Llama 3 8B's config typed in by hand: the same parameter count the preset's config implies
        JsonNode j = json("vram", "--layers", "32", "--hidden", "4096", "--heads", "32", "--kv-heads", "8",
                "--intermediate", "14336", "--vocab", "128256", "--precision", "fp16", "--json");
        assertEquals(SimpleVram.gb((double) ModelPresets.LLAMA3_8B.computedParams(), Precision.FP16),
                j.get("simple_gb").asDouble(), 1e-9);
    }

    @Test
    void vramPlainOutputIsASpanishTable() {
        Run r = run("vram", "--model", "llama3-8b", "--mode", "full", "--precision", "bf16");
        assertEquals(0, r.code(), r.err());
        for (String s : List.of("Modelo: Llama 3 8B", "Regla simple", "Pesos", "Gradientes", "Optimizador",
                "Total", "GPUs necesarias", "GB = 10⁹ bytes")) {
            assertTrue(r.out().contains(s), s + " missing in\n" + r.out());
        }
    }

    @Test
    void listModelsNamesEveryPresetAndItsSource() {
        Run r = run("vram", "--list-models");
        assertEquals(0, r.code());
        ModelPresets.all().forEach((key, m) -> {
            assertTrue(r.out().contains(key + ": " + m.name()), key);
            assertTrue(r.out().contains(m.source()), m.source());
        });
    }

    @Test
    void loraSeedExampleGives128TimesFewer() throws Exception {
        JsonNode j = json("lora", "--d", "4096", "--k", "4096", "--rank", "16", "--json");
        assertEquals(List.of("full_params", "lora_params", "reduction"), keys(j));
        assertEquals(4096L * 4096, j.get("full_params").asLong());
        assertEquals(16L * (4096 + 4096), j.get("lora_params").asLong());
        assertEquals((4096.0 * 4096) / (16.0 * (4096 + 4096)), j.get("reduction").asDouble(), 0);
        assertEquals(LoraMath.count(4096, 4096, 16).reduction(), j.get("reduction").asDouble(), 0);
    }

    @Test
    void badOptionsExitWith2AndOneSpanishLineNoTrace() {
        Set<List<String>> bad = Set.of(
                List.of("vram", "--model", "llama3-8bb"),
                List.of("vram", "--model", "llama3-8b", "--batch", "muchos"),
                List.of("vram", "--model", "llama3-8b", "--batch", "0"),
                List.of("vram", "--model", "llama3-8b", "--precision", "fp8"),
                List.of("vram", "--model", "llama3-8b", "--mode", "full", "--precision", "int4"),
                List.of("vram", "--params", "13B", "--mode", "lora"),
                List.of("vram", "--params", "trece"),
                List.of("vram", "--model", "llama3-8b", "--lora-targets", "q,x", "--mode", "lora"),
                List.of("vram", "--modelo", "llama3-8b"),
                List.of("vram"),
                List.of("lora", "--d", "4096", "--k", "4096"),
                List.of("lora", "--d", "64", "--k", "128", "--rank", "256"));
        for (List<String> args : bad) {
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + "\n" + r.err());
            assertTrue(r.err().startsWith("error: "), args + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertFalse(r.err().contains("Invalid value") || r.err().contains("Unknown option"), r.err());
            assertEquals("", r.out(), args.toString());
        }
    }
}
