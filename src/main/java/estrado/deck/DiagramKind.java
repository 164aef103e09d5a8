package estrado.deck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The diagrams estrado draws itself. Each names the bibliography entries behind the figures it
 * shows, so a slide that carries one cites them like any {@code \cite} in its text.
 */
public enum DiagramKind {
    /** Forward → backward → optimizer step, with what each keeps in memory (ZeRO's 16 bytes/param). */
    TRAINING_STEPS("training-steps", List.of("rajbhandari2020zero")),
    /** Frozen W₀, trainable A and B of rank r. */
    LORA("lora", List.of("hu2021lora")),
    /** 4-bit NF4 base, 16-bit adapters, paged optimizer. */
    QLORA("qlora", List.of("dettmers2023qlora")),
    /** Sign, exponent and mantissa bits of FP32, FP16 and BF16; INT8 and INT4. */
    BIT_LAYOUTS("bit-layouts", List.of("ieee754_2019", "kalamkar2019bfloat16")),
    /**
     * GPU memory through one training step and the next, as a PyTorch memory profile draws it, computed by
     * the VRAM estimator for a model preset: ZeRO's 16 bytes/param and the activations of the forward pass
     * (broken down as Smirnov's article does).
     */
    TRAINING_MEMORY("training-memory", List.of("rajbhandari2020zero", "smirnov2023vram"), "llama3-8b"),
    /** Published training costs of notable models by year, on a log axis (each with its scope). */
    TRAINING_COSTS("training-costs", List.of("gpt3_cost_epoch", "gpt3_cost_lambda", "deepseek_v3_technical", "olmo3_cost")),
    /** OLMo 3's model flow: base training stages with their tokens, then post-training with its compute. */
    OLMO3_STAGES("olmo3-stages", List.of("olmo3_report", "rlhfbook"));

    private final String yamlName;
    private final List<String> sources;
    private final String defaultModel;

    DiagramKind(String yamlName, List<String> sources) {
        this(yamlName, sources, null);
    }

    DiagramKind(String yamlName, List<String> sources, String defaultModel) {
        this.yamlName = yamlName;
        this.sources = sources;
        this.defaultModel = defaultModel;
    }

    /** Whether the diagram computes its figures for a model preset ({@code model:} in the deck). */
    public boolean takesModel() {
        return defaultModel != null;
    }

    /** The model preset drawn when the deck names none. */
    public Optional<String> defaultModel() {
        return Optional.ofNullable(defaultModel);
    }

    public String yamlName() {
        return yamlName;
    }

    /** Citation keys of the figures the diagram draws, in the order its caption cites them. */
    public List<String> sources() {
        return sources;
    }

    public static Optional<DiagramKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(DiagramKind::yamlName).toList();
    }
}
