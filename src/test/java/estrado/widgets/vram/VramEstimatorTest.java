package estrado.widgets.vram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The detailed estimator against ZeRO, QLoRA, LoRA and LLM.int8() figures. */
class VramEstimatorTest {

    private static final double GB = 1e9;
    private static final double MIB = 1024.0 * 1024;

    private static VramEstimate estimate(VramInputs.Builder b) {
        return VramEstimator.estimate(b.build());
    }

    @Test
    void zeroMixedPrecisionAdamIs16BytesPerParam() {
        // ZeRO (Rajbhandari et al. 2020): a 7.5B model with mixed-precision Adam needs 16·Ψ = 120 GB of model states
        VramEstimate e = estimate(VramInputs.builder(ModelConfig.ofParams(7_500_000_000L))
                .mode(TrainingMode.FULL).precision(Precision.FP16).optimizer(Optimizer.ADAM));
        assertEquals(16 * 7.5e9 / GB, e.modelStatesGb(), 1e-9);
        assertEquals(120.0, e.modelStatesGb(), 1e-9);
        // split as ZeRO does: 2Ψ fp16 weights, 2Ψ fp16 gradients, 12Ψ fp32 master + m + v
        assertEquals(2 * 7.5e9, e.weightsBytes(), 1);
        assertEquals(2 * 7.5e9, e.gradientsBytes(), 1);
        assertEquals(12 * 7.5e9, e.optimizerBytes(), 1);
        assertEquals(4 * 7.5e9, e.masterWeightsBytes(), 1);
        assertEquals(7_500_000_000L, e.trainableParams());
    }

    @Test
    void bf16BehavesLikeFp16ForZeroAccounting() {
        VramEstimate e = estimate(VramInputs.builder(ModelConfig.ofParams(7_500_000_000L))
                .mode(TrainingMode.FULL).precision(Precision.BF16));
        assertEquals(120.0, e.modelStatesGb(), 1e-9);
    }

    @Test
    void optimizerVariants() {
        ModelConfig p = ModelConfig.ofParams(1_000_000_000L);
        VramInputs.Builder fp32 = VramInputs.builder(p).mode(TrainingMode.FULL).precision(Precision.FP32);
        // fp32, no master copy: weights 4 + grads 4 + states
        assertEquals(8.0, estimate(fp32.optimizer(Optimizer.SGD)).modelStatesGb(), 1e-9);
        assertEquals(12.0, estimate(fp32.optimizer(Optimizer.SGD_MOMENTUM)).modelStatesGb(), 1e-9);
        assertEquals(16.0, estimate(fp32.optimizer(Optimizer.ADAM)).modelStatesGb(), 1e-9);
        // mixed precision with 8-bit Adam: 2 + 2 + 4 (master) + 2
        VramInputs.Builder mixed = VramInputs.builder(p).mode(TrainingMode.FULL).precision(Precision.FP16)
                .optimizer(Optimizer.ADAM_8BIT);
        assertEquals(10.0, estimate(mixed).modelStatesGb(), 1e-9);
    }

    @Test
    void qloraFits65bUnder48GbWhileFull16BitFineTuneNeedsOver780() {
        // Dettmers et al. 2023: "from >780GB of GPU memory to <48GB" for a 65B model
        VramEstimate full = estimate(VramInputs.builder(ModelPresets.LLAMA_65B)
                .mode(TrainingMode.FULL).precision(Precision.BF16).optimizer(Optimizer.ADAM).seqLen(512));
        assertTrue(full.modelStatesGb() > 780, "full fine-tune model states " + full.modelStatesGb());

        VramEstimate qlora = estimate(VramInputs.builder(ModelPresets.LLAMA_65B)
                .mode(TrainingMode.QLORA).precision(Precision.BF16).loraRank(64)
                .loraTargets(LoraTarget.ALL_LINEAR).gradientCheckpointing(true).doubleQuant(true)
                .batch(1).seqLen(512));
        assertTrue(qlora.totalGb() < 48, "QLoRA total " + qlora.totalGb());
        assertTrue(GpuPreset.CLASS_48GB.fits(qlora));
        assertFalse(GpuPreset.A100_40GB.fits(qlora));
        // the base is stored in NF4 whatever the precision control says
        assertEquals(65.2e9 * 0.5, qlora.weightsBytes(), 1);
        assertEquals(0, qlora.kvCacheBytes());
    }

