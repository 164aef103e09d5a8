package estrado.widgets.batch;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.DeckSettingsState;
import estrado.widgets.Numbers;
import estrado.widgets.ParamSpec;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.chart.LinePlot;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramInputs;
import estrado.widgets.vram.VramWidgetParts;
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

    /**
     * A batch-scaling block: the model, mode and precision sized, the batches (powers of two up to
     * {@code maxBatch}) and sequence lengths drawn, the top of the scale.
     */
    record Settings(String model, TrainingMode mode, Precision precision, int maxBatch, List<Integer> seqs,
                    boolean checkpointing, double maxGb, boolean controls) {
        /** Sequence lengths a deck may draw, one line each. */
        // here, not in the widget class, whose TYPE reads PARAMS: read from this initializer, the widget class
        // would start first and find PARAMS still null when Settings happened to be loaded first
        static final List<Integer> SEQ_CHOICES = List.of(128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768);
        static final List<ParamSpec> PARAMS = List.of(
                ParamSpec.choice("model", "qwen2.5-1.5b", new ArrayList<>(ModelPresets.all().keySet())),
                ParamSpec.choice("mode", TrainingMode.FULL, List.of(TrainingMode.values()), TrainingMode::key),
                ParamSpec.choice("precision", Precision.BF16, Precision.FLOATS, Precision::key),
                ParamSpec.integer("max-batch", 64, 2, 4096),
                ParamSpec.choices("seqs", List.of(512, 1024, 2048, 4096), SEQ_CHOICES, String::valueOf),
                ParamSpec.bool("checkpointing", false),
                ParamSpec.number("max-gb", 100.0, 1, 100_000),
                ParamSpec.bool("controls", true));

        /** The settings; a maximum batch that is not a power of two is drawn up to the one below, with a warning. */
        static Settings read(WidgetParams p, WidgetType.Report report) {
            int maxBatch = p.integer("max-batch");
            if (maxBatch > 0 && Integer.bitCount(maxBatch) != 1) {
                report.warning("max-batch", "widget.batch.notPowerOfTwo", maxBatch);
            }
            return new Settings(p.choice("model"), p.value("mode", TrainingMode.class),
                    p.value("precision", Precision.class), maxBatch,
                    p.values("seqs", Integer.class).stream().sorted().toList(), p.bool("checkpointing"),
                    p.number("max-gb"), p.bool("controls"));
        }
    }

    public static final WidgetType<Settings, State> TYPE = new WidgetType<>(NAME, Settings.PARAMS, Settings::read,
            State::new, BatchScalingWidget::view, List.of());

    /** Model, mode and checkpointing as chosen on the slide. */
    public static final class State extends DeckSettingsState<Settings> {
        final ObjectProperty<String> model = new SimpleObjectProperty<>();
        final ObjectProperty<TrainingMode> mode = new SimpleObjectProperty<>();
        final BooleanProperty checkpointing = new SimpleBooleanProperty();

        @Override
        protected void load(Settings d) {
            model.set(d.model());
            mode.set(d.mode());
            checkpointing.set(d.checkpointing());
        }
    }

    private BatchScalingWidget() {
    }

    static Node view(State s, Settings settings, CitationNumbers cite) {
        VBox root = Controls.root(new VBox(), NAME);
        Live live = new Live(root);
        root.setSpacing(10);
        HBox top = new HBox();
        top.getStyleClass().add("w-header");
        top.setAlignment(Pos.CENTER_LEFT);
        Label estimate = Controls.label(Messages.get("widget.estimate"), "w-estimate");
        if (settings.controls()) {
            top.getChildren().addAll(
                    Controls.stepper(new ArrayList<>(ModelPresets.all().keySet()), VramWidgetParts::modelName, s.model, live),
                    Controls.segmented(List.of(TrainingMode.values()), VramWidgetParts::modeName, s.mode, live),
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

        List<Integer> batches = BatchScaling.powersOfTwo(settings.maxBatch());
        List<Integer> seqs = settings.seqs();
        live.on(() -> {
            List<LinePlot.Series> lines = new ArrayList<>();
            double tallest = 0;
            for (int seq : seqs) {
                VramInputs base = VramInputs.builder(ModelPresets.byKey(s.model.get())).mode(s.mode.get())
                        .precision(settings.precision()).seqLen(seq)
                        .gradientCheckpointing(s.checkpointing.get()).loraTargets(LoraTarget.ALL_LINEAR).build();
                List<Double> gb = BatchScaling.overBatch(base, batches).stream().map(p -> p.estimate().perGpuGb())
                        .toList();
                tallest = Math.max(tallest, gb.stream().mapToDouble(Double::doubleValue).max().orElse(0));
                lines.add(new LinePlot.Series(Messages.get("widget.unit.tokens", Numbers.integer(seq)), gb));
            }
            title.setText(Messages.get("widget.batch.title", VramWidgetParts.modelName(s.model.get()),
                    VramWidgetParts.modeName(s.mode.get()), settings.precision().label()));
            plot.show(batches.stream().map(String::valueOf).toList(), lines, VramWidgetParts.gpuMarks(),
                    Math.min(settings.maxGb(), Math.max(tallest * 1.1, 18)), Messages.get("widget.batch.axis"), "GB");
        }, s.model, s.mode, s.checkpointing);
        return root;
    }
}
