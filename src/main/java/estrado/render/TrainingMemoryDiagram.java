package estrado.render;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.vram.TrainingStepMemory;
import estrado.widgets.vram.TrainingStepMemory.Band;
import estrado.widgets.vram.TrainingStepMemory.Phase;
import estrado.widgets.vram.TrainingStepMemory.Slice;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;

/**
 * GPU memory through two training steps of a model, drawn as a PyTorch memory profile looks: stacked
 * bands over time, computed by {@link TrainingStepMemory} from the VRAM estimator (ZeRO's bytes per
 * parameter, rajbhandari2020zero; activations broken down as in smirnov2023vram). Bands are rectangles
 * and the axes lines, so the PDF keeps the chart as vectors.
 */
final class TrainingMemoryDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 640;
    static final double GB = 1e9;
    private static final double X0 = 130;
    private static final double X1 = 1150;
    private static final double TOP = 56;
    private static final double BOTTOM = 516;
    private static final double LABEL_X = 1176;
    private static final double LABEL_H = 70;
    /** A change of the total taller than this (px) is drawn as a jump, not as part of a slope. */
    private static final double JUMP = 10;
    /** The bands named at the chart's right end, where all of them but the activations are held. */
    private static final Band[] END_BANDS = {Band.GRADIENTS, Band.ADAM_STATES, Band.MASTER_COPY, Band.WEIGHTS};

    private TrainingMemoryDiagram() {
    }

    static Pane draw(ModelConfig model, String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-training-memory");
        TrainingStepMemory memory = TrainingStepMemory.of(model);
        Chart c = new Chart(memory);

        k.box(X0, 0, WIDTH - X0, 44, "diagram-free diagram-left",
                k.lines("diagram-note", k.t("mem.title", model.name(), k.number(memory.estimate().inputs().seqLen(), 0))));
        k.label(0, TOP - 44, X0 - 14, 36, k.lines("diagram-small", k.t("mem.gb")));
        for (double v = 0; v <= c.yMax + 1e-9; v += c.tick) {
            double y = c.y(v * GB);
            k.line(X0, y, X1, y, "chart-grid");
            k.box(0, y - 17, X0 - 14, 34, "diagram-free diagram-right", k.lines("diagram-small", k.number(v, 1)));
        }
        for (Band band : Band.values()) {
            bands(k, c, memory.slices(), band);
        }
        outline(k, c, memory.slices());
        k.line(X0, TOP, X0, BOTTOM, "chart-axis");
        k.line(X0, BOTTOM, X1, BOTTOM, "chart-axis");

        // phases under the axis, steps under them, a dashed line between the steps' names (not through
        // the chart, where it would cut the peak's label)
        for (int step = 1; step <= TrainingStepMemory.STEPS; step++) {
            for (Phase phase : Phase.values()) {
                double[] span = memory.span(step, phase);
                double a = c.x(span[0]);
                double b = c.x(span[1]);
                k.line(b, BOTTOM, b, BOTTOM + 10, "chart-axis");
                k.label(a, BOTTOM + 10, b - a, 36, k.lines("diagram-small", k.t("mem.phase." + phase.name().toLowerCase(Locale.ROOT))));
            }
            double[] first = memory.span(step, Phase.FORWARD);
            double[] last = memory.span(step, Phase.OPTIMIZER);
            k.label(c.x(first[0]), BOTTOM + 50, c.x(last[1]) - c.x(first[0]), 36,
                    k.lines("diagram-label-strong", k.t("mem.step", step)));
            if (step > 1) {
                k.line(c.x(first[0]), BOTTOM, c.x(first[0]), BOTTOM + 84, "chart-divider");
            }
        }
        k.box(X1 + 10, BOTTOM + 50, WIDTH - X1 - 10, 36, "diagram-free diagram-left", k.lines("diagram-note", k.t("mem.time")));

        // the peak, over the slice that holds the most
        Slice peak = memory.peak();
        double px = c.x((peak.start() + peak.end()) / 2);
        double py = c.y(peak.totalBytes());
        k.box(Math.max(X0 + 6, Math.min(px - 170, X1 - 340)), py - 50, 340, 40, "diagram-free",
                k.lines("diagram-label-strong", k.t("mem.peak", k.number(peak.totalBytes() / GB, 1))));
        // the activations, named over the first step's mountain (no Adam states under it yet)
        Slice top1 = mostActivations(memory, 1);
        double ax = c.x(top1.end());
        double ay = c.y(top1.totalBytes());
        k.box(Math.max(X0 + 6, ax - 140), ay - 82, 280, 70, "diagram-free",
                k.lines("diagram-small", k.t("mem.band.activations")),
                k.lines("diagram-note", k.t("mem.max", k.number(memory.maxOf(Band.ACTIVATIONS) / GB, 1))));

        endLabels(k, c, memory.slices().get(memory.slices().size() - 1));
        return k.pane();
    }

    /** The slice of one step holding the most activations. */
    private static Slice mostActivations(TrainingStepMemory memory, int step) {
        Slice best = null;
        for (Slice s : memory.slices()) {
            if (s.step() == step && (best == null || s.of(Band.ACTIVATIONS) > best.of(Band.ACTIVATIONS))) {
                best = s;
            }
        }
        return best;
    }

    /** One band as rectangles, neighbouring slices with the same extent merged into one. */
    private static void bands(DiagramKit k, Chart c, List<Slice> slices, Band band) {
        double start = 0;
        double lo = -1;
        double hi = -1;
        for (Slice s : slices) {
            double below = below(s, band);
            double above = below + s.of(band);
            if (below != lo || above != hi) {
                rect(k, c, band, start, s.start(), lo, hi);
                start = s.start();
                lo = below;
                hi = above;
            }
        }
        rect(k, c, band, start, slices.get(slices.size() - 1).end(), lo, hi);
    }

    private static void rect(DiagramKit k, Chart c, Band band, double from, double to, double lo, double hi) {
        if (hi - lo <= 0 || to <= from) {
            return;
        }
        double top = c.y(hi);
        // a pixel and a half of overlap with the next rectangle hides the seam between them, also
        // when the diagram is drawn smaller than its natural size
        k.rect(c.x(from), top, c.x(to) - c.x(from) + 1.5, c.y(lo) - top, "mem-band band-" + cssName(band));
    }

    /**
     * A line along the top of the stack: vertical where the total jumps (Adam's states appear, the
     * gradients go), a slope through the middles of the slices where it climbs layer by layer.
     */
    private static void outline(DiagramKit k, Chart c, List<Slice> slices) {
        double cx = c.x(0);
        double cy = c.y(0);
        for (Slice s : slices) {
            double y = c.y(s.totalBytes());
            if (Math.abs(y - cy) > JUMP) {
                k.line(cx, cy, c.x(s.start()), cy, "chart-total");
                k.line(c.x(s.start()), cy, c.x(s.start()), y, "chart-total");
                cx = c.x(s.start());
                cy = y;
            }
            double mid = c.x((s.start() + s.end()) / 2);
            k.line(cx, cy, mid, y, "chart-total");
            cx = mid;
            cy = y;
        }
        k.line(cx, cy, c.x(slices.get(slices.size() - 1).end()), cy, "chart-total");
    }

    /** Bytes of the bands stacked under {@code band}. */
    private static double below(Slice s, Band band) {
        double sum = 0;
        for (Band b : Band.values()) {
            if (b == band) {
                break;
            }
            sum += s.of(b);
        }
        return sum;
    }

    /** Names the bands held at the end, beside them, pushed apart when thin bands would crowd. */
    private static void endLabels(DiagramKit k, Chart c, Slice last) {
        double[] wanted = new double[END_BANDS.length];
        for (int i = 0; i < END_BANDS.length; i++) {
            wanted[i] = c.y(below(last, END_BANDS[i]) + last.of(END_BANDS[i]) / 2);
        }
        double[] placed = spread(wanted, LABEL_H + 6, TOP, BOTTOM + 40);
        for (int i = 0; i < END_BANDS.length; i++) {
            Band b = END_BANDS[i];
            k.line(X1 + 4, wanted[i], LABEL_X - 6, placed[i], "chart-leader");
            k.rect(LABEL_X, placed[i] - 12, 24, 24, "mem-band band-" + cssName(b));
            k.box(LABEL_X + 32, placed[i] - LABEL_H / 2, WIDTH - LABEL_X - 32, LABEL_H, "diagram-free diagram-left",
                    k.lines("diagram-small", k.t("mem.band." + cssName(b))),
                    k.lines("diagram-note", k.t("mem.value", k.number(last.of(b) / GB, 1))));
        }
    }

    /**
     * Centres at least {@code gap} apart, each as near its wish as it can be, within [min, max]
     * (wishes sorted top to bottom).
     */
    static double[] spread(double[] wish, double gap, double min, double max) {
        double[] y = wish.clone();
        for (int i = 0; i < y.length; i++) {
            double floor = i == 0 ? min + gap / 2 : y[i - 1] + gap;
            y[i] = Math.max(y[i], floor);
        }
        double ceiling = max - gap / 2;
        for (int i = y.length - 1; i >= 0; i--) {
            y[i] = Math.min(y[i], ceiling);
            ceiling = y[i] - gap;
        }
        return y;
    }

    static String cssName(Band band) {
        return switch (band) {
            case WEIGHTS -> "weights";
            case MASTER_COPY -> "master";
            case ADAM_STATES -> "adam";
            case GRADIENTS -> "gradients";
            case ACTIVATIONS -> "activations";
        };
    }

    /** Scales of the chart: schematic time across, GB up, with a round tick and room over the peak. */
    static final class Chart {
        final double duration;
        final double tick;
        final double yMax;

        Chart(TrainingStepMemory memory) {
            this.duration = memory.duration();
            double peakGb = memory.peak().totalBytes() / GB;
            this.tick = niceStep(peakGb / 6);
            double max = Math.ceil(peakGb / tick) * tick;
            // the peak's label needs ~50 px over the peak
            if ((max - peakGb) / max * (BOTTOM - TOP) < 56) {
                max += tick;
            }
            this.yMax = max;
        }

        double x(double t) {
            return X0 + t / duration * (X1 - X0);
        }

        double y(double bytes) {
            return BOTTOM - bytes / GB / yMax * (BOTTOM - TOP);
        }
    }

    /** The smallest of 1, 2, 2,5 and 5 times a power of ten that is at least {@code rough}. */
    static double niceStep(double rough) {
        double p = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= rough) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
