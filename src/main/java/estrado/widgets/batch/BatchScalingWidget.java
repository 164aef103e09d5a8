package estrado.widgets.batch;

import estrado.deck.Block;
import estrado.deck.Problems;
import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.Numbers;
import estrado.widgets.ParamSpec;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetState;
import estrado.widgets.WidgetType;
import estrado.widgets.batch.BatchScaling;
import estrado.widgets.chart.LinePlot;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import estrado.widgets.vram.LoraTarget;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramWidget;
import estrado.widgets.vram.VramInputs;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * {@code batch-scaling}: estimated memory against batch size, one line per sequence length, with
 * the GPUs' memory across. Marked as an estimate: it replaces the seed's memory_scaling_batch.png,
 * which was a measurement.
 */
public final class BatchScalingWidget {
    public static final String NAME = "batch-scaling";

    public static final WidgetType<State> TYPE = new WidgetType<>(NAME, List.of(
            ParamSpec.choice("model", "qwen2.5-1.5b", new ArrayList<>(ModelPresets.all().keySet())),
            ParamSpec.choice("mode", "full", List.of("inference", "full", "lora", "qlora")),
            ParamSpec.choice("precision", "bf16", List.of("fp32", "fp16", "bf16")),
            ParamSpec.integer("max-batch", 64, 2, 4096),
            ParamSpec.choices("seqs", List.of("512", "1024", "2048", "4096"),
                    List.of("128", "256", "512", "1024", "2048", "4096", "8192", "16384", "32768")),
            ParamSpec.bool("checkpointing", false),
            ParamSpec.number("max-gb", 100.0, 1, 100_000),
            ParamSpec.bool("controls", true)),
            State::new, BatchScalingWidget::view, BatchScalingWidget::crossCheck, List.of());

    /** Model, mode and checkpointing as chosen on the slide. */
    public static final class State implements WidgetState {
        final ObjectProperty<String> model = new SimpleObjectProperty<>();
        final ObjectProperty<TrainingMode> mode = new SimpleObjectProperty<>();
        final BooleanProperty checkpointing = new SimpleBooleanProperty();
        private final WidgetParams params;

        State(WidgetParams params) {
            this.params = params;
            reset();
        }

        @Override
        public void reset() {
            model.set(params.choice("model"));
            mode.set(TrainingMode.parse(params.choice("mode")));
            checkpointing.set(params.bool("checkpointing"));
        }
    }

    private BatchScalingWidget() {
    }

    static void crossCheck(WidgetParams p, Block.Widget w, Problems problems) {
        if (p.integer("max-batch") > 0 && Integer.bitCount(p.integer("max-batch")) != 1) {
            problems.warning(VramWidget.at(w, "max-batch"), "widget.batch.notPowerOfTwo", p.integer("max-batch"));
        }
    }

    static Node view(State s, WidgetParams params, CitationNumbers cite) {
        VBox root = Controls.root(new VBox(), NAME);
        Live live = new Live(root);
        root.setSpacing(10);
        HBox top = new HBox();
        top.getStyleClass().add("w-header");
        top.setAlignment(Pos.CENTER_LEFT);
        Label estimate = Controls.label(Messages.get("widget.estimate"), "w-estimate");
        if (params.bool("controls")) {
            top.getChildren().addAll(
                    Controls.stepper(new ArrayList<>(ModelPresets.all().keySet()), VramWidget::modelName, s.model, live),
                    Controls.segmented(List.of(TrainingMode.values()), VramWidget::modeName, s.mode, live),
                    Controls.toggle(Messages.get("widget.vram.checkpointing"), s.checkpointing, live),
                    Controls.spacer(), Controls.resetButton(s));
        }
        Label title = Controls.label("", "w-note-strong");
        HBox titleRow = new HBox(estimate, title);
        titleRow.setSpacing(18);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        LinePlot plot = new LinePlot(380);
        plot.setPrefHeight(550);
        VBox.setVgrow(plot, Priority.ALWAYS);
        Label note = Controls.wrapping(Messages.get("widget.batch.note") + " · " + Messages.get("widget.units"), "w-note");
        root.getChildren().addAll(top, titleRow, plot, note);

        List<Integer> batches = BatchScaling.powersOfTwo(params.integer("max-batch"));
        List<Integer> seqs = params.choices("seqs").stream().map(Integer::parseInt).sorted().toList();
        live.on(() -> {
            List<LinePlot.Series> lines = new ArrayList<>();
            double tallest = 0;
            for (int seq : seqs) {
                VramInputs base = VramInputs.builder(ModelPresets.byKey(s.model.get())).mode(s.mode.get())
                        .precision(Precision.parse(params.choice("precision"))).seqLen(seq)
                        .gradientCheckpointing(s.checkpointing.get()).loraTargets(LoraTarget.ALL_LINEAR).build();
                List<Double> gb = BatchScaling.overBatch(base, batches).stream().map(p -> p.estimate().perGpuGb())
                        .toList();
                tallest = Math.max(tallest, gb.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                lines.add(new LinePlot.Series(Messages.get("widget.unit.tokens", Numbers.integer(seq)), gb));
            }
            title.setText(Messages.get("widget.batch.title", VramWidget.modelName(s.model.get()),
                    VramWidget.modeName(s.mode.get()), params.choice("precision").toUpperCase(java.util.Locale.ROOT)));
            plot.show(batches.stream().map(String::valueOf).toList(), lines, VramWidget.gpuMarks(),
                    Math.min(params.number("max-gb"), Math.max(tallest * 1.1, 18)), Messages.get("widget.batch.axis"), "GB");
        }, s.model, s.mode, s.checkpointing);
        return root;
    }
}
