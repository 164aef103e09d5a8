package estrado.widgets.memory;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.DeckSettingsState;
import estrado.widgets.Numbers;
import estrado.widgets.ParamSpec;
import estrado.widgets.Sources;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.chart.ColumnChart;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import estrado.widgets.vram.Optimizer;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramEstimate;
import estrado.widgets.vram.VramEstimator;
import estrado.widgets.vram.VramInputs;
import estrado.widgets.vram.VramWidgetParts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * {@code memory-breakdown}: the same model served and fully trained, side by side and stacked
 * (weights, gradients, optimizer states, activations, KV cache), for the slide "Training ≠ Inference".
 */
public final class MemoryBreakdownWidget {
    public static final String NAME = "memory-breakdown";

    /** A memory-breakdown block: the model both columns size and where the controls start. */
    record Settings(String model, Precision precision, Optimizer optimizer, int batch, int seq,
                    boolean checkpointing, boolean controls) {
        static final List<ParamSpec> PARAMS = List.of(
                ParamSpec.choice("model", "llama3-8b", new ArrayList<>(ModelPresets.all().keySet())),
                ParamSpec.choice("precision", Precision.BF16, Precision.FLOATS, Precision::key),
                ParamSpec.choice("optimizer", Optimizer.ADAM, List.of(Optimizer.values()), Optimizer::key),
                ParamSpec.integer("batch", 1, 1, 4096),
                ParamSpec.integer("seq", 2048, 1, 1_048_576),
                ParamSpec.bool("checkpointing", false),
                ParamSpec.bool("controls", true));

        static Settings read(WidgetParams p, WidgetType.Report report) {
            return new Settings(p.choice("model"), p.value("precision", Precision.class),
                    p.value("optimizer", Optimizer.class), p.integer("batch"), p.integer("seq"),
                    p.bool("checkpointing"), p.bool("controls"));
        }
    }

    public static final WidgetType<Settings, State> TYPE = new WidgetType<>(NAME, Settings.PARAMS, Settings::read,
            State::new, MemoryBreakdownWidget::view, List.of(Sources.ZERO));

    /** Model, batch, sequence and checkpointing as chosen on the slide. */
    public static final class State extends DeckSettingsState<Settings> {
        final ObjectProperty<String> model = new SimpleObjectProperty<>();
        final IntegerProperty batch = new SimpleIntegerProperty();
        final IntegerProperty seqLen = new SimpleIntegerProperty();
        final BooleanProperty checkpointing = new SimpleBooleanProperty();

        @Override
        protected void load(Settings d) {
            model.set(d.model());
            batch.set(d.batch());
            seqLen.set(d.seq());
            checkpointing.set(d.checkpointing());
        }

        VramInputs.Builder inputs() {
            return VramInputs.builder(ModelPresets.byKey(model.get())).precision(deck().precision())
                    .optimizer(deck().optimizer())
                    .batch(batch.get()).seqLen(seqLen.get()).gradientCheckpointing(checkpointing.get());
        }
    }

    private MemoryBreakdownWidget() {
    }

    static Node view(State s, Settings settings, CitationNumbers cite) {
        HBox root = Controls.root(new HBox(), NAME);
        Live live = new Live(root);
        root.setAlignment(Pos.TOP_LEFT);

        VBox panel = new VBox();
        panel.getStyleClass().add("w-panel");
        if (settings.controls()) {
            panel.getChildren().addAll(
                    Controls.row(Messages.get("widget.vram.model"), Controls.stepper(
                            new ArrayList<>(ModelPresets.all().keySet()), VramWidgetParts::modelName, s.model, live)),
                    Controls.row(Messages.get("widget.vram.batch"), Controls.slider(VramWidgetParts.BATCHES, s.batch,
                            b -> Messages.get("widget.unit.sequences", b), live)),
                    Controls.row(Messages.get("widget.vram.seq"), Controls.slider(VramWidgetParts.SEQ_LENS, s.seqLen,
                            n -> Messages.get("widget.unit.tokens", Numbers.integer(n)), live)),
                    Controls.row(Messages.get("widget.vram.options"),
                            Controls.toggle(Messages.get("widget.vram.checkpointing"), s.checkpointing, live)));
        }
        Label ratio = Controls.label("", "w-big-number");
        Label ratioText = Controls.wrapping("", "w-note-strong");
        Label states = Controls.wrapping("", "w-note-strong");
        Label setup = Controls.wrapping("", "w-note");
        HBox reset = new HBox(Controls.spacer(), Controls.resetButton(s));
        panel.getChildren().addAll(ratio, ratioText, states, setup, Controls.spacer(), reset);
        panel.setSpacing(16);

        // the legend runs across the top, so the chart has the width for two totals of millions of GB side by
        // side and for its capacity lines' full names
        ColumnChart chart = new ColumnChart(160, 330);
        chart.setPrefSize(1100, 600);
        chart.setMinSize(760, 400);
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("w-legend");
        legend.setPrefWrapLength(1000);
        VBox right = new VBox(18, legend, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        root.getChildren().addAll(panel, right);
        root.setSpacing(25);

        live.on(() -> {
            VramEstimate infer = VramEstimator.estimate(s.inputs().mode(TrainingMode.INFERENCE).build());
            VramEstimate train = VramEstimator.estimate(s.inputs().mode(TrainingMode.FULL).build());
            Map<String, Double> shown = new LinkedHashMap<>();
            List<ColumnChart.Column> cols = List.of(
                    column(Messages.get("widget.memory.inference"), infer, shown),
                    column(Messages.get("widget.memory.training"), train, shown));
            chart.show(cols, VramWidgetParts.gpuMarks(), VramWidgetParts.scaleMax(train.totalGb()));
            legend.getChildren().clear();
            // top-down, as the segments stack
            List<String> keys = new ArrayList<>(train.componentsGb().keySet());
            java.util.Collections.reverse(keys);
            keys.removeIf(k -> !shown.containsKey(k));
            for (String key : keys) {
                Region sw = new Region();
                sw.getStyleClass().addAll("w-swatch", VramWidgetParts.componentClass(key));
                HBox row = new HBox(sw, Controls.label(Messages.get("widget.component." + key), "w-legend-name"));
                row.getStyleClass().add("w-legend-row");
                row.setAlignment(Pos.CENTER_LEFT);
                legend.getChildren().add(row);
            }
            ratio.setText(Numbers.factor(train.totalGb() / infer.totalGb()));
            ratioText.setText(Messages.get("widget.memory.ratio"));
            double bytes = settings.precision().bytesPerParam();
            double statesPerParam = train.modelStatesBytes() / train.inputs().model().totalParams();
            states.setText(Messages.get("widget.memory.states", Numbers.trimmed(statesPerParam), Numbers.trimmed(bytes),
                    Numbers.factor(statesPerParam / bytes)) + " " + cite.marker(TYPE.sources()));
            setup.setText(Messages.get("widget.memory.setup", settings.precision().label(),
                    VramWidgetParts.optimizerName(settings.optimizer())) + " · "
                    + Messages.get("widget.units"));
        }, s.model, s.batch, s.seqLen, s.checkpointing);
        return root;
    }

    private static ColumnChart.Column column(String caption, VramEstimate e, Map<String, Double> shown) {
        List<ColumnChart.Segment> segs = new ArrayList<>();
        e.componentsGb().forEach((key, gb) -> {
            if (gb > 0) {
                segs.add(new ColumnChart.Segment(VramWidgetParts.componentClass(key), gb));
                shown.merge(key, gb, Double::sum);
            }
        });
        return new ColumnChart.Column(caption, segs, Numbers.gb(e.totalGb()), null);
    }
}
