package estrado.widgets.calc;

import java.util.Locale;

/** What the GPU is doing with the model, which decides what besides the weights it must hold. */
public enum TrainingMode {
    /** Forward only: weights + KV cache. */
    INFERENCE("inference"),
    /** Every parameter trained: weights, gradients, optimizer states, activations. */
    FULL("full"),
    /** Frozen base weights plus small trainable low-rank adapters (Hu et al. 2021). */
    LORA("lora"),
    /** LoRA on a frozen base stored in 4-bit NF4 (Dettmers et al. 2023). */
    QLORA("qlora");

    private final String key;

    TrainingMode(String key) {
        this.key = key;
    }

    /** The CLI spelling ("inference"). */
    public String key() {
        return key;
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
                "unknown mode '" + text + "'; expected one of inference, full, lora, qlora");
    }
}
