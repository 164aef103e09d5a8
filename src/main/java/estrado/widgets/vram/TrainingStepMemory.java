package estrado.widgets.vram;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.Precision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GPU memory held through two full training steps, as a PyTorch memory profile shows it: the
 * components of {@link VramEstimator} laid out in time instead of added up.
 *
 * <p>Step after step: the BF16 weights and their FP32 master copy are there from the start; the
 * forward pass keeps each layer's activations (and the logits at the end); the backward pass frees
 * them layer by layer while each layer's gradients appear; the optimizer step creates Adam's moment
 * and variance the first time (PyTorch allocates them lazily) and they stay; the gradients are freed
 * before the next step's forward ({@code zero_grad(set_to_none=True)}). So step 2 peaks higher than
 * step 1, at the turn from forward to backward.
 *
 * <p>Time is schematic: one unit per layer in the forward pass (the output head is one more), twice
 * that per layer in the backward pass (it does about twice the forward's work), and one and a half
 * forwards for the optimizer step (room for its name on the chart; its real length depends on the setup). The CUDA context (a fixed ~1 GB the profiler does not show) is left out.
 */
public final class TrainingStepMemory {

    /** What holds memory, in stacking order from the bottom. */
    public enum Band { WEIGHTS, MASTER_COPY, ADAM_STATES, GRADIENTS, ACTIVATIONS }

    /** The parts of a training step. */
    public enum Phase { FORWARD, BACKWARD, OPTIMIZER }

    /** Training steps drawn: the first creates Adam's states, the second shows the steady peak. */
    public static final int STEPS = 2;

    /**
     * An interval of the timeline during which the memory of every band is constant.
     *
     * @param step  training step, from 1
     * @param phase the part of the step
     * @param start start time (schematic units)
     * @param end   end time
     * @param bytes bytes held per band
     */
    public record Slice(int step, Phase phase, double start, double end, Map<Band, Double> bytes) {
        public Slice {
            bytes = Collections.unmodifiableMap(new EnumMap<>(bytes));
        }

        public double of(Band band) {
            return bytes.getOrDefault(band, 0.0);
        }

        public double totalBytes() {
            return bytes.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private final VramEstimate estimate;
    private final List<Slice> slices;

    private TrainingStepMemory(VramEstimate estimate, List<Slice> slices) {
        this.estimate = estimate;
        this.slices = List.copyOf(slices);
    }

    /**
     * The inputs of the lecture's training example: full training in BF16 with Adam (mixed precision),
     * batch 1, 2.048 tokens, one GPU, no gradient checkpointing.
     */
    public static VramInputs inputs(ModelConfig model) {
        return VramInputs.builder(model).mode(TrainingMode.FULL).precision(Precision.BF16)
                .optimizer(Optimizer.ADAM).batch(1).seqLen(2048).gpus(1).build();
    }

    /** The timeline of {@link #inputs(ModelConfig)} for a model with a known architecture. */
    public static TrainingStepMemory of(ModelConfig model) {
        if (!model.hasArchitecture()) {
            throw new IllegalArgumentException(model.name() + ": the timeline needs the layers of the model");
        }
        VramEstimate e = VramEstimator.estimate(inputs(model));
        int layers = model.layers();
        double weights = e.weightsBytes();
        double master = e.masterWeightsBytes();
        double adam = e.optimizerBytes() - master;
        double gradients = e.gradientsBytes();
        double perLayer = e.activationsBytes() / layers;
        double logits = e.logitsBytes();
        int forwardSlices = layers + 1; // every layer, then the output head and its logits

        List<Slice> out = new ArrayList<>();
        double t = 0;
        for (int step = 1; step <= STEPS; step++) {
            double states = step == 1 ? 0 : adam;
            for (int i = 1; i <= forwardSlices; i++) {
                double kept = Math.min(i, layers) * perLayer + (i > layers ? logits : 0);
                out.add(slice(step, Phase.FORWARD, t, t + 1, weights, master, states, 0, kept));
                t += 1;
            }
            // backward from the head down: the head's slice still holds the logits; each layer's slice
            // holds the activations of that layer and the ones below it, and one more share of gradients
            for (int j = 0; j < forwardSlices; j++) {
                double kept = j == 0 ? layers * perLayer + logits : (layers - j + 1) * perLayer;
                double grads = gradients * (j + 1) / forwardSlices;
                out.add(slice(step, Phase.BACKWARD, t, t + 2, weights, master, states, grads, kept));
                t += 2;
            }
            double optimizerTime = 1.5 * forwardSlices;
            out.add(slice(step, Phase.OPTIMIZER, t, t + optimizerTime, weights, master, adam, gradients, 0));
            t += optimizerTime;
        }
        return new TrainingStepMemory(e, out);
    }

    private static Slice slice(int step, Phase phase, double start, double end, double weights, double master,
            double adam, double gradients, double activations) {
        Map<Band, Double> bytes = new EnumMap<>(Band.class);
        bytes.put(Band.WEIGHTS, weights);
        bytes.put(Band.MASTER_COPY, master);
        bytes.put(Band.ADAM_STATES, adam);
        bytes.put(Band.GRADIENTS, gradients);
        bytes.put(Band.ACTIVATIONS, activations);
        return new Slice(step, phase, start, end, bytes);
    }

    /** The estimate the timeline lays out. */
    public VramEstimate estimate() {
        return estimate;
    }

    public List<Slice> slices() {
        return slices;
    }

    /** End of the timeline, in schematic units. */
    public double duration() {
        return slices.get(slices.size() - 1).end();
    }

    /** The first slice holding the most memory. */
    public Slice peak() {
        Slice best = slices.get(0);
        for (Slice s : slices) {
            if (s.totalBytes() > best.totalBytes()) {
                best = s;
            }
        }
        return best;
    }

    /** Start and end time of one phase of one step. */
    public double[] span(int step, Phase phase) {
        double start = Double.NaN;
        double end = Double.NaN;
        for (Slice s : slices) {
            if (s.step() == step && s.phase() == phase) {
                start = Double.isNaN(start) ? s.start() : start;
                end = s.end();
            }
        }
        return new double[] {start, end};
    }

    /** Bytes of the band at its largest, over the whole timeline. */
    public double maxOf(Band band) {
        return slices.stream().mapToDouble(s -> s.of(band)).max().orElse(0);
    }
}
