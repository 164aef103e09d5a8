package estrado.widgets.quantization;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.Numbers;
import estrado.widgets.ParamSpec;
import estrado.widgets.Sources;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.chart.ColumnChart;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.ModelChoiceSettings;
import estrado.widgets.model.Precision;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import estrado.widgets.vram.VramWidgetParts;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * {@code quantization-chart}: the lecture's formula at FP32, FP16, BF16, INT8 and INT4 for one
 * model, as bars against the GPUs' memory. Replaces the seed's quantization.png.
 */
public final class QuantizationWidget {
    public static final String NAME = "quantization-chart";

    /** A quantization-chart block: its model, and whether it draws the GPUs' capacity lines and the controls. */
    record Settings(ModelChoice model, boolean gpuLines, boolean controls) {
        static final List<ParamSpec> PARAMS = params();

        private static List<ParamSpec> params() {
            List<ParamSpec> specs = new ArrayList<>(ModelChoiceSettings.PARAMS);
            specs.add(ParamSpec.bool("gpu-lines", true));
            specs.add(ParamSpec.bool("controls", true));
            return List.copyOf(specs);
        }

        static Settings read(WidgetParams p, WidgetType.Report report) {
            return new Settings(ModelChoiceSettings.read(p, report), p.bool("gpu-lines"), p.bool("controls"));
        }
    }

    public static final WidgetType<Settings, QuantizationState> TYPE = new WidgetType<>(NAME, Settings.PARAMS,
            Settings::read, QuantizationState::new, QuantizationWidget::view,
            List.of(Sources.MEMORY, Sources.LLM_INT8));

    private QuantizationWidget() {
    }

    static Node view(QuantizationState s, Settings settings, CitationNumbers cite) {
        VBox root = Controls.root(new VBox(), NAME);
        Live live = new Live(root);
        ColumnChart chart = new ColumnChart(170, 360);
        chart.setPrefHeight(500);
        chart.setMinHeight(400);
        VBox.setVgrow(chart, Priority.ALWAYS);

        HBox top = new HBox();
        top.getStyleClass().add("w-header");
        top.setAlignment(Pos.CENTER_LEFT);
        if (settings.controls()) {
            HBox model = Controls.row(Messages.get("widget.vram.model"),
                    Controls.stepper(ModelChoice.keysWithCustom(), VramWidgetParts::modelName, s.model, live));
            HBox free = Controls.row(Messages.get("widget.vram.params"),
                    Controls.decimalSlider(VramWidgetParts.FREE_PARAMS_B, s.paramsBillions, b -> Numbers.params(b * 1e9), live));
            free.setPrefWidth(700);
            live.on(() -> Controls.show(free, ModelChoice.CUSTOM.equals(s.model.get())), s.model);
            top.getChildren().addAll(model, free, Controls.spacer(), Controls.resetButton(s));
        }
        Label title = Controls.label("", "w-note-strong");
        Label note = Controls.wrapping(Messages.get("widget.quant.note") + " "
                + cite.marker(TYPE.sources()) + " · "
                + Messages.get("widget.units"), "w-note");
        root.getChildren().addAll(top, title, chart, note);
        root.setSpacing(10);

        live.on(() -> {
            QuantizationSeries q = QuantizationSeries.of(s.title(), s.totalParams());
            title.setText(q.modelName());
            List<ColumnChart.Column> cols = new ArrayList<>();
            double tallest = 0;
            for (QuantizationSeries.Bar b : q.bars()) {
                String cls = b.precision().isQuantized() ? "seg-bar-quantized" : "seg-bar";
                String caption = caption(b.precision()) + (settings.gpuLines() ? "\n" + fit(q, b.precision()) : "");
                cols.add(new ColumnChart.Column(caption, List.of(new ColumnChart.Segment(cls, b.gb())),
                        Numbers.gb(b.gb()), null));
                tallest = Math.max(tallest, b.gb());
            }
            chart.show(cols, settings.gpuLines() ? VramWidgetParts.gpuMarks() : List.of(), tallest * 1.15);
        }, s.model, s.paramsBillions);
        return root;
    }

    /** "FP32 · 4 bytes": bytes per parameter in the deck's words, never "4 B" beside "8 B parámetros". */
    static String caption(Precision p) {
        double bytes = p.bytesPerParam();
        return p.label() + " · " + (bytes == 1 ? Messages.get("widget.unit.byte")
                : Messages.get("widget.unit.bytes", Numbers.trimmed(bytes)));
    }

    /**
     * Under a bar, the smallest GPU memory that holds it ("cabe en 48 GB"), or that the biggest does not: the
     * lines can be a few pixels apart on a 70 B scale, and the notes' point is which line a bar stays under.
     */
    static String fit(QuantizationSeries q, Precision p) {
        List<QuantizationSeries.GpuLine> lines = q.gpuLines();
        return q.gpusThatFit(p).stream().findFirst()
                .map(g -> Messages.get("widget.quant.fits", Numbers.gb(g.memoryGb())))
                .orElseGet(() -> Messages.get("widget.quant.fitsNone", Numbers.gb(lines.get(lines.size() - 1).gb())));
    }
}
