package estrado.widgets.cost;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.DeckSettingsState;
import estrado.widgets.ParamSpec;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * {@code cost-table}: what training the lecture's models cost, from the verified figures only
 * ({@link TrainingCost}); sortable by any column, efficient models highlighted, every row with the
 * citation marker of its sources. Choosing a row shows its scope and caveats.
 */
public final class CostTableWidget {
    public static final String NAME = "cost-table";

    /** Sortable columns, in display order; "seed" is the lecture's order (large, efficient, small). */
    enum Column {
        MODEL("model"), PARAMS("params"), TOKENS("tokens"), GPU_HOURS("gpu-hours"), GPU("gpu"), COST("cost"),
        SOURCE("source");

        final String key;

        Column(String key) {
            this.key = key;
        }
    }

    /** A cost-table block: the column it starts sorted by, the direction, and whether a chosen row is highlighted. */
    record Settings(String sort, boolean descending, boolean highlight) {
        // here, not in the widget class: reading the outer class from this initializer made a circle (the
        // widget's TYPE reads PARAMS), and PARAMS was null when Settings happened to be loaded first
        static final List<String> SORTS = List.of("seed", "model", "params", "tokens", "gpu-hours", "cost");
        static final List<ParamSpec> PARAMS = List.of(
                ParamSpec.choice("sort", "seed", SORTS),
                ParamSpec.bool("descending", false),
                ParamSpec.bool("highlight", true));

        static Settings read(WidgetParams p, WidgetType.Report report) {
            return new Settings(p.choice("sort"), p.bool("descending"), p.bool("highlight"));
        }
    }

    public static final WidgetType<Settings, State> TYPE = new WidgetType<>(NAME, Settings.PARAMS, Settings::read,
            State::new, CostTableWidget::view,
            TrainingCost.rows().stream().flatMap(r -> r.sourceKeys().stream()).toList());

    /** Sort column and direction, and the row whose notes are shown (−1: none). */
    public static final class State extends DeckSettingsState<Settings> {
        final ObjectProperty<String> sort = new SimpleObjectProperty<>();
        final BooleanProperty descending = new SimpleBooleanProperty();
        final IntegerProperty selected = new SimpleIntegerProperty();

        @Override
        protected void load(Settings d) {
            sort.set(d.sort());
            descending.set(d.descending());
            selected.set(-1);
        }

        /** Clicking the sorted column again flips the direction; a new column starts ascending. */
        void sortBy(String key) {
            if (key.equals(sort.get())) {
                descending.set(!descending.get());
            } else {
                descending.set(false);
                sort.set(key);
            }
        }
    }

    private CostTableWidget() {
    }

    /** Rows in the state's order; unpublished values sort last whichever the direction. */
    static List<TrainingCost.Row> sorted(String sort, boolean descending) {
        List<TrainingCost.Row> rows = new ArrayList<>(TrainingCost.rows());
        Comparator<TrainingCost.Row> by = switch (sort) {
            case "model" -> Comparator.comparing(TrainingCost.Row::model, String.CASE_INSENSITIVE_ORDER);
            case "params" -> nullsLast(r -> r.totalParams().value(), descending);
            case "tokens" -> nullsLast(TrainingCost.Row::tokenCount, descending);
            case "gpu-hours" -> nullsLast(TrainingCost.Row::gpuHours, descending);
            case "cost" -> nullsLast(TrainingCost.Row::costUsdHigh, descending);
            default -> null;
        };
        if (by == null) {
            if (descending) {
                java.util.Collections.reverse(rows);
            }
            return rows;
        }
        if ("model".equals(sort) && descending) {
            by = by.reversed();
        }
        rows.sort(by);
        return rows;
    }

    private static Comparator<TrainingCost.Row> nullsLast(Function<TrainingCost.Row, Double> f, boolean descending) {
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(f, Comparator.nullsLast(values));
    }

    static Node view(State s, Settings settings, CitationNumbers cite) {
        VBox root = Controls.root(new VBox(), NAME);
        root.setSpacing(12);
        Live live = new Live(root);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("w-table");
        double[] widths = {230, 345, 205, 320, 200, 270, 150};
        for (double w : widths) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPrefWidth(w);
            cc.setMinWidth(w);
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        Label note = Controls.wrapping("", "w-note-strong");
        note.setMinHeight(80);
        HBox bottom = new HBox(note, Controls.spacer(), Controls.resetButton(s));
        bottom.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);
        root.getChildren().addAll(grid, bottom);

