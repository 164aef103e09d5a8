package estrado.widgets.lora;

import estrado.i18n.Messages;
import estrado.widgets.CitationNumbers;
import estrado.widgets.DeckSettingsState;
import estrado.widgets.Numbers;
import estrado.widgets.ParamSpec;
import estrado.widgets.Sources;
import estrado.widgets.WidgetParams;
import estrado.widgets.WidgetType;
import estrado.widgets.ui.Controls;
import estrado.widgets.ui.Live;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * {@code lora-rank}: a frozen d×k matrix W next to the trainable B (d×r) · A (r×k), with a rank
 * slider; full d·k against r·(d+k) parameters and the reduction (Hu et al. 2021). Seed example:
 * 4096×4096 at r = 16 → 131,072 parameters, 128× fewer.
 */
public final class LoraRankWidget {
    public static final String NAME = "lora-rank";

    static final List<Integer> RANKS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 512);

    /** Drawn size of the larger side of W, in canvas pixels. */
    private static final double W_SIDE = 300;

    /** A lora-rank block: the frozen matrix's shape d×k and the rank the slider starts at. */
    record Settings(int d, int k, int rank) {
        static final List<ParamSpec> PARAMS = List.of(
                ParamSpec.integer("d", 4096, 1, 1_000_000),
                ParamSpec.integer("k", 4096, 1, 1_000_000),
                ParamSpec.integer("rank", 16, 1, 1_000_000));

        /** The settings; a rank above min(d, k) is reported at {@code rank} (the slider stops at min(d, k)). */
        static Settings read(WidgetParams p, WidgetType.Report report) {
            Settings s = new Settings(p.integer("d"), p.integer("k"), p.integer("rank"));
            int min = Math.min(s.d(), s.k());
            if (s.rank() > min) {
                report.error("rank", "widget.lora.rankTooHigh", s.rank(), min);
            }
            return s;
        }
    }

    public static final WidgetType<Settings, State> TYPE = new WidgetType<>(NAME, Settings.PARAMS, Settings::read,
            State::new, LoraRankWidget::view, List.of(Sources.LORA));

    /** The rank chosen on the slider; d and k stay as the deck wrote them. */
    public static final class State extends DeckSettingsState<Settings> {
        final IntegerProperty rank = new SimpleIntegerProperty();

        @Override
        protected void load(Settings d) {
            rank.set(d.rank());
        }
    }

    private LoraRankWidget() {
    }

    static Node view(State s, Settings settings, CitationNumbers cite) {
        int d = settings.d();
        int k = settings.k();
        List<Integer> ranks = RANKS.stream().filter(r -> r <= Math.min(d, k)).toList();

        HBox root = Controls.root(new HBox(), NAME);
        Live live = new Live(root);
        root.setAlignment(Pos.CENTER_LEFT);

        // the diagram: W + B · A, B and A widening with r
        double wW = W_SIDE * k / Math.max(d, k);
        double wH = W_SIDE * d / Math.max(d, k);
        StackPane w = matrix("W\n" + Numbers.integer(d) + " × " + Numbers.integer(k), wW, wH, true);
        StackPane b = matrix("B", 10, wH, false);
        StackPane a = matrix("A", wW, 10, false);
        Label plus = Controls.label("+", "w-operator");
        Label dot = Controls.label("·", "w-operator");
        HBox diagram = new HBox(w, plus, b, dot, a);
        diagram.setAlignment(Pos.CENTER);
        diagram.setSpacing(18);
        diagram.setMinHeight(W_SIDE + 10);
        Label frozen = Controls.label(Messages.get("widget.lora.frozen"), "w-note");
        Label shapes = Controls.label("", "w-note-strong");
        Label drawn = Controls.wrapping(Messages.get("widget.lora.notToScale"), "w-note");
        VBox left = new VBox(Controls.label("W' = W + B · A", "w-formula"), diagram, shapes, frozen, drawn);
        left.setSpacing(18);
        // wide enough for the diagram at the thickest B and A (r = 512: about 910 px), so it never spills right
        left.setPrefWidth(920);
        left.setMinWidth(920);

        Label full = Controls.label("", "w-count-line");
        Label lora = Controls.label("", "w-count-line");
        Label reduction = Controls.label("", "w-reduction");
        // beside a four-digit reduction (r = 1: 2.048×) the words take two lines, so the widget stays inside the body
        Label fewer = Controls.wrapping(Messages.get("widget.lora.fewer"), "w-count-strong");
        HBox redRow = new HBox(reduction, fewer);
        redRow.setAlignment(Pos.BASELINE_LEFT);
        redRow.setSpacing(20);
        HBox slider = Controls.row(Messages.get("widget.lora.rank"),
                Controls.slider(ranks, s.rank, r -> "r = " + r, live));
        Label source = Controls.wrapping(Messages.get("widget.lora.source") + " " + cite.marker(TYPE.sources()),
                "w-note");
        HBox resetRow = new HBox(Controls.spacer(), Controls.resetButton(s));
        VBox right = new VBox(slider, full, lora, redRow, source, resetRow);
        right.setSpacing(18);
        right.setPrefWidth(790);
        root.getChildren().addAll(left, right);

        live.on(() -> {
            int r = Math.min(s.rank.get(), Math.min(d, k));
            LoraMath.Count c = LoraMath.count(d, k, r);
            full.setText(Messages.get("widget.lora.full", Numbers.integer(d), Numbers.integer(k), Numbers.integer(c.fullParams())));
            lora.setText(Messages.get("widget.lora.lora", r, Numbers.integer(d + (long) k), Numbers.integer(c.loraParams())));
            reduction.setText(Numbers.factor(c.reduction()));
            double thick = rankThickness(r);
            size(b, thick, wH);
            size(a, wW, thick);
            shapes.setText(Messages.get("widget.lora.shapes", Numbers.integer(d), r, Numbers.integer(k)));
        }, s.rank);
        return root;
    }

    /**
     * Drawn thickness of B and A. At true scale r = 16 of 4096 would be a 1-pixel line, so the
     * thickness grows with log₂ r instead: still monotonic in r, and visible at the back of the room.
     */
    static double rankThickness(int r) {
        return 10 + 17 * (Math.log(r) / Math.log(2));
    }

    private static StackPane matrix(String text, double w, double h, boolean frozenMatrix) {
        Label l = Controls.label(text, "w-matrix-label");
        l.setMinWidth(0);
        StackPane p = new StackPane(l);
        p.getStyleClass().addAll("w-matrix", frozenMatrix ? "w-matrix-frozen" : "w-matrix-trained");
        size(p, w, h);
        return p;
    }

    private static void size(Pane p, double w, double h) {
        p.setMinSize(w, h);
        p.setPrefSize(w, h);
        p.setMaxSize(w, h);
        // a label wider than a thin matrix would stretch it: clip the text instead
        p.getChildren().forEach(n -> n.setVisible(w >= 40 && h >= 40));
    }
}