    @Test
    void nf4QuantConstantsMatchTheQloraPaper() {
        // QLoRA §3: absmax per 64 weights in fp32 = 32/64 = 0.5 bits/param;
        // double quantization: 8/64 + 32/(64·256) = 0.127 bits/param
        ModelConfig p = ModelConfig.ofParams(64_000_000_000L);
        VramInputs.Builder b = VramInputs.builder(p).precision(Precision.INT4);
        assertEquals(64e9 * 0.5 / 8, estimate(b.doubleQuant(false)).quantConstantsBytes(), 1);
        double dqBits = estimate(b.doubleQuant(true)).quantConstantsBytes() * 8 / 64e9;
        assertEquals(0.127, dqBits, 0.0005);
        // the paper: double quantization saves ≈0.373 bits/param, ≈3 GB for a 65B model
        double saved = (estimate(b.doubleQuant(false)).quantConstantsBytes()
                - estimate(b.doubleQuant(true)).quantConstantsBytes()) * 8 / 64e9;
        assertEquals(0.373, saved, 0.0005);
        // no 4-bit blocks, no constants
        assertEquals(0, estimate(b.precision(Precision.INT8)).quantConstantsBytes());
    }

    @Test
    void int8WeightsAreExactlyHalfOfFp16() {
        // LLM.int8() (Dettmers et al. 2022): "cut the memory needed for inference by half"
        for (ModelConfig m : ModelPresets.all().values()) {
            double fp16 = estimate(VramInputs.builder(m).precision(Precision.FP16)).weightsBytes();
            double int8 = estimate(VramInputs.builder(m).precision(Precision.INT8)).weightsBytes();
            assertEquals(fp16 / 2, int8, 0.0, m.name());
        }
    }

    @Test
    void moeMemoryUsesTotalNotActiveParams() {
        VramEstimate e = estimate(VramInputs.builder(ModelPresets.MIXTRAL_8X7B).precision(Precision.FP16));
        assertEquals(46.7e9 * 2, e.weightsBytes(), 1);
        assertTrue(e.weightsBytes() > 2 * 12.9e9 * 2);
        assertEquals(46.7 * 2 * 1.2, e.simpleGb(), 1e-9);
    }

    @Test
    void loraOnGpt3QueryValue() {
        VramEstimate e = estimate(VramInputs.builder(ModelPresets.GPT3_175B).mode(TrainingMode.LORA)
                .precision(Precision.FP16).loraRank(4).loraTargets(LoraTarget.QUERY_VALUE).seqLen(2048));
        assertEquals(18_874_368L, e.trainableParams());
        // 16-bit adapters and gradients, fp32 Adam m+v, nothing for the frozen base
        assertEquals(18_874_368.0 * 2, e.adaptersBytes(), 0);
        assertEquals(18_874_368.0 * 2, e.gradientsBytes(), 0);
        assertEquals(18_874_368.0 * 8, e.optimizerBytes(), 0);
        assertEquals(175e9 * 2, e.weightsBytes(), 1);
        // the LoRA paper reports the training memory falls from 1.2 TB to 350 GB (≈3×); ours is in that range
        VramEstimate full = estimate(VramInputs.builder(ModelPresets.GPT3_175B).mode(TrainingMode.FULL)
                .precision(Precision.FP16).seqLen(2048));
        double ratio = full.modelStatesBytes() / e.modelStatesBytes();
        assertTrue(ratio > 3, "model-state reduction " + ratio);
    }

