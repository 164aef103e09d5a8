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
    BIT_LAYOUTS("bit-layouts", List.of("ieee754_2019", "kalamkar2019bfloat16"));

    private final String yamlName;
    private final List<String> sources;

    DiagramKind(String yamlName, List<String> sources) {
        this.yamlName = yamlName;
        this.sources = sources;
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