        // markers in the seed's order, whatever the sort: the slide's foot numbers them once
        TYPE.sources().forEach(cite::number);
        boolean highlight = settings.highlight();
        Runnable fill = () -> {
            grid.getChildren().clear();
            List<TrainingCost.Row> rows = sorted(s.sort.get(), s.descending.get());
            int c = 0;
            for (Column col : Column.values()) {
                grid.add(header(col, s), c++, 0);
            }
            for (int i = 0; i < rows.size(); i++) {
                TrainingCost.Row r = rows.get(i);
                int seedIndex = TrainingCost.rows().indexOf(r);
                List<String> rowClasses = new ArrayList<>();
                rowClasses.add(i % 2 == 1 ? "w-row-even" : "w-row-odd");
                if (highlight && r.isEfficient()) {
                    rowClasses.add("w-row-efficient");
                }
                if (s.selected.get() == seedIndex) {
                    rowClasses.add("w-row-selected");
                }
                List<Node> cells = cells(r, cite, highlight);
                for (int j = 0; j < cells.size(); j++) {
                    Node cell = cells.get(j);
                    cell.getStyleClass().addAll(rowClasses);
                    cell.setOnMouseClicked(e -> s.selected.set(s.selected.get() == seedIndex ? -1 : seedIndex));
                    grid.add(cell, j, i + 1);
                }
            }
            int sel = s.selected.get();
            note.setText(sel >= 0 && sel < TrainingCost.rows().size()
                    ? rowNote(TrainingCost.rows().get(sel))
                    : Messages.get("widget.cost.hint") + " " + Messages.get("widget.cost.caveat"));
        };
        // keyboard: with a header focused, Up/Down choose the row whose notes are shown
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int n = TrainingCost.rows().size();
            if (e.getCode() == KeyCode.DOWN) {
                s.selected.set(Math.min(n - 1, s.selected.get() + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                s.selected.set(Math.max(-1, s.selected.get() - 1));
                e.consume();
            }
        });
        live.on(fill, s.sort, s.descending, s.selected);
        return root;
    }

    /** Everything the starred cells left out: the row's note, then each caveated figure with its caveat. */
    static String rowNote(TrainingCost.Row r) {
        StringBuilder sb = new StringBuilder(r.model()).append(": ").append(CostWidgetText.text(r.note()));
        for (Entry e : List.of(r.compute(), r.tokens())) {
            if (e instanceof Figure f && f.hasCaveat()) {
                sb.append(" · ").append(CostWidgetText.withUnit(f, r.gpuType()))
                        .append(" (").append(CostWidgetText.text(f.caveat())).append(')');
            }
        }
        return sb.toString();
    }

    private static Node header(Column col, State s) {
        String arrow = col.key.equals(s.sort.get()) ? (s.descending.get() ? " ▼" : " ▲") : "";
        Button b = new Button(Messages.get("widget.cost.column." + col.key) + arrow);
        b.getStyleClass().add("w-th");
        if (!arrow.isEmpty()) {
            b.getStyleClass().add("w-th-sorted");
        }
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        if (col == Column.SOURCE || col == Column.GPU) {
            b.setFocusTraversable(false);
            b.setOnAction(e -> { });
        } else {
            b.setOnAction(e -> s.sortBy(col.key));
        }
        GridPane.setFillWidth(b, true);
        return b;
    }

    private static List<Node> cells(TrainingCost.Row r, CitationNumbers cite, boolean highlight) {
        List<Node> out = new ArrayList<>();
        Label model = cell(r.model(), false);
        if (highlight && r.isEfficient()) {
            model.getStyleClass().add("w-efficient-name");
        }
        out.add(wrap(model));
        String params = CostWidgetText.value(r.totalParams());
        if (r.activeParams() != null) {
            params += " (" + Messages.get("widget.cost.active", CostWidgetText.value(r.activeParams())) + ")";
        }
        out.add(wrap(cell(params, false)));
        out.add(wrap(figureCell(r.tokens(), CostWidgetText.value(r.tokens()))));
        // GPU-hours in the column's unit; what else a source published (GPU-years, a GPU count) with its own
        out.add(wrap(figureCell(r.compute(), r.compute() instanceof Figure f && f.unit() != Unit.GPU_HOURS
                ? CostWidgetText.withUnit(f, r.gpuType()) : CostWidgetText.value(r.compute()))));
        out.add(wrap(cell(r.gpuType() == null ? "—" : r.gpuType(), r.gpuType() == null)));
        out.add(wrap(figureCell(r.cost(), CostWidgetText.value(r.cost()))));
        Label source = cell(cite.marker(r.sourceKeys()), false);
        source.getStyleClass().add("w-cite");
        out.add(wrap(source));
        return out;
    }

    /**
     * A figure's cell: starred when the figure has a caveat (the words are in the row's note, shown when the row
     * is chosen; a cell must stay one line), set apart when nothing was published.
     */
    static Label figureCell(Entry e, String label) {
        boolean starred = e instanceof Figure f && f.hasCaveat();
        return cell(starred ? label + "*" : label, e == Missing.NOT_PUBLIC);
    }

    private static Label cell(String text, boolean unpublished) {
        Label l = Controls.wrapping(text, "w-td");
        if (unpublished) {
            l.getStyleClass().add("w-unpublished");
        }
        return l;
    }

    private static VBox wrap(Node n) {
        VBox box = new VBox(n);
        box.getStyleClass().add("w-td-box");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillWidth(box, true);
        GridPane.setFillHeight(box, true);
        return box;
    }
}
