package estrado.widgets.vram;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the GPU is doing with the model, which decides what besides the weights it must hold. */
public enum TrainingMode {
    /** Forward only: weights + KV cache. */
    INFERENCE("inference", "widget.mode.inference"),
    /** Every parameter trained: weights, gradients, optimizer states, activations. */
    FULL("full", "widget.mode.full"),
    /** Frozen base weights plus small trainable low-rank adapters (Hu et al. 2021). */
    LORA("lora", "widget.mode.lora"), /** LoRA on a frozen base stored in 4-bit NF4 (Dettmers et al. 2023). */
    QLORA("qlora", "widget.mode.qlora");

    private final String key;
    private final String messageKey;

    TrainingMode(String key, String messageKey) {
        this.key = key;
        this.messageKey = messageKey;
    }

    /** The CLI spelling ("inference"). */
    public String key() {
        return key;
    }

    /** The key of its name in the message bundle, written out so a search for the key finds it. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether gradients, optimizer states and training activations exist at all. */
    public boolean isTraining() {
        return this != INFERENCE;
    }

    /** Whether only adapters are trained. */
    public boolean isAdapter() {
        return this == LORA || this == QLORA;
    }

    /** Parses inference|full|lora|qlora, case-insensitive. */
    public static TrainingMode parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TrainingMode m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown mode '" + text + "'; expected one of " + words());
    }

    /** Every key, as messages list them: "inference, full, lora, qlora". */
    public static String words() {
        return Arrays.stream(values()).map(TrainingMode::key).collect(Collectors.joining(", "));
    }
}
