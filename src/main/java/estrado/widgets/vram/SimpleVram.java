package estrado.widgets.vram;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.Precision;

/**
 * The lecture's rule of thumb: Memory [GB] = Params × Bytes / 10⁹ × 1.2.
 *
 * <p>Source: Sam Stoelinga, "Calculating GPU memory for serving LLMs", Substratus.AI blog, 2023
 * (key stoelinga2023gpumem); the 1.2 is EleutherAI's ~20% inference overhead as cited by the HF
 * Accelerate docs. It is a serving estimate: it ignores training state, batch and sequence length.
 */
public final class SimpleVram {

    /** 20% on top of the weights for everything else loaded during inference. */
    public static final double OVERHEAD = 1.2;

    /** GB as the lecture uses it: 10⁹ bytes, not GiB. */
    public static final double BYTES_PER_GB = 1e9;

    private SimpleVram() {
    }

    /** Memory in GB (10⁹ bytes) to serve {@code params} parameters stored at {@code precision}. */
    public static double gb(double params, Precision precision) {
        if (!(params > 0) || Double.isInfinite(params)) {
            throw new IllegalArgumentException("parameter count must be a positive number, got " + params);
        }
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
        return params * precision.bytesPerParam() / BYTES_PER_GB * OVERHEAD;
    }

    /** Same formula for a model config, using its total (not active) parameters. */
    public static double gb(ModelConfig model, Precision precision) {
        return gb((double) model.totalParams(), precision);
    }
}
