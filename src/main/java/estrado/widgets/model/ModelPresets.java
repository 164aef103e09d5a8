package estrado.widgets.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The models the lecture talks about, with their published configs and parameter counts.
 *
 * <p>Totals are the published counts (HF model cards' safetensors totals or the paper's table);
 * {@link ModelConfig#computedParams()} recomputes them from the config as a cross-check.
 */
public final class ModelPresets {

    public static final ModelConfig LLAMA3_8B = new ModelConfig("Llama 3 8B", 8_030_000_000L,
            32, 4096, 32, 8, 14336, 128256, MlpKind.GATED, false, null,
            "https://huggingface.co/meta-llama/Meta-Llama-3-8B/blob/main/config.json");

    public static final ModelConfig LLAMA3_70B = new ModelConfig("Llama 3 70B", 70_600_000_000L,
            80, 8192, 64, 8, 28672, 128256, MlpKind.GATED, false, null,
            "https://huggingface.co/meta-llama/Meta-Llama-3-70B/blob/main/config.json");

    public static final ModelConfig QWEN25_1_5B = new ModelConfig("Qwen2.5 1.5B", 1_540_000_000L,
            28, 1536, 12, 2, 8960, 151936, MlpKind.GATED, true, null,
            "https://huggingface.co/Qwen/Qwen2.5-1.5B/blob/main/config.json");

    /** Memory holds all 8 experts (46.7B); only 12.9B are used per token (Mistral blog, mistral2023mixtral). */
    public static final ModelConfig MIXTRAL_8X7B = new ModelConfig("Mixtral 8x7B", 46_700_000_000L,
            32, 4096, 32, 8, 14336, 32000, MlpKind.GATED, false,
            new MoeInfo(8, 2, 12_900_000_000L),
            "https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json;"
                    + " 46.7B/12.9B: https://mistral.ai/news/mixtral-of-experts");

    public static final ModelConfig FALCON3_7B = new ModelConfig("Falcon3 7B", 7_460_000_000L,
            28, 3072, 12, 4, 23040, 131072, MlpKind.GATED, false, null,
            "https://huggingface.co/tiiuae/Falcon3-7B-Base/blob/main/config.json");

    /** GPT-3 uses a plain GeLU MLP of width 4·d_model and ties input and output embeddings. */
    public static final ModelConfig GPT3_175B = new ModelConfig("GPT-3 175B", 175_000_000_000L,
            96, 12288, 96, 96, 4 * 12288, 50257, MlpKind.PLAIN, true, null,
            "Brown et al. 2020, arXiv 2005.14165, Table 2.1 (brown2020gpt3)");

    public static final ModelConfig LLAMA_65B = new ModelConfig("LLaMA 65B", 65_200_000_000L,
            80, 8192, 64, 64, 22016, 32000, MlpKind.GATED, false, null,
            "Touvron et al. 2023, arXiv 2302.13971, Table 2;"
                    + " intermediate size from https://huggingface.co/huggyllama/llama-65b/blob/main/config.json");

    private static final Map<String, ModelConfig> BY_KEY;

    static {
        Map<String, ModelConfig> m = new LinkedHashMap<>();
        m.put("llama3-8b", LLAMA3_8B);
        m.put("llama3-70b", LLAMA3_70B);
        m.put("qwen2.5-1.5b", QWEN25_1_5B);
        m.put("mixtral-8x7b", MIXTRAL_8X7B);
        m.put("falcon3-7b", FALCON3_7B);
        m.put("gpt3-175b", GPT3_175B);
        m.put("llama-65b", LLAMA_65B);
        BY_KEY = Collections.unmodifiableMap(m);
    }

    private ModelPresets() {
    }

    /** Presets by their CLI / deck key ("llama3-8b"), in lecture order. */
    public static Map<String, ModelConfig> all() {
        return BY_KEY;
    }

    /**
     * How far a preset's published count may be from a chosen size and still be "that size": a model's name
     * rounds its count (Llama 3 70B has 70,6 B, Qwen2.5 1.5B has 1,54 B), 3 % covers that and no other preset.
     */
    static final double SAME_SIZE = 0.03;

    /** The preset nearest a parameter count, if one is that size (within {@link #SAME_SIZE}). */
    public static Optional<ModelConfig> ofSize(double params) {
        return BY_KEY.values().stream()
                .filter(m -> Math.abs(m.totalParams() - params) <= SAME_SIZE * params)
                .min(Comparator.comparingDouble(m -> Math.abs(m.totalParams() - params)));
    }

    /** Looks a preset up by key, case-insensitive; the error lists the valid keys. */
    public static ModelConfig byKey(String key) {
        ModelConfig model = key == null ? null : BY_KEY.get(key.trim().toLowerCase(Locale.ROOT));
        if (model == null) {
            throw new IllegalArgumentException(
                    "unknown model '" + key + "'; expected one of " + String.join(", ", BY_KEY.keySet()));
        }
        return model;
    }
}
