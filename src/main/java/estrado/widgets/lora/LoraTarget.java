package estrado.widgets.lora;

import estrado.widgets.model.MlpKind;
import estrado.widgets.model.ModelConfig;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A linear layer of a transformer block that LoRA can adapt. */
public enum LoraTarget {
    Q("q"), K("k"), V("v"), O("o"), GATE("gate"), UP("up"), DOWN("down");

    /** QLoRA's recommendation: adapters on every linear layer of the block. */
    public static final Set<LoraTarget> ALL_LINEAR = Collections.unmodifiableSet(EnumSet.allOf(LoraTarget.class));

    /** The LoRA paper's GPT-3 setting: only the query and value projections. */
    public static final Set<LoraTarget> QUERY_VALUE = Collections.unmodifiableSet(EnumSet.of(Q, V));

    private final String key;

    LoraTarget(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the matrix belongs to the MLP (so an MoE model has one per expert). */
    public boolean isMlp() {
        return this == GATE || this == UP || this == DOWN;
    }

    /**
     * Input size d of the adapted matrix. k and v map hidden → kv_heads·head_dim, which grouped-query
     * attention makes smaller than hidden; down maps intermediate → hidden.
     */
    public int inFeatures(ModelConfig m) {
        return switch (this) {
            case Q, K, V, GATE, UP -> m.hiddenSize();
            case O -> m.attentionHeads() * m.headDim();
            case DOWN -> m.intermediateSize();
        };
    }

    /** Output size k of the adapted matrix. */
    public int outFeatures(ModelConfig m) {
        return switch (this) {
            case Q -> m.attentionHeads() * m.headDim();
            case K, V -> m.kvDim();
            case O, DOWN -> m.hiddenSize();
            case GATE, UP -> m.intermediateSize();
        };
    }

    /** Whether the model has this matrix at all: a plain GeLU MLP (GPT-3) has no gate. */
    public boolean existsIn(ModelConfig m) {
        return this != GATE || m.mlp() == MlpKind.GATED;
    }

    /** Parses a comma list such as "q,k,v,o,gate,up,down" (or "all"), case-insensitive. */
    public static Set<LoraTarget> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("LoRA targets are empty; expected a list of " + words());
        }
        if (text.trim().equalsIgnoreCase("all")) {
            return ALL_LINEAR;
        }
        Set<LoraTarget> out = EnumSet.noneOf(LoraTarget.class);
        for (String part : text.split(",")) {
            out.add(parse(part));
        }
        return Collections.unmodifiableSet(out);
    }

    public static LoraTarget parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (LoraTarget t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "unknown LoRA target '" + text + "'; expected one of " + words());
    }

    /** Every key, as messages list them: "q, k, v, o, gate, up, down". */
    public static String words() {
        return Arrays.stream(values()).map(LoraTarget::key).collect(Collectors.joining(", "));
    }
}
