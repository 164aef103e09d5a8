package estrado.widgets.vram;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Optimizer and the state it keeps per trainable parameter. */
public enum Optimizer {
    /** fp32 first and second moments (m and v): 4 + 4 bytes. */
    ADAM("adam", "widget.optimizer.adam", 8), /** Plain SGD keeps no state. */
    SGD("sgd", "widget.optimizer.sgd", 0), /** One fp32 momentum buffer. */
    SGD_MOMENTUM("sgd-momentum", "widget.optimizer.sgd-momentum", 4),
    /** bitsandbytes 8-bit Adam: m and v quantized to 1 byte each (Dettmers et al. 2022). */
    ADAM_8BIT("adam-8bit", "widget.optimizer.adam-8bit", 2);

    private final String key;
    private final String messageKey;
    private final int stateBytesPerParam;

    Optimizer(String key, String messageKey, int stateBytesPerParam) {
        this.key = key;
        this.messageKey = messageKey;
        this.stateBytesPerParam = stateBytesPerParam;
    }

    /** The CLI spelling ("sgd-momentum"). */
    public String key() {
        return key;
    }

    /** The key of its name in the message bundle, written out so a search for the key finds it. */
    public String messageKey() {
        return messageKey;
    }

    /** Optimizer state bytes per trainable parameter, excluding any fp32 master copy of the weights. */
    public int stateBytesPerParam() {
        return stateBytesPerParam;
    }

    /** Parses adam|sgd|sgd-momentum|adam-8bit, case-insensitive; underscores are accepted too. */
    public static Optimizer parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Optimizer o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        throw new IllegalArgumentException(
                "unknown optimizer '" + text + "'; expected one of " + words());
    }

    /** Every key, as messages list them: "adam, sgd, sgd-momentum, adam-8bit". */
    public static String words() {
        return Arrays.stream(values()).map(Optimizer::key).collect(Collectors.joining(", "));
    }
}
