package estrado.widgets.vram;

import estrado.widgets.lora.LoraMath;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.Precision;

/**
 * The detailed VRAM estimate behind the vram-calculator widget and {@code estrado vram}.
 *
 * <p>Accounting, per component (P = total parameters, T = trainable parameters):
 * <ul>
 *   <li>CUDA context: 1000 MiB per GPU, the fixed cost of a CUDA/PyTorch context on recent GPUs.</li>
 *   <li>Weights: P × bytes of the storage precision. Every parameter is counted at that precision
 *       (libraries keep embeddings and norms in 16-bit; a few % on large models), which keeps INT8
 *       exactly half of FP16 as LLM.int8() states.</li>
 *   <li>4-bit quantization constants (NF4, QLoRA, Dettmers et al. 2023 §3): one fp32 absmax per block
 *       of 64 weights = 32/64 = 0.5 bits/param; with double quantization the constants are 8-bit with
 *       one fp32 second-level constant per 256 of them = 8/64 + 32/(64·256) ≈ 0.127 bits/param.
 *       LLM.int8()'s per-row constants for INT8 are negligible and not counted.</li>
 *   <li>Full training: gradients in the weights' dtype; optimizer states per {@link Optimizer}; with
 *       fp16/bf16 weights, mixed precision adds a 4-byte fp32 master copy, counted with the optimizer
 *       as ZeRO does (Rajbhandari et al. 2020): Adam → 2 + 2 + 12 = 16 bytes/param.</li>
 *   <li>LoRA/QLoRA: T from {@link LoraMath#trainableParams}; adapter weights and their gradients in
 *       the 16-bit compute dtype (QLoRA Eq. 5 keeps L1, L2 in BF16; fp32 if the base is fp32);
 *       optimizer states per {@link Optimizer} on T only; the base gets no gradients.</li>
 *   <li>Activations in training: Korthikanti et al. 2022, "Reducing Activation Recomputation in Large
 *       Transformer Models" (arXiv 2205.05198), Eq. 1 with no parallelism: s·b·h·(34 + 5·a·s/h) bytes
 *       per layer for 16-bit activations (1-byte dropout masks). With full recomputation
 *       (gradient checkpointing) only each layer's 16-bit input, 2·s·b·h bytes, is kept, plus one
 *       layer's full set while it is recomputed in backward. The formula is for a GPT block (4h MLP,
 *       no FlashAttention: the 5·a·s²·b term is the attention score matrices), so it is an
 *       approximation for SwiGLU/GQA models. Scaled ×2 when training in fp32.</li>
 *   <li>Activations in inference: nothing is kept for a backward pass, so one layer's set (same
 *       formula) stands for the transient working set.</li>
 *   <li>Logits: b·s·V·4 bytes (fp32) in training; in inference only the last position is needed to
 *       sample, b·V·4.</li>
 *   <li>KV cache (inference): 2 · L · b · s · kv_heads · head_dim · bytes, with 16-bit entries (fp32
 *       if the model runs in fp32; quantized models still compute and cache in 16-bit).</li>
 * </ul>
 * Activations, logits and KV cache need the architecture; for a bare parameter count they are 0.
 */
public final class VramEstimator {

    /** Fixed CUDA context per GPU: 1000 MiB. */
    public static final double CUDA_CONTEXT_BYTES = 1000.0 * 1024 * 1024;

    /** NF4 block size: one absmax constant per 64 weights (QLoRA). */
    public static final int NF4_BLOCK = 64;

    /** Double quantization groups 256 first-level constants under one fp32 constant (QLoRA). */
    public static final int DOUBLE_QUANT_BLOCK = 256;

    /** 32/64 bits of fp32 absmax per weight. */
    public static final double NF4_CONSTANT_BITS = 32.0 / NF4_BLOCK;

    /** 8/64 + 32/(64·256) ≈ 0.127 bits per weight. */
    public static final double DOUBLE_QUANT_CONSTANT_BITS = 8.0 / NF4_BLOCK + 32.0 / (NF4_BLOCK * DOUBLE_QUANT_BLOCK);

    /** Bytes of an fp32 master weight kept by mixed-precision training. */
    public static final int MASTER_WEIGHT_BYTES = 4;

    private VramEstimator() {
    }

    public static VramEstimate estimate(VramInputs in) {
        ModelConfig model = in.model();
        double params = model.totalParams();
        Precision wp = in.weightPrecision();
        TrainingMode mode = in.mode();

        double cuda = CUDA_CONTEXT_BYTES * in.gpus();
        double weights = params * wp.bytesPerParam();
        double quantConstants = wp == Precision.INT4
                ? params * (in.doubleQuant() ? DOUBLE_QUANT_CONSTANT_BITS : NF4_CONSTANT_BITS) / 8
                : 0;

        // 16-bit compute unless the whole model runs in fp32
        int computeBytes = wp == Precision.FP32 ? 4 : 2;

        long trainable = 0;
        double gradients = 0;
        double optimizer = 0;
        double master = 0;
        double adapters = 0;
        switch (mode) {
            case INFERENCE -> { }
            case FULL -> {
                trainable = model.totalParams();
                gradients = params * wp.bytesPerParam();
                master = wp.isHalf() ? params * MASTER_WEIGHT_BYTES : 0;
                optimizer = params * in.optimizer().stateBytesPerParam() + master;
            }
            case LORA, QLORA -> {
                trainable = LoraMath.trainableParams(model, in.loraRank(), in.loraTargets());
                adapters = (double) trainable * computeBytes;
                gradients = (double) trainable * computeBytes;
                optimizer = (double) trainable * in.optimizer().stateBytesPerParam();
            }
        }

        double activations = 0;
        double logits = 0;
        double kvCache = 0;
        if (model.hasArchitecture()) {
            double s = in.seqLen();
            double b = in.batch();
            double h = model.hiddenSize();
            double a = model.attentionHeads();
            double layers = model.layers();
            double dtypeScale = computeBytes / 2.0; // Korthikanti's constants assume 16-bit activations
            double perLayer = s * b * h * (34 + 5 * a * s / h) * dtypeScale;
            if (mode.isTraining()) {
                activations = in.gradientCheckpointing()
                        ? layers * 2 * s * b * h * dtypeScale + perLayer
                        : layers * perLayer;
                logits = b * s * model.vocabSize() * 4.0;
            } else {
                activations = perLayer;
                logits = b * model.vocabSize() * 4.0;
                kvCache = 2 * layers * b * s * model.kvHeads() * model.headDim() * computeBytes;
            }
        }

        double simpleGb = SimpleVram.gb(params, wp);
        return new VramEstimate(in, cuda, weights, quantConstants, gradients, optimizer, master, adapters,
                activations, logits, kvCache, trainable, simpleGb);
    }
}
