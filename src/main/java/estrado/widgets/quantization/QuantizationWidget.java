package estrado.widgets.quantization;

import estrado.deck.Problems;
import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.Numbers;
import estrado.widgets.ParamSpec;
import estrado.widgets.Sources;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.chart.ColumnChart;
import estrado.widgets.model.Precision;
import estrado.widgets.quantization.QuantizationSeries;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import estrado.widgets.vram.VramWidget;
import estrado.widgets.vram.VramState;
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

    public static final WidgetType<QuantizationState> TYPE = new WidgetType<>(NAME, List.of(
            ParamSpec.choice("model", "llama3-8b", VramWidget.modelKeys()),
            ParamSpec.number("params", null, 0.01, 100_000),
            ParamSpec.text("label", null),
            ParamSpec.bool("gpu-lines", true),
            ParamSpec.bool("controls", true)),
            QuantizationState::new, QuantizationWidget::view, QuantizationWidget::crossCheck,
            List.of(Sources.MEMORY, Sources.LLM_INT8));

    private QuantizationWidget() {
    }

    static void crossCheck(WidgetParams p, estrado.deck.Block.Widget w, Problems problems) {
        if (p.isGiven("params") && p.isGiven("model") && !VramState.CUSTOM.equals(p.choice("model"))) {
            problems.error(VramWidget.at(w, "params"), "widget.vram.modelAndParams");
        }
    }

    static Node view(QuantizationState s, WidgetParams params, CitationNumbers cite) {
        VBox root = Controls.root(new VBox(), NAME);
        Live live = new Live(root);
        ColumnChart chart = new ColumnChart(170, 360);
        chart.setPrefHeight(500);
        chart.setMinHeight(400);
        VBox.setVgrow(chart, Priority.ALWAYS);

        HBox top = new HBox();
        top.getStyleClass().add("w-header");
        top.setAlignment(Pos.CENTER_LEFT);
        if (params.bool("controls")) {
            HBox model = Controls.row(Messages.get("widget.vram.model"),
                    Controls.stepper(VramWidget.modelKeys(), VramWidget::modelName, s.model, live));
            HBox free = Controls.row(Messages.get("widget.vram.params"),
                    Controls.decimalSlider(VramWidget.FREE_PARAMS_B, s.paramsBillions, b -> Numbers.params(b * 1e9), live));
            free.setPrefWidth(700);
            live.on(() -> Controls.show(free, VramState.CUSTOM.equals(s.model.get())), s.model);
            top.getChildren().addAll(model, free, Controls.spacer(), Controls.resetButton(s));
        }
        Label title = Controls.label("", "w-note-strong");
        Label note = Controls.wrapping(Messages.get("widget.quant.note") + " "
                + cite.marker(TYPE.sources()) + " · "
                + Messages.get("widget.units"), "w-note");
        root.getChildren().addAll(top, title, chart, note);
        root.setSpacing(10);

        live.on(() -> {
            QuantizationSeries q = QuantizationSeries.of(s.name(), s.totalParams());
            title.setText(Messages.get("widget.quant.title", q.modelName(), Numbers.params(q.params())));
            List<ColumnChart.Column> cols = new ArrayList<>();
            double tallest = 0;
            for (QuantizationSeries.Bar b : q.bars()) {
                String cls = b.precision().isQuantized() ? "seg-bar-quantized" : "seg-bar";
                cols.add(new ColumnChart.Column(caption(b.precision()),
                        List.of(new ColumnChart.Segment(cls, b.gb())), Numbers.gb(b.gb()), null));
                tallest = Math.max(tallest, b.gb());
            }
            chart.show(cols, params.bool("gpu-lines") ? VramWidget.gpuMarks() : List.of(), tallest * 1.15);
        }, s.model, s.paramsBillions);
        return root;
    }

    private static String caption(Precision p) {
        return p.label() + " · " + Numbers.trimmed(p.bytesPerParam()) + " B";
    }
}
