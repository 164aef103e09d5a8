package estrado.widgets.vram;

import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.Precision;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the VRAM calculator's controls set. Invalid combinations are rejected here, with a
 * message naming the control, so neither the widget nor the CLI can ask for a meaningless estimate.
 *
 * @param model                 architecture and parameter count (or a free count via {@link ModelConfig#ofParams})
 * @param precision             storage format of the base weights (QLoRA always stores NF4, see
 *                              {@link #weightPrecision()})
 * @param mode                  inference, full training, LoRA or QLoRA
 * @param batch                 sequences per step, across all GPUs
 * @param seqLen                tokens per sequence
 * @param optimizer             optimizer of the trainable parameters (ignored for inference)
 * @param gpus                  GPUs sharing the job
 * @param loraRank              adapter rank r (LoRA/QLoRA only)
 * @param loraTargets           adapted matrices (LoRA/QLoRA only)
 * @param gradientCheckpointing keep only each layer's input and recompute the rest in backward
 * @param doubleQuant           QLoRA double quantization of the 4-bit blocks' scale constants
 */
public record VramInputs(
        ModelConfig model,
        Precision precision,
        TrainingMode mode,
        int batch,
        int seqLen,
        Optimizer optimizer,
        int gpus,
        int loraRank,
        Set<LoraTarget> loraTargets,
        boolean gradientCheckpointing,
        boolean doubleQuant) {

    public VramInputs {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(optimizer, "optimizer");
        if (batch < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batch);
        }
        if (seqLen < 1) {
            throw new IllegalArgumentException("sequence length must be at least 1, got " + seqLen);
        }
        if (gpus < 1) {
            throw new IllegalArgumentException("number of GPUs must be at least 1, got " + gpus);
        }
        if (loraRank < 1) {
            throw new IllegalArgumentException("LoRA rank must be at least 1, got " + loraRank);
        }
        loraTargets = loraTargets == null || loraTargets.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(loraTargets));
        Optional<Refusal> refusal = Refusal.of(mode, precision, model.hasArchitecture());
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get().explain(mode, precision));
        }
        if (mode.isAdapter() && loraTargets.isEmpty()) {
            throw new IllegalArgumentException(
                    "mode " + mode.key() + " needs at least one LoRA target (q,k,v,o,gate,up,down)");
        }
    }

    /**
     * The combinations the calculator refuses, decided here once for the deck check, the widget's controls and
     * the CLI; each of the three says it in its own words (a message key per place), at the parameter named here.
     */
    public enum Refusal {
        /** Integer weights cannot be trained directly; QLoRA trains adapters on a 4-bit base instead. */
        FULL_NEEDS_FLOAT("precision", "widget.vram.check.fullNeedsFloat", "widget.vram.fullNeedsFloat",
                "cli.vram.fullNeedsFloat"),
        /** Adapters are sized from the layers and widths: a bare parameter count has none. */
        ADAPTER_NEEDS_ARCHITECTURE("mode", "widget.vram.check.loraNeedsArchitecture",
                "widget.vram.loraNeedsArchitecture", "cli.vram.loraNeedsArchitecture");

        private final String param;
        private final String deckKey;
        private final String widgetKey;
        private final String cliKey;

        Refusal(String param, String deckKey, String widgetKey, String cliKey) {
            this.param = param;
            this.deckKey = deckKey;
            this.widgetKey = widgetKey;
            this.cliKey = cliKey;
        }

        /** What the calculator refuses for these controls, if anything. */
        public static Optional<Refusal> of(TrainingMode mode, Precision precision, boolean architectureKnown) {
            if (mode == TrainingMode.FULL && precision.isQuantized()) {
                return Optional.of(FULL_NEEDS_FLOAT);
            }
            if (mode.isAdapter() && !architectureKnown) {
                return Optional.of(ADAPTER_NEEDS_ARCHITECTURE);
            }
            return Optional.empty();
        }

        /** The deck parameter that makes the combination wrong, where a check reports it. */
        public String param() {
            return param;
        }

        /** Message key of the deck check ({@code file:line:col}); its argument is {@link #word}. */
        public String deckKey() {
            return deckKey;
        }

        /** Message key of the notice the widget shows instead of numbers. */
        public String widgetKey() {
            return widgetKey;
        }

        /** Message key of the CLI's usage error; its argument is {@link #word}. */
        public String cliKey() {
            return cliKey;
        }

        /** The value at fault as decks and the CLI write it: the precision ("int4") or the mode ("lora"). */
        public String word(TrainingMode mode, Precision precision) {
            return this == FULL_NEEDS_FLOAT ? precision.key() : mode.key();
        }

        String explain(TrainingMode mode, Precision precision) {
            return this == FULL_NEEDS_FLOAT
                    ? "full training needs fp32, fp16 or bf16 weights, not " + precision.label()
                            + "; to train on a 4-bit base use mode qlora"
                    : "mode " + mode.key() + " needs the model architecture (layers, hidden size, heads) to size"
                            + " the adapters; a bare parameter count is not enough";
        }
    }

    /** Defaults of the calculator: FP16 inference, batch 1, 2048 tokens, Adam, 1 GPU, LoRA r=16 on q,v. */
    public static Builder builder(ModelConfig model) {
        return new Builder(model);
    }

    /** A builder preset with these inputs, to change one control (a slider moved). */
    public Builder toBuilder() {
        return new Builder(model).precision(precision).mode(mode).batch(batch).seqLen(seqLen)
                .optimizer(optimizer).gpus(gpus).loraRank(loraRank)
                .loraTargets(loraTargets.isEmpty() ? LoraTarget.QUERY_VALUE : loraTargets)
                .gradientCheckpointing(gradientCheckpointing).doubleQuant(doubleQuant);
    }

    /** The format the base weights are actually stored in: QLoRA is NF4 whatever the precision control says. */
    public Precision weightPrecision() {
        return mode == TrainingMode.QLORA ? Precision.INT4 : precision;
    }

    /** Step-by-step construction with the calculator's defaults. */
    public static final class Builder {
        private ModelConfig model;
        private Precision precision = Precision.FP16;
        private TrainingMode mode = TrainingMode.INFERENCE;
        private int batch = 1;
        private int seqLen = 2048;
        private Optimizer optimizer = Optimizer.ADAM;
        private int gpus = 1;
        private int loraRank = 16;
        private Set<LoraTarget> loraTargets = LoraTarget.QUERY_VALUE;
        private boolean gradientCheckpointing;
        private boolean doubleQuant;

        private Builder(ModelConfig model) {
            this.model = model;
        }

        public Builder model(ModelConfig v) { this.model = v; return this; }
        public Builder precision(Precision v) { this.precision = v; return this; }
        public Builder mode(TrainingMode v) { this.mode = v; return this; }
        public Builder batch(int v) { this.batch = v; return this; }
        public Builder seqLen(int v) { this.seqLen = v; return this; }
        public Builder optimizer(Optimizer v) { this.optimizer = v; return this; }
        public Builder gpus(int v) { this.gpus = v; return this; }
        public Builder loraRank(int v) { this.loraRank = v; return this; }
        public Builder loraTargets(Set<LoraTarget> v) { this.loraTargets = v; return this; }
        public Builder gradientCheckpointing(boolean v) { this.gradientCheckpointing = v; return this; }
        public Builder doubleQuant(boolean v) { this.doubleQuant = v; return this; }

        public VramInputs build() {
            return new VramInputs(model, precision, mode, batch, seqLen, optimizer, gpus, loraRank,
                    loraTargets, gradientCheckpointing, doubleQuant);
        }
    }
}
