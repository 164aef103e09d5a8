package estrado.widgets.vram;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.Numbers;
import estrado.widgets.Sources;
import estrado.widgets.WidgetType;
import estrado.widgets.chart.ColumnChart;
import estrado.widgets.lora.LoraTarget;
import estrado.widgets.model.ModelChoice;
import estrado.widgets.model.Precision;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import estrado.widgets.ui.TotalLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * {@code vram-calculator}: how much GPU memory a model needs, as the lecture's one-line formula
 * (simple view) or as the detailed breakdown of {@link VramEstimator} (detailed view), with the
 * GPUs it fits on. Replaces the seed's screenshot of an online calculator.
 */
public final class VramWidget {
    public static final String NAME = "vram-calculator";


    public static final WidgetType<VramSettings, VramState> TYPE = new WidgetType<>(NAME, VramSettings.PARAMS,
            VramSettings::read, VramState::new, VramWidget::view, List.of(Sources.MEMORY, Sources.ZERO, Sources.QLORA));

    private VramWidget() {
    }

    static Node view(VramState state, VramSettings settings, CitationNumbers cite) {
        return new View(state, settings, cite).root;
    }

    /** One rendering of the calculator, bound to the shared state. */
    private static final class View {
        final HBox root = Controls.root(new HBox(), NAME);
        final VramState s;
        final CitationNumbers cite;
        final Set<String> shown;
        final Live live;

        // simple view
        final Label substituted = Controls.label("", "w-formula");
        final Label simpleGb = Controls.label("", "w-big-number");
        final Label simpleGib = Controls.label("", "w-sub-number");
        final FlowPane simpleChips = chips();
        final VBox simplePane;

        // detailed view
        final Label totalGb = Controls.label("", "w-big-number");
        final Label totalGib = Controls.label("", "w-sub-number");
        final Label perGpu = Controls.label("", "w-note-strong");
        final ColumnChart chart = new ColumnChart(130, 130);
        final GridPane legend = new GridPane();
        final GridPane gpuGrid = new GridPane();
        final Map<String, LegendRow> legendRows = new java.util.HashMap<>();
        final List<Label[]> gpuRows = new ArrayList<>();
        final Label notes = Controls.wrapping("", "w-note");
        final VBox detailedPane;

        final Label notice = Controls.wrapping("", "w-notice");

        View(VramState state, VramSettings settings, CitationNumbers cite) {
            this.s = state;
            this.cite = cite;
            this.shown = settings.controls();
            this.live = new Live(root);
            root.setAlignment(Pos.TOP_LEFT);
            // every source this widget may cite, numbered now: the slide's foot is drawn once,
            // while a note (ZeRO, QLoRA) may only appear after the lecturer moves a control
            for (String key : TYPE.sources()) {
                cite.number(key);
            }

            buildLegendAndGpuRows();
            VBox panel = controls();
            simplePane = simplePane();
            detailedPane = detailedPane();
            StackPane results = new StackPane(simplePane, detailedPane, notice);
            StackPane.setAlignment(notice, Pos.CENTER_LEFT);
            results.setAlignment(Pos.TOP_LEFT);
            HBox header = new HBox();
            header.getStyleClass().add("w-header");
            header.setAlignment(Pos.CENTER_LEFT);
            if (shown.contains("view")) {
                header.getChildren().add(Controls.segmented(List.of(VramSettings.View.values()),
                        v -> Messages.get("widget.vram.view." + v.key()),
                        s.view, live));
            }
            header.getChildren().addAll(Controls.label(Messages.get("widget.unitsShort"), "w-note"), Controls.spacer(),
                    Controls.resetButton(s));
            VBox right = new VBox(header, results);
            right.getStyleClass().add("w-results");
            // long notes wrap inside the slide instead of widening the widget past the canvas
            right.setMinWidth(0);
            right.setPrefWidth(970);
            HBox.setHgrow(right, Priority.ALWAYS);
            VBox.setVgrow(results, Priority.ALWAYS);
            // the widget takes the slide's whole height, so the chart can give up what a wrapped total or a
            // third line of notes needs
            VBox.setVgrow(root, Priority.ALWAYS);
            root.getChildren().addAll(panel, right);
            live.on(this::recompute, s.all());
        }

