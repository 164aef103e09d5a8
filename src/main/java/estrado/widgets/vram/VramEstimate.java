package estrado.widgets.vram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The detailed VRAM breakdown for one set of inputs. Byte components are totals over all GPUs; the
 * split across GPUs is even (see {@link #perGpuBytes()}).
 *
 * @param inputs              what was estimated
 * @param cudaBytes           CUDA context, a fixed cost paid by every GPU
 * @param weightsBytes        base model weights at their storage precision
 * @param quantConstantsBytes 4-bit block scale constants (absmax), 0 for other precisions
 * @param gradientsBytes      gradients of the trainable parameters
 * @param optimizerBytes      optimizer states, including the fp32 master weights of mixed precision
 * @param masterWeightsBytes  the part of {@code optimizerBytes} that is the fp32 master copy
 * @param adaptersBytes       LoRA adapter weights
 * @param activationsBytes    activations kept for the backward pass (one layer's working set in inference)
 * @param logitsBytes         fp32 output logits
 * @param kvCacheBytes        inference key/value cache
 * @param trainableParams     parameters that receive gradients (0 for inference)
 * @param simpleGb            the lecture's rule of thumb for the same model and weight precision
 */
public record VramEstimate(
        VramInputs inputs,
        double cudaBytes,
        double weightsBytes,
        double quantConstantsBytes,
        double gradientsBytes,
        double optimizerBytes,
        double masterWeightsBytes,
        double adaptersBytes,
        double activationsBytes,
        double logitsBytes,
        double kvCacheBytes,
        long trainableParams,
        double simpleGb) {

    /** Component keys of {@link #componentsGb()}, in stacking order; the CLI's JSON uses them as-is. */
    public static final String CUDA = "cuda";
    public static final String WEIGHTS = "weights";
    public static final String QUANT_CONSTANTS = "quant_constants";
    public static final String GRADIENTS = "gradients";
    public static final String OPTIMIZER = "optimizer";
    public static final String ADAPTERS = "adapters";
    public static final String ACTIVATIONS = "activations";
    public static final String LOGITS = "logits";
    public static final String KV_CACHE = "kv_cache";

    private static final double GB = 1e9;
    private static final double GIB = 1024.0 * 1024 * 1024;

    /** Every component in bytes, keyed and ordered as {@link #componentsGb()}. */
    public Map<String, Double> componentsBytes() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(CUDA, cudaBytes);
        m.put(WEIGHTS, weightsBytes);
        m.put(QUANT_CONSTANTS, quantConstantsBytes);
        m.put(GRADIENTS, gradientsBytes);
        m.put(OPTIMIZER, optimizerBytes);
        m.put(ADAPTERS, adaptersBytes);
        m.put(ACTIVATIONS, activationsBytes);
        m.put(LOGITS, logitsBytes);
        m.put(KV_CACHE, kvCacheBytes);
        return Collections.unmodifiableMap(m);
    }

    /** Every component in GB (10⁹ bytes), totals over all GPUs. */
    public Map<String, Double> componentsGb() {
        Map<String, Double> m = new LinkedHashMap<>();
        componentsBytes().forEach((k, v) -> m.put(k, v / GB));
        return Collections.unmodifiableMap(m);
    }

    public double totalBytes() {
        return cudaBytes + weightsBytes + quantConstantsBytes + gradientsBytes + optimizerBytes
                + adaptersBytes + activationsBytes + logitsBytes + kvCacheBytes;
    }

    /** Total over all GPUs in GB (10⁹ bytes). */
    public double totalGb() {
        return totalBytes() / GB;
    }

    /** Total over all GPUs in GiB (2³⁰ bytes), what nvidia-smi's MiB add up to. */
    public double totalGib() {
        return totalBytes() / GIB;
    }

    public int gpus() {
        return inputs.gpus();
    }

    /**
     * Bytes on each GPU. Simplification: weights, model states, activations and KV cache are split
     * evenly (as fully sharded data parallel + an evenly split batch would), and every GPU pays its
     * own CUDA context; communication buffers are ignored.
     */
    public double perGpuBytes() {
        return totalBytes() / gpus();
    }

    public double perGpuGb() {
        return perGpuBytes() / GB;
    }

    public double perGpuGib() {
        return perGpuBytes() / GIB;
    }

    /** CUDA context of one GPU. */
    public double cudaBytesPerGpu() {
        return cudaBytes / gpus();
    }

    /** Everything except the CUDA contexts: the part that shrinks when more GPUs share it. */
    public double splittableBytes() {
        return totalBytes() - cudaBytes;
    }

    /**
     * ZeRO's "model states": weights (with 4-bit constants), gradients, optimizer states including
     * the fp32 master copy, and LoRA adapters. Excludes activations, logits, KV cache and CUDA.
     */
    public double modelStatesBytes() {
        return weightsBytes + quantConstantsBytes + gradientsBytes + optimizerBytes + adaptersBytes;
    }

    public double modelStatesGb() {
        return modelStatesBytes() / GB;
    }

    /** Whether activations, logits, KV cache could be estimated (false for a bare parameter count). */
    public boolean architectureKnown() {
        return inputs.model().hasArchitecture();
    }
}
