package estrado.widgets.vram;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.Numbers;
import estrado.widgets.Sources;
import estrado.widgets.chart.ColumnChart;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the widgets that size a model's memory share (vram-calculator, memory-breakdown, batch-scaling,
 * quantization-chart): the sliders' steps, the GPUs grouped by memory and drawn as capacity lines, the names of
 * models, modes, optimizers and memory components.
 */
public final class VramWidgetParts {
    public static final List<Integer> BATCHES = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256);
    public static final List<Integer> SEQ_LENS = List.of(128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768,
            131072);
    public static final List<Integer> GPU_COUNTS = List.of(1, 2, 3, 4, 6, 8, 16, 32, 64);
    public static final List<Integer> RANKS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256);
    public static final List<Double> FREE_PARAMS_B = List.of(0.5, 1.0, 1.5, 3.0, 7.0, 8.0, 13.0, 34.0, 70.0, 175.0,
            405.0);

    /**
     * The GPU presets grouped by memory size, smallest first: GPUs with the same memory fit the same
     * models and need as many cards, so they share a line ("L4 / RTX 4090 · 24 GB").
     */
    public static List<List<GpuPreset>> gpusBySize() {
        Map<Integer, List<GpuPreset>> bySize = new TreeMap<>();
        for (GpuPreset g : GpuPreset.values()) {
            bySize.computeIfAbsent(g.memoryGb(), k -> new ArrayList<>()).add(g);
        }
        return List.copyOf(bySize.values());
    }

    /** "L4 / RTX 4090 · 24 GB". */
    public static String gpuGroupName(List<GpuPreset> group) {
        return String.join(" / ", group.stream().map(VramWidgetParts::shortGpuName).toList())
                + " · " + group.get(0).memoryGb() + " GB";
    }

    private static String shortGpuName(GpuPreset g) {
        return g == GpuPreset.CLASS_48GB ? "A6000 / L40S" : g.label().replace("NVIDIA ", "").replaceAll(" \\d+ GB", "");
    }

    /** Capacity lines, one per distinct memory size: "24 GB · L4, RTX 4090". */
    public static List<ColumnChart.Mark> gpuMarks() {
        Map<Integer, List<String>> bySize = new TreeMap<>();
        for (GpuPreset g : GpuPreset.values()) {
            bySize.computeIfAbsent(g.memoryGb(), k -> new ArrayList<>()).add(shortGpuName(g).replace(" / ", "/"));
        }
        List<ColumnChart.Mark> marks = new ArrayList<>();
        bySize.forEach((gb, names) -> marks.add(new ColumnChart.Mark(gb, gb + " GB · " + String.join(", ", names))));
        return marks;
    }

    /** Capacity lines labelled with their size only, where the GPUs' names are listed beside the chart. */
    public static List<ColumnChart.Mark> gpuSizeMarks() {
        return Stream.of(GpuPreset.values()).map(GpuPreset::memoryGb).distinct().sorted()
                .map(gb -> new ColumnChart.Mark(gb, gb + " GB")).toList();
    }

    /** Top of a chart's scale: the tallest value with headroom, and the next GPU size above it in view. */
    public static double scaleMax(double tallest) {
        double next = Stream.of(GpuPreset.values()).mapToDouble(GpuPreset::memoryGb).filter(g -> g >= tallest)
                .min().orElse(tallest);
        return Math.max(tallest * 1.15, next * 1.08);
    }

    public static String componentClass(String key) {
        return "seg-" + key.replace('_', '-');
    }

    public static String modelName(String key) {
        return VramState.CUSTOM.equals(key) ? Messages.get("widget.vram.custom") : ModelPresets.byKey(key).name();
    }

    public static String modeName(TrainingMode m) {
        return Messages.get("widget.mode." + m.key());
    }

    public static String optimizerName(Optimizer o) {
        return Messages.get("widget.optimizer." + o.key());
    }

    /** The detailed view's notes: what the figure leaves out or assumes, with the sources' markers. */
    static String notes(VramEstimate e, CitationNumbers cite) {
        List<String> parts = new ArrayList<>();
        if (!e.architectureKnown()) {
            parts.add(Messages.get("widget.vram.noteNoArchitecture"));
        }
        TrainingMode m = e.inputs().mode();
        if (m == TrainingMode.FULL && e.inputs().weightPrecision().isHalf()
                && e.inputs().optimizer() == Optimizer.ADAM) {
            parts.add(Messages.get("widget.vram.noteZero") + " " + cite.marker(List.of(Sources.ZERO)));
        }
        if (m.isTraining()) {
            parts.add(Messages.get("widget.vram.trainable", Numbers.params(e.trainableParams()),
                    Numbers.number(100.0 * e.trainableParams() / e.inputs().model().totalParams(), 0, 2)));
        }
        if (m == TrainingMode.QLORA || e.inputs().weightPrecision() == Precision.INT4) {
            parts.add(Messages.get("widget.vram.noteNf4") + " " + cite.marker(List.of(Sources.QLORA)));
        }
        if (e.inputs().model().isMoe()) {
            parts.add(Messages.get("widget.vram.noteMoe", Numbers.params(e.inputs().model().totalParams()),
                    Numbers.params(e.inputs().model().moe().activeParams())));
        }
        return String.join(" · ", parts);
    }

    private VramWidgetParts() {
    }
}