        private VBox controls() {
            VBox panel = new VBox();
            panel.getStyleClass().add("w-panel");
            List<String> models = ModelChoice.keysWithCustom();
            add(panel, "model", Messages.get("widget.vram.model"),
                    Controls.stepper(models, VramWidgetParts::modelName, s.model, live),
                    () -> true);
            add(panel, "params", Messages.get("widget.vram.params"),
                    Controls.decimalSlider(VramWidgetParts.FREE_PARAMS_B, s.paramsBillions,
                            b -> Numbers.params(b * 1e9), live),
                    () -> VramState.CUSTOM.equals(s.model.get()));
            // QLoRA stores NF4 whatever this says: greyed out rather than hidden, so the rows below
            // (the mode buttons the lecturer just pressed) do not jump under the pointer
            HBox precisionRow = add(panel, "precision", Messages.get("widget.vram.precision"),
                    Controls.segmented(List.of(Precision.values()), Precision::label, s.precision, live),
                    () -> true);
            if (precisionRow != null) {
                live.on(() -> precisionRow.setDisable(s.mode.get() == TrainingMode.QLORA), s.mode);
            }
            add(panel, "mode", Messages.get("widget.vram.mode"),
                    Controls.segmented(List.of(TrainingMode.values()), VramWidgetParts::modeName, s.mode, live),
                    this::detailed);
            add(panel, "batch", Messages.get("widget.vram.batch"),
                    Controls.slider(VramWidgetParts.BATCHES, s.batch, b -> Messages.get("widget.unit.sequences", b), live),
                    this::detailed);
            add(panel, "seq", Messages.get("widget.vram.seq"),
                    Controls.slider(VramWidgetParts.SEQ_LENS, s.seqLen, n -> Messages.get("widget.unit.tokens", Numbers.integer(n)), live),
                    this::detailed);
            add(panel, "gpus", Messages.get("widget.vram.gpus"),
                    Controls.slider(VramWidgetParts.GPU_COUNTS, s.gpus, n -> Messages.get("widget.unit.gpus", n), live),
                    this::detailed);
            add(panel, "optimizer", Messages.get("widget.vram.optimizer"),
                    Controls.stepper(List.of(Optimizer.values()), VramWidgetParts::optimizerName, s.optimizer, live),
                    () -> detailed() && s.mode.get().isTraining());
            add(panel, "lora-rank", Messages.get("widget.vram.rank"),
                    Controls.slider(VramWidgetParts.RANKS, s.loraRank, r -> "r = " + r, live),
                    () -> detailed() && s.mode.get().isAdapter());
            add(panel, "lora-targets", Messages.get("widget.vram.targets"),
                    Controls.multiple(List.of(LoraTarget.values()), LoraTarget::key, s.loraTargets, live),
                    () -> detailed() && s.mode.get().isAdapter());
            // two switches are wider than the panel: the second one goes under the first
            FlowPane toggles = new FlowPane();
            toggles.getStyleClass().add("w-toggles");
            toggles.setPrefWrapLength(600);
            if (shown.contains("checkpointing")) {
                Node t = Controls.toggle(Messages.get("widget.vram.checkpointing"), s.checkpointing, live);
                toggles.getChildren().add(t);
                live.on(() -> Controls.show(t, s.mode.get().isTraining()), s.mode);
            }
            if (shown.contains("double-quant")) {
                Node t = Controls.toggle(Messages.get("widget.vram.doubleQuant"), s.doubleQuant, live);
                toggles.getChildren().add(t);
                live.on(() -> Controls.show(t, s.mode.get() == TrainingMode.QLORA || s.precision.get() == Precision.INT4),
                        s.mode, s.precision);
            }
            if (!toggles.getChildren().isEmpty()) {
                // no caption: two switches need the whole width of the panel
                panel.getChildren().add(toggles);
                live.on(() -> Controls.show(toggles, detailed()
                        && toggles.getChildren().stream().anyMatch(Node::isVisible)), s.view, s.mode, s.precision);
            }
            return panel;
        }

        private boolean detailed() {
            return s.view.get() == VramSettings.View.DETAILED;
        }

