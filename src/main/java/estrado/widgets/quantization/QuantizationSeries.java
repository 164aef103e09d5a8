package estrado.widgets.quantization;

import estrado.widgets.model.ModelConfig;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.GpuPreset;
import estrado.widgets.vram.SimpleVram;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars of the quantization-chart widget: the lecture's simple formula at every precision, with the
 * GPU capacities drawn across them.
 *
 * @param modelName name shown on the chart
 * @param params    total parameters the bars are computed from
 * @param bars      one bar per precision, FP32 first
 * @param gpuLines  capacity lines, smallest GPU first
 */
public record QuantizationSeries(String modelName, long params, List<Bar> bars, List<GpuLine> gpuLines) {

    /** One precision's memory by {@link SimpleVram}. */
    public record Bar(Precision precision, double gb) {
    }

    /** A horizontal capacity line. */
    public record GpuLine(GpuPreset gpu, double gb) {
    }

    public QuantizationSeries {
        bars = List.copyOf(bars);
        gpuLines = List.copyOf(gpuLines);
    }

    public static QuantizationSeries of(ModelConfig model) {
        return of(model.name(), model.totalParams());
    }

    public static QuantizationSeries of(String modelName, long params) {
        List<Bar> bars = new ArrayList<>();
        for (Precision p : Precision.values()) {
            bars.add(new Bar(p, SimpleVram.gb((double) params, p)));
        }
        List<GpuLine> lines = new ArrayList<>();
        for (GpuPreset g : GpuPreset.values()) {
            lines.add(new GpuLine(g, g.memoryGb()));
        }
        lines.sort((x, y) -> Double.compare(x.gb(), y.gb()));
        return new QuantizationSeries(modelName, params, bars, lines);
    }

    /** The bar for one precision. */
    public double gb(Precision precision) {
        return bars.stream().filter(b -> b.precision() == precision).findFirst()
                .orElseThrow().gb();
    }

    /** GPUs whose single card holds the model at this precision, by the simple formula. */
    public List<GpuPreset> gpusThatFit(Precision precision) {
        double gb = gb(precision);
        return gpuLines.stream().filter(l -> l.gb() >= gb).map(GpuLine::gpu).toList();
    }
}
