package estrado.widgets.model;

import java.util.Objects;

/**
 * A transformer's published architecture and parameter count.
 *
 * <p>Architecture fields are 0 when only a free parameter count is known ({@link #ofParams}); then
 * only weight-proportional memory can be estimated (no activations, KV cache or LoRA adapters).
 *
 * @param name             display name ("Llama 3 8B")
 * @param totalParams      published total parameter count (all experts for MoE: that is what
 *                         occupies memory)
 * @param layers           transformer blocks
 * @param hiddenSize       model width d_model
 * @param attentionHeads   query heads
 * @param kvHeads          key/value heads (fewer than query heads with grouped-query attention)
 * @param intermediateSize MLP inner width
 * @param vocabSize        vocabulary size (rows of the embedding, columns of the logits)
 * @param mlp              MLP shape (gated SwiGLU or plain GeLU)
 * @param tiedEmbeddings   whether the output head reuses the input embedding matrix
 * @param moe              mixture-of-experts info, or null for a dense model
 * @param source           where the config comes from (HF config.json URL or paper table)
 */
public record ModelConfig(
        String name,
        long totalParams,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        int intermediateSize,
        int vocabSize,
        MlpKind mlp,
        boolean tiedEmbeddings,
        MoeInfo moe,
        String source) {

    public ModelConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mlp, "mlp");
        if (totalParams <= 0) {
            throw new IllegalArgumentException("total parameters must be positive, got " + totalParams);
        }
        boolean any = layers != 0 || hiddenSize != 0 || attentionHeads != 0 || kvHeads != 0
                || intermediateSize != 0 || vocabSize != 0;
        if (any) {
            requirePositive("layers", layers);
            requirePositive("hidden size", hiddenSize);
            requirePositive("attention heads", attentionHeads);
            requirePositive("kv heads", kvHeads);
            requirePositive("intermediate size", intermediateSize);
            requirePositive("vocab size", vocabSize);
            if (hiddenSize % attentionHeads != 0) {
                throw new IllegalArgumentException("hidden size " + hiddenSize
                        + " is not divisible by the " + attentionHeads + " attention heads");
            }
            if (attentionHeads % kvHeads != 0) {
                throw new IllegalArgumentException("attention heads " + attentionHeads
                        + " are not a multiple of the " + kvHeads + " kv heads");
            }
        }
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    /** A model known only by its parameter count (the calculator's free slider). */
    public static ModelConfig ofParams(long totalParams) {
        return new ModelConfig("Modelo personalizado", totalParams, 0, 0, 0, 0, 0, 0,
                MlpKind.GATED, false, null, "parámetros indicados por el usuario");
    }

    /** Whether layers, widths and heads are known, so per-token memory can be estimated. */
    public boolean hasArchitecture() {
        return layers > 0;
    }

    public boolean isMoe() {
        return moe != null;
    }

    /** Width of one attention head. */
    public int headDim() {
        requireArchitecture();
        return hiddenSize / attentionHeads;
    }

    /** Output width of the k and v projections: with GQA smaller than the hidden size. */
    public int kvDim() {
        return kvHeads * headDim();
    }

    /** Experts whose MLP weights sit in memory per layer (1 for a dense model). */
    public int expertsPerLayer() {
        return moe == null ? 1 : moe.experts();
    }

    /**
     * Parameters implied by the architecture: embeddings + per layer (attention q,k,v,o + MLP for
     * every expert + MoE router + two RMSNorm/LayerNorm weight vectors) + final norm.
     *
     * <p>Biases and learned position embeddings (GPT-3, Qwen's qkv bias) are left out: they are well
     * under 1% of any preset, and the point is a sanity check against the published count.
     */
    public long computedParams() {
        requireArchitecture();
        long h = hiddenSize;
        long embeddings = (long) vocabSize * h * (tiedEmbeddings ? 1 : 2);
        long attention = h * h * 2 + h * (long) kvDim() * 2; // q and o are h×h; k and v are h×kvDim
        long mlpPerExpert = (long) mlp.matrices() * h * intermediateSize;
        long router = moe == null ? 0 : h * moe.experts();
        long norms = 2 * h;
        long perLayer = attention + mlpPerExpert * expertsPerLayer() + router + norms;
        return embeddings + perLayer * layers + h;
    }

    private void requireArchitecture() {
        if (!hasArchitecture()) {
            throw new IllegalStateException(name + " has no architecture, only a parameter count");
        }
    }
}
