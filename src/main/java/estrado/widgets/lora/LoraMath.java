package estrado.widgets.lora;

import estrado.widgets.model.ModelConfig;
import java.util.Set;

/**
 * Parameter counts of LoRA: W (d×k) stays frozen and B (d×r) · A (r×k) is trained, so r·(d+k)
 * trainable parameters replace d·k (Hu et al. 2021, hu2021lora).
 */
public final class LoraMath {

    /**
     * One matrix: full fine-tuning against LoRA.
     *
     * @param fullParams d·k
     * @param loraParams r·(d+k)
     * @param reduction  fullParams / loraParams
     */
    public record Count(long fullParams, long loraParams, double reduction) {
    }

    private LoraMath() {
    }

    /** The lora-rank widget's numbers for a d×k matrix at rank r. */
    public static Count count(long d, long k, int rank) {
        if (d <= 0 || k <= 0) {
            throw new IllegalArgumentException("matrix dimensions must be positive, got " + d + "×" + k);
        }
        requireRank(rank);
        if (rank > Math.min(d, k)) {
            throw new IllegalArgumentException(
                    "LoRA rank " + rank + " exceeds min(d, k) = " + Math.min(d, k) + ": no longer low-rank");
        }
        long full = Math.multiplyExact(d, k);
        long lora = Math.multiplyExact((long) rank, d + k);
        return new Count(full, lora, (double) full / lora);
    }

    /**
     * Trainable parameters of LoRA on a whole model: per layer, r·(in+out) for every targeted matrix,
     * with k and v at their GQA width and MLP matrices counted once per MoE expert. Targets the model
     * lacks (gate in a plain GeLU MLP) add nothing.
     */
    public static long trainableParams(ModelConfig model, int rank, Set<LoraTarget> targets) {
        requireRank(rank);
        if (!model.hasArchitecture()) {
            throw new IllegalArgumentException(
                    "LoRA needs the model architecture (layers, hidden size, heads); "
                            + model.name() + " only has a parameter count");
        }
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("LoRA needs at least one target matrix (q,k,v,o,gate,up,down)");
        }
        long perLayer = 0;
        for (LoraTarget t : targets) {
            if (!t.existsIn(model)) {
                continue;
            }
            long copies = t.isMlp() ? model.expertsPerLayer() : 1;
            perLayer += copies * rank * ((long) t.inFeatures(model) + t.outFeatures(model));
        }
        return perLayer * model.layers();
    }

    private static void requireRank(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("LoRA rank must be at least 1, got " + rank);
        }
    }
}