        private HBox add(VBox panel, String control, String caption, Node node, java.util.function.BooleanSupplier when) {
            if (!shown.contains("params".equals(control) ? "model" : control)) {
                return null;
            }
            HBox row = Controls.row(caption, node);
            row.getStyleClass().add("w-control-" + control);
            panel.getChildren().add(row);
            live.on(() -> Controls.show(row, when.getAsBoolean()), s.view, s.mode, s.model);
            return row;
        }

        private VBox simplePane() {
            Label formula = Controls.label(Messages.get("widget.vram.formula"), "w-formula");
            Label source = Controls.label(cite.marker(List.of(Sources.MEMORY)), "w-cite");
            HBox substitutedRow = new HBox(substituted, source);
            substitutedRow.setAlignment(Pos.BASELINE_LEFT);
            substitutedRow.getStyleClass().add("w-inline");
            HBox result = new HBox(simpleGb, simpleGib);
            result.setAlignment(Pos.BASELINE_LEFT);
            result.getStyleClass().add("w-inline");
            Label note = Controls.wrapping(Messages.get("widget.vram.simpleNote"), "w-note");
            VBox box = new VBox(formula, substitutedRow, result, Controls.label(Messages.get("widget.vram.fitsOn"),
                    "w-subhead"), simpleChips, note);
            box.getStyleClass().add("w-simple");
            return box;
        }

        private VBox detailedPane() {
            TotalLine total = new TotalLine(totalGb, totalGib, perGpu);
            legend.getStyleClass().add("w-legend");
            gpuGrid.getStyleClass().add("w-gpu-grid");
            VBox side = new VBox(legend, gpuGrid);
            side.getStyleClass().add("w-side");
            HBox body = new HBox(chart, side);
            body.getStyleClass().add("w-chart-row");
            // the chart takes the height left by the total and the notes; the legend beside it keeps its own
            chart.setPrefSize(260, 360);
            chart.setMinSize(260, 300);
            chart.setMaxSize(260, 470);
            VBox.setVgrow(body, Priority.ALWAYS);
            notes.setAlignment(Pos.TOP_LEFT);
            VBox box = new VBox(total, body, notes);
            box.getStyleClass().add("w-detailed");
            return box;
        }

        private static FlowPane chips() {
            FlowPane f = new FlowPane();
            f.getStyleClass().add("w-chips");
            return f;
        }

        /** Reads the state, asks the calculator, shows the answer: the one path from a control to the numbers. */
        void recompute() {
            VramState.Inputs in = s.inputs();
            boolean simple = !detailed();
            if (in.inputs().isEmpty()) {
                notice.setText(Messages.get(in.problemKey()));
                Controls.show(notice, true);
                Controls.show(simplePane, false);
                Controls.show(detailedPane, false);
                return;
            }
            Controls.show(notice, false);
            Controls.show(simplePane, simple);
            Controls.show(detailedPane, !simple);
            VramEstimate e = VramEstimator.estimate(in.inputs().get());
            if (simple) {
                showSimple(e);
            } else {
                showDetailed(e);
            }
        }

        private void showSimple(VramEstimate e) {
            Precision p = e.inputs().weightPrecision();
            substituted.setText("= " + Numbers.trimmed(e.inputs().model().totalParams() / 1e9) + " × 10⁹ × "
                    + Numbers.trimmed(p.bytesPerParam()) + " B ÷ 10⁹ × " + Numbers.number(SimpleVram.OVERHEAD, 1, 1));
            simpleGb.setText(Numbers.gb(e.simpleGb()));
            simpleGib.setText("= " + Numbers.gib(e.simpleGb() * 1e9 / (1L << 30)));
            List<List<GpuPreset>> groups = VramWidgetParts.gpusBySize();
            for (int i = 0; i < groups.size(); i++) {
                boolean fits = e.simpleGb() <= groups.get(i).get(0).memoryGb();
                HBox chip = (HBox) simpleChips.getChildren().get(i);
                ((Label) chip.getChildren().get(0)).setText(fits ? "✓" : "✗");
                Controls.swap(chip, "w-fits", "w-no-fit", fits);
            }
        }

