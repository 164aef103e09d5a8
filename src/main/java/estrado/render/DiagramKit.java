package estrado.render;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Drawing tools shared by the native diagrams: boxes, centred labels, arrows and formulas placed
 * on a fixed-size pane in slide pixels. Everything is a JavaFX shape or region (vector, so crisp
 * at any scale) and takes its colours from style classes, so a deck's theme recolours it.
 */
final class DiagramKit {
    private static final double HEAD = 18;

    private final Pane pane = new Pane();
    private final DeckText words;
    private final NumberFormat numbers;

    DiagramKit(double width, double height, String language, String kindClass) {
        this.words = DeckText.of(language);
        this.numbers = NumberFormat.getNumberInstance("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es"));
        pane.getStyleClass().addAll("diagram", kindClass);
        fix(pane, width, height);
    }

    Pane pane() {
        return pane;
    }

    /** A word in the deck's language, from decktext.properties ("diagram." is implied). */
    String t(String key, Object... args) {
        return words.get("diagram." + key, args);
    }

    /** A number in the deck's language: 16.777.216 and 0,5 in Spanish. */
    String number(double v, int maxDecimals) {
        numbers.setMaximumFractionDigits(maxDecimals);
        numbers.setMinimumFractionDigits(0);
        return numbers.format(v);
    }

    /**
     * A box at (x, y) of w×h holding {@code content} centred, one piece under the other; its look
     * comes from {@code styleClasses} (space-separated).
     */
    StackPane box(double x, double y, double w, double h, String styleClasses, Node... content) {
        StackPane b = new StackPane();
        if (content.length == 1) {
            b.getChildren().add(content[0]);
        } else {
            VBox column = new VBox(6, content);
            column.setAlignment(Pos.CENTER);
            column.getStyleClass().add("diagram-column");
            column.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            b.getChildren().add(column);
        }
        b.getStyleClass().add("diagram-node");
        b.getStyleClass().addAll(styleClasses.split(" "));
        b.setAlignment(Pos.CENTER);
        fix(b, w, h);
        b.relocate(x, y);
        pane.getChildren().add(b);
        return b;
    }

    /** Lines of text centred under each other. */
    VBox lines(String styleClass, String... lines) {
        VBox v = new VBox();
        v.setAlignment(Pos.CENTER);
        // kept at its own size, so the box's alignment (centre, or centre-left by CSS) places it
        v.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        v.getStyleClass().add("diagram-lines");
        for (String line : lines) {
            v.getChildren().add(text(line, styleClass));
        }
        return v;
    }

    Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("diagram-text");
        t.getStyleClass().addAll(styleClass.split(" "));
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    }

    /** A label centred in the w×h area at (x, y), with no box drawn. */
    StackPane label(double x, double y, double w, double h, Node content) {
        return box(x, y, w, h, "diagram-free", content);
    }

    /** A typeset formula in the diagram's text size. */
    Node math(String tex, String styleClass) {
        return MathView.create(tex, false, "diagram-text", styleClass);
    }

    /** A straight arrow from (x1, y1) to the tip (x2, y2). */
    void arrow(double x1, double y1, double x2, double y2, String styleClass) {
        path(styleClass, true, x1, y1, x2, y2);
    }

    /** A line through the points, with an arrow head at the last one when {@code head}. */
    void path(String styleClass, boolean head, double... xy) {
        int n = xy.length / 2;
        double ex = xy[2 * n - 2];
        double ey = xy[2 * n - 1];
        double px = xy[2 * n - 4];
        double py = xy[2 * n - 3];
        double len = Math.hypot(ex - px, ey - py);
        double ux = (ex - px) / len;
        double uy = (ey - py) / len;
        double[] pts = xy.clone();
        if (head) {
            // the shaft stops inside the head so its square end never pokes out of the tip
            pts[2 * n - 2] = ex - ux * HEAD * 0.6;
            pts[2 * n - 1] = ey - uy * HEAD * 0.6;
        }
        Node shaft;
        if (n == 2) {
            shaft = new Line(pts[0], pts[1], pts[2], pts[3]);
        } else {
            shaft = new Polyline(pts);
        }
        shaft.getStyleClass().addAll("diagram-arrow", styleClass);
        pane.getChildren().add(shaft);
        if (head) {
            Polygon tip = new Polygon(ex, ey,
                    ex - ux * HEAD - uy * HEAD * 0.55, ey - uy * HEAD + ux * HEAD * 0.55,
                    ex - ux * HEAD + uy * HEAD * 0.55, ey - uy * HEAD - ux * HEAD * 0.55);
            tip.getStyleClass().addAll("diagram-arrow-head", styleClass);
            pane.getChildren().add(tip);
        }
    }

    /** A filled polygon (trapezoids of the LoRA matrices). */
    Polygon polygon(String styleClass, double... xy) {
        Polygon p = new Polygon(xy);
        p.getStyleClass().addAll("diagram-shape", styleClass);
        pane.getChildren().add(p);
        return p;
    }

    /** A filled rectangle (bars and bands of the charts): drawn as a vector rectangle in the PDF. */
    Rectangle rect(double x, double y, double w, double h, String styleClass) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.getStyleClass().add("diagram-shape");
        r.getStyleClass().addAll(styleClass.split(" "));
        pane.getChildren().add(r);
        return r;
    }

    /** A plain line (axes, grid lines, leaders). */
    Line line(double x1, double y1, double x2, double y2, String styleClass) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("diagram-line");
        l.getStyleClass().addAll(styleClass.split(" "));
        pane.getChildren().add(l);
        return l;
    }

    /**
     * A straight arrow whose head is two strokes, not a filled triangle: made only of lines, it stays
     * a vector in the PDF export (which draws rectangles, lines, regions and text as vectors).
     */
    void lineArrow(double x1, double y1, double x2, double y2, String styleClass) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        line(x1, y1, x2 - ux * 2, y2 - uy * 2, "diagram-arrow " + styleClass);
        for (int side = -1; side <= 1; side += 2) {
            line(x2, y2, x2 - ux * HEAD + side * uy * HEAD * 0.6, y2 - uy * HEAD - side * ux * HEAD * 0.6,
                    "diagram-arrow diagram-arrow-tip " + styleClass);
        }
    }

    void add(Node n) {
        pane.getChildren().add(n);
    }

    static void fix(Region r, double w, double h) {
        r.setMinSize(w, h);
        r.setPrefSize(w, h);
        r.setMaxSize(w, h);
    }
}
