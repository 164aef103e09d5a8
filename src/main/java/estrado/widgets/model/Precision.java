package estrado.widgets.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numeric format in which model weights are stored. */
public enum Precision {
    FP32(32, "FP32"),
    FP16(16, "FP16"),
    BF16(16, "BF16"),
    INT8(8, "INT8"),
    INT4(4, "INT4");

    /** The formats a model can be trained in (no integer weights). */
    public static final List<Precision> FLOATS = List.of(FP32, FP16, BF16);

    private final int bits;
    private final String label;

    Precision(int bits, String label) {
        this.bits = bits;
        this.label = label;
    }

    public int bits() {
        return bits;
    }

    /** Bytes per parameter; INT4 packs two weights per byte, hence 0.5. */
    public double bytesPerParam() {
        return bits / 8.0;
    }

    /** The word decks and the CLI write ("fp16"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Label for charts and tables ("FP16"). */
    public String label() {
        return label;
    }

    /** Whether this is a 16-bit float format (fp16/bf16), the storage type of mixed-precision training. */
    public boolean isHalf() {
        return this == FP16 || this == BF16;
    }

    /** Whether this is an integer (quantized) format, which cannot be trained directly. */
    public boolean isQuantized() {
        return this == INT8 || this == INT4;
    }

    /** Parses fp32|fp16|bf16|int8|int4, case-insensitive, as the CLI and deck files spell them. */
    public static Precision parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("precision is empty; expected one of " + words());
        }
        String key = text.trim().toUpperCase(Locale.ROOT);
        for (Precision p : values()) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown precision '" + text + "'; expected one of " + words());
    }

    /** Every key, as messages list them: "fp32, fp16, bf16, int8, int4". */
    public static String words() {
        return Arrays.stream(values()).map(Precision::key).collect(Collectors.joining(", "));
    }
}