        private void showDetailed(VramEstimate e) {
            totalGb.setText(Numbers.gb(e.totalGb()));
            totalGib.setText("= " + Numbers.gib(e.totalGib()));
            perGpu.setText(e.gpus() > 1 ? Messages.get("widget.vram.perGpu", Numbers.gb(e.perGpuGb()), e.gpus()) : "");

            List<ColumnChart.Segment> segs = new ArrayList<>();
            e.componentsGb().forEach((key, gb) -> {
                if (gb > 0) {
                    segs.add(new ColumnChart.Segment(VramWidgetParts.componentClass(key), gb / e.gpus()));
                }
                LegendRow row = legendRows.get(key);
                row.value().setText(Numbers.gb(gb / e.gpus()));
                row.show(gb > 0);
            });
            double perGpuGb = e.perGpuGb();
            chart.show(List.of(new ColumnChart.Column(e.gpus() > 1 ? Messages.get("widget.vram.columnPerGpu")
                            : Messages.get("widget.vram.column"), segs, null, null)),
                    VramWidgetParts.gpuSizeMarks(), VramWidgetParts.scaleMax(perGpuGb));

            List<List<GpuPreset>> groups = VramWidgetParts.gpusBySize();
            for (int i = 0; i < groups.size(); i++) {
                GpuPreset g = groups.get(i).get(0);
                boolean fits = g.fits(e);
                Label[] row = gpuRows.get(i);
                row[0].setText(fits ? "✓" : "✗");
                Controls.swap(row[0], "w-fits-text", "w-no-fit-text", fits);
                Controls.swap(row[1], "w-fits-name", "w-no-fit-name", fits);
                row[2].setText(fits ? (e.gpus() > 1 ? Messages.get("widget.vram.fitsWith", e.gpus())
                        : Messages.get("widget.vram.fits")) : Messages.get("widget.vram.needs", g.gpusNeeded(e)));
                Controls.swap(row[2], "w-fits-text", "w-chip-need", fits);
            }
            notes.setText(VramWidgetParts.notes(e, cite));
        }

        /** One component of the legend: swatch, name and GB, in grid columns so the numbers line up. */
        private record LegendRow(Region swatch, Label name, Label value) {
            void show(boolean visible) {
                for (Node n : new Node[] {swatch, name, value}) {
                    Controls.show(n, visible);
                }
            }
        }

        private void buildLegendAndGpuRows() {
            List<String> keys = new ArrayList<>(List.of(VramEstimate.CUDA, VramEstimate.WEIGHTS,
                    VramEstimate.QUANT_CONSTANTS, VramEstimate.GRADIENTS, VramEstimate.OPTIMIZER, VramEstimate.ADAPTERS,
                    VramEstimate.ACTIVATIONS, VramEstimate.LOGITS, VramEstimate.KV_CACHE));
            java.util.Collections.reverse(keys); // top-down, as the segments stack
            int line = 0;
            for (String key : keys) {
                Region swatch = new Region();
                swatch.getStyleClass().addAll("w-swatch", VramWidgetParts.componentClass(key));
                Label name = Controls.label(Messages.get("widget.component." + key), "w-legend-name");
                Label value = Controls.label("", "w-legend-value");
                GridPane.setHalignment(value, javafx.geometry.HPos.RIGHT);
                legend.addRow(line++, swatch, name, value);
                legendRows.put(key, new LegendRow(swatch, name, value));
            }
            int row = 0;
            for (List<GpuPreset> group : VramWidgetParts.gpusBySize()) {
                Label mark = Controls.label("", "w-chip-mark");
                Label name = Controls.label(VramWidgetParts.gpuGroupName(group), "w-gpu-name");
                Label need = Controls.label("", "w-need");
                gpuGrid.addRow(row++, mark, name, need);
                gpuRows.add(new Label[] {mark, name, need});
                HBox chip = new HBox(Controls.label("", "w-chip-mark"), Controls.label(VramWidgetParts.gpuGroupName(group), "w-chip-name"));
                chip.getStyleClass().add("w-chip");
                chip.setAlignment(Pos.CENTER_LEFT);
                simpleChips.getChildren().add(chip);
            }
        }
    }
}
