package estrado.widgets.cycle;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.DeckSettingsState;
import estrado.widgets.ParamSpec;
import estrado.widgets.Sources;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.cost.CostWidgetText;
import estrado.widgets.cost.TrainingCost;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * {@code training-cycle}: base pre-training → instruction tuning (SFT) → preference alignment
 * (DPO/RLHF), each with its data, GPU-hours, cost and accessibility. Figures carry their citation
 * marker; phrases without a published figure are set in italics so nobody reads them as data.
 */
public final class TrainingCycleWidget {
    public static final String NAME = "training-cycle";

    /** A training-cycle block: the phase highlighted at first, 1–3 (0: none). */
    record Settings(int selected) {
        static final List<ParamSpec> PARAMS = List.of(ParamSpec.integer("selected", 0, 0, 3));

        static Settings read(WidgetParams p, WidgetType.Report report) {
            return new Settings(p.integer("selected"));
        }
    }

    public static final WidgetType<Settings, State> TYPE = new WidgetType<>(NAME, Settings.PARAMS, Settings::read,
            State::new, TrainingCycleWidget::view, sources());

    /** The highlighted phase, 1–3 (0: none). */
    public static final class State extends DeckSettingsState<Settings> {
        final IntegerProperty selected = new SimpleIntegerProperty();

        @Override
        protected void load(Settings d) {
            selected.set(d.selected());
        }
    }

    private TrainingCycleWidget() {
    }

    /** The figures' keys, phase by phase, then the report the simplification follows. */
    private static List<String> sources() {
        List<String> keys = new ArrayList<>();
        for (TrainingCost.Phase p : TrainingCost.phases()) {
            for (TrainingCost.Cell c : p.cells()) {
                keys.addAll(c.sourceKeys());
            }
        }
        keys.add(Sources.OLMO3);
        return keys;
    }

    static Node view(State s, Settings settings, CitationNumbers cite) {
        VBox root = Controls.root(new VBox(), NAME);
        root.setSpacing(14);
        Live live = new Live(root);
        List<TrainingCost.Phase> phases = TrainingCost.phases();
        HBox row = new HBox();
        row.setSpacing(10);
        row.setAlignment(Pos.TOP_LEFT);
        List<VBox> boxes = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            if (i > 0) {
                Label arrow = Controls.label("→", "w-arrow");
                arrow.setMaxHeight(Double.MAX_VALUE);
                row.getChildren().add(arrow);
            }
            VBox box = phase(i + 1, phases.get(i), cite, s);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setPrefWidth(540);
            boxes.add(box);
            row.getChildren().add(box);
        }
        Label simplified = Controls.wrapping(Messages.get("widget.cycle.simplified") + " "
                + cite.marker(List.of(Sources.OLMO3)), "w-note");
        Label legend = Controls.wrapping(Messages.get("widget.cycle.legend"), "w-note");
        HBox bottom = new HBox(new VBox(4, simplified, legend), Controls.spacer(), Controls.resetButton(s));
        HBox.setHgrow(bottom.getChildren().get(0), Priority.ALWAYS);
        root.getChildren().addAll(row, bottom);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.RIGHT) {
                s.selected.set(Math.min(phases.size(), s.selected.get() + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT) {
                s.selected.set(Math.max(1, s.selected.get() - 1));
                e.consume();
            }
        });
        live.on(() -> {
            for (int i = 0; i < boxes.size(); i++) {
                boxes.get(i).getStyleClass().remove("w-phase-selected");
                if (s.selected.get() == i + 1) {
                    boxes.get(i).getStyleClass().add("w-phase-selected");
                }
            }
        }, s.selected);
        return root;
    }

    private static VBox phase(int number, TrainingCost.Phase p, CitationNumbers cite, State s) {
        Button title = new Button(number + ". " + Messages.get(p.name()));
        title.getStyleClass().add("w-phase-button");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setOnAction(e -> s.selected.set(s.selected.get() == number ? 0 : number));
        VBox box = new VBox(title,
                cell("widget.cycle.data", p.data(), cite),
                cell("widget.cycle.gpuHours", p.gpuHours(), cite),
                cell("widget.cycle.cost", p.cost(), cite),
                cell("widget.cycle.access", p.accessibility(), cite));
        box.getStyleClass().add("w-phase");
        box.setOnMouseClicked(e -> s.selected.set(s.selected.get() == number ? 0 : number));
        return box;
    }

    private static VBox cell(String captionKey, TrainingCost.Cell c, CitationNumbers cite) {
        boolean figure = c.kind() == TrainingCost.Cell.Kind.FIGURE;
        String text = CostWidgetText.text(c.text());
        Label value = Controls.wrapping(figure ? text + " " + cite.marker(c.sourceKeys()) : text,
                figure ? "w-cell-figure" : "w-cell-qualitative");
        VBox v = new VBox(2, Controls.label(Messages.get(captionKey), "w-cell-caption"), value);
        return v;
    }
}
