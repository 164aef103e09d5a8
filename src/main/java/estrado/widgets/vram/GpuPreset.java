package estrado.widgets.vram;

import java.util.Locale;

/**
 * GPUs the lecture compares, by their marketed memory.
 *
 * <p>Capacity is taken as the marketed figure in GB (10⁹ bytes). Vendors' "80 GB" is closer to
 * 80 GiB on the device, but part of it is reserved; reading it as 10⁹-byte GB keeps "fits"
 * on the conservative side instead of promising memory the user may not get.
 */
public enum GpuPreset {
    T4("NVIDIA T4", 16),
    L4("NVIDIA L4", 24),
    RTX_4090("RTX 4090", 24),
    CLASS_48GB("48 GB (A6000 / L40S)", 48),
    A100_40GB("A100 40 GB", 40),
    A100_80GB("A100 80 GB", 80),
    H100_80GB("H100 80 GB", 80);

    private final String label;
    private final int memoryGb;

    GpuPreset(String label, int memoryGb) {
        this.label = label;
        this.memoryGb = memoryGb;
    }

    public String label() {
        return label;
    }

    /** Marketed memory in GB; also the capacity line drawn on charts. */
    public int memoryGb() {
        return memoryGb;
    }

    public double capacityBytes() {
        return memoryGb * 1e9;
    }

    /** Whether each of the estimate's GPUs (of this type) holds its share. */
    public boolean fits(VramEstimate estimate) {
        return estimate.perGpuBytes() <= capacityBytes();
    }

    /**
     * Fewest GPUs of this type that hold the estimate, under the estimate's even split: each GPU pays
     * its CUDA context and a 1/n share of the rest. Integer ceiling of rest / (capacity − context).
     */
    public int gpusNeeded(VramEstimate estimate) {
        double room = capacityBytes() - estimate.cudaBytesPerGpu();
        if (room <= 0) {
            throw new IllegalArgumentException(label + " has no room left after the CUDA context");
        }
        double rest = estimate.splittableBytes();
        return Math.max(1, (int) Math.ceil(rest / room - 1e-9));
    }

    /** Parses the enum name or a short form ("a100-80gb", "rtx4090", "48gb"), case-insensitive. */
    public static GpuPreset parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (GpuPreset g : values()) {
            if (g.name().equals(key) || g.name().replace("_", "").equals(key.replace("_", ""))) {
                return g;
            }
        }
        if (key.replace("_", "").equals("48GB")) {
            return CLASS_48GB;
        }
        throw new IllegalArgumentException("unknown GPU '" + text
                + "'; expected one of t4, l4, rtx-4090, 48gb, a100-40gb, a100-80gb, h100-80gb");
    }
}