    @Test
    void kvCacheOfLlama3_8b() {
        // 2 (k and v) · 32 layers · 8 kv heads · 128 head dim · 2 bytes = 131,072 bytes per token (GQA)
        VramEstimate e = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).precision(Precision.FP16)
                .batch(4).seqLen(8192));
        assertEquals(131_072.0 * 4 * 8192, e.kvCacheBytes(), 0);
        // quantized weights still cache keys and values in 16-bit
        VramEstimate int4 = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).precision(Precision.INT4)
                .batch(4).seqLen(8192));
        assertEquals(e.kvCacheBytes(), int4.kvCacheBytes(), 0);
        assertEquals(0, e.gradientsBytes());
        assertEquals(0, e.optimizerBytes());
        assertEquals(0, e.trainableParams());
    }

    @Test
    void activationsFollowKorthikanti() {
        // Korthikanti et al. 2022, Eq. 1 without parallelism: s·b·h·(34 + 5·a·s/h) bytes per layer
        double s = 2048, b = 2, h = 4096, a = 32, layers = 32;
        double perLayer = s * b * h * (34 + 5 * a * s / h);
        VramInputs.Builder in = VramInputs.builder(ModelPresets.LLAMA3_8B).mode(TrainingMode.FULL)
                .precision(Precision.BF16).batch(2).seqLen(2048);
        assertEquals(layers * perLayer, estimate(in).activationsBytes(), 1);
        // full recomputation keeps each layer's input (2·s·b·h) plus one layer rebuilt in backward
        VramEstimate ckpt = estimate(in.gradientCheckpointing(true));
        assertEquals(layers * 2 * s * b * h + perLayer, ckpt.activationsBytes(), 1);
        assertTrue(ckpt.activationsBytes() < estimate(in.gradientCheckpointing(false)).activationsBytes() / 5);
    }

    @Test
    void logitsAreFp32OverTheVocabulary() {
        VramEstimate train = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).mode(TrainingMode.FULL)
                .batch(2).seqLen(1024));
        assertEquals(2.0 * 1024 * 128256 * 4, train.logitsBytes(), 0);
        VramEstimate infer = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).batch(2).seqLen(1024));
        assertEquals(2.0 * 128256 * 4, infer.logitsBytes(), 0);
    }

    @Test
    void componentsMapHasTheCliKeysInOrderAndSumsToTotal() {
        VramEstimate e = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).mode(TrainingMode.QLORA)
                .loraTargets(LoraTarget.ALL_LINEAR).doubleQuant(true));
        Map<String, Double> gb = e.componentsGb();
        assertEquals(List.of("cuda", "weights", "quant_constants", "gradients", "optimizer", "adapters",
                "activations", "logits", "kv_cache"), List.copyOf(gb.keySet()));
        double sum = gb.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(e.totalGb(), sum, 1e-9);
        assertEquals(e.totalBytes() / Math.pow(2, 30), e.totalGib(), 1e-9);
        assertEquals(1000 * MIB / GB, gb.get("cuda"), 1e-12);
    }

    @Test
    void multiGpuSplitsEvenlyAndPaysOneContextPerGpu() {
        VramInputs.Builder b = VramInputs.builder(ModelPresets.LLAMA3_70B).precision(Precision.FP16);
        VramEstimate one = estimate(b.gpus(1));
        VramEstimate four = estimate(b.gpus(4));
        assertEquals(4 * 1000 * MIB, four.cudaBytes(), 0);
        assertEquals(one.splittableBytes(), four.splittableBytes(), 1);
        assertEquals(1000 * MIB + one.splittableBytes() / 4, four.perGpuBytes(), 1);
        assertEquals(one.totalBytes(), one.perGpuBytes(), 0);
    }

    @Test
    void freeParamCountEstimatesOnlyWeightProportionalParts() {
        VramEstimate e = estimate(VramInputs.builder(ModelConfig.ofParams(13_000_000_000L)).batch(8));
        assertFalse(e.architectureKnown());
        assertEquals(0, e.activationsBytes());
        assertEquals(0, e.kvCacheBytes());
        assertEquals(26e9, e.weightsBytes(), 1);
    }

    @Test
    void simpleViewMatchesTheLectureFormula() {
        VramEstimate e = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).precision(Precision.INT8));
        assertEquals(8.03e9 * 1 / 1e9 * 1.2, e.simpleGb(), 1e-9);
        VramEstimate q = estimate(VramInputs.builder(ModelPresets.LLAMA3_8B).mode(TrainingMode.QLORA)
                .precision(Precision.FP16));
        assertEquals(8.03e9 * 0.5 / 1e9 * 1.2, q.simpleGb(), 1e-9);
    }

    @Test
    void invalidInputsAreRejectedWithClearMessages() {
        VramInputs.Builder b = VramInputs.builder(ModelPresets.LLAMA3_8B);
        assertEquals("batch size must be at least 1, got -2",
                assertThrows(IllegalArgumentException.class, () -> b.batch(-2).build()).getMessage());
        b.batch(1);
        assertEquals("sequence length must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> b.seqLen(0).build()).getMessage());
        b.seqLen(512);
        assertEquals("number of GPUs must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> b.gpus(0).build()).getMessage());
        b.gpus(1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.loraRank(0).build())
                .getMessage().contains("rank"));
        b.loraRank(8);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> b.mode(TrainingMode.FULL).precision(Precision.INT4).build())
                .getMessage().contains("qlora"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> b.mode(TrainingMode.LORA).precision(Precision.FP16).loraTargets(java.util.Set.of()).build())
                .getMessage().contains("target"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> VramInputs.builder(ModelConfig.ofParams(7_000_000_000L)).mode(TrainingMode.QLORA).build())
                .getMessage().contains("architecture"));
        assertThrows(NullPointerException.class, () -> VramInputs.builder(null).build());
    }
}
