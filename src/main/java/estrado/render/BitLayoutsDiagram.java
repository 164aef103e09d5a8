package estrado.render;

import estrado.widgets.model.Precision;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The bits of each number format: sign, exponent and mantissa of FP32, FP16 (IEEE 754,
 * ieee754_2019) and BF16 (kalamkar2019bfloat16); INT8 and INT4 as plain two's-complement integers.
 */
final class BitLayoutsDiagram {
    static final double WIDTH = 1600;
    static final double HEIGHT = 540;
    private static final double CELL = 38;
    private static final double ROW = 95;
    private static final double CELLS_X = 210;

    /** One format: how many sign, exponent and mantissa bits (integers: all in {@code integer}). */
    record Layout(Precision precision, int sign, int exponent, int mantissa, int integer) {
        int bits() {
            return sign + exponent + mantissa + integer;
        }
    }

    static final Layout[] LAYOUTS = {
        new Layout(Precision.FP32, 1, 8, 23, 0),
        new Layout(Precision.FP16, 1, 5, 10, 0),
        new Layout(Precision.BF16, 1, 8, 7, 0),
        new Layout(Precision.INT8, 0, 0, 0, 8),
        new Layout(Precision.INT4, 0, 0, 0, 4),
    };

    private BitLayoutsDiagram() {
    }

    static Pane draw(String language) {
        DiagramKit k = new DiagramKit(WIDTH, HEIGHT, language, "diagram-bit-layouts");
        String[] fields = {"sign", "exponent", "mantissa", "integer"};
        for (int i = 0; i < fields.length; i++) {
            double x = CELLS_X + i * 300;
            Rectangle swatch = new Rectangle(x, 8, 30, 30);
            swatch.getStyleClass().addAll("diagram-shape", "bits-" + fields[i]);
            k.add(swatch);
            // each legend entry runs up to the next swatch; the last one to the diagram's edge
            double width = i + 1 < fields.length ? 250 : WIDTH - x - 40;
            k.box(x + 40, 2, width, 42, "diagram-free diagram-left", k.lines("diagram-note", k.t("bits." + fields[i])));
        }
        for (int r = 0; r < LAYOUTS.length; r++) {
            Layout l = LAYOUTS[r];
            double y = 62 + r * ROW;
            k.box(0, y - 6, 190, 82, "diagram-free", k.lines("diagram-title", l.precision().label()),
                    k.lines("diagram-note", k.t(l.precision().bytesPerParam() == 1 ? "bits.byte" : "bits.bytes", k.number(l.precision().bytesPerParam(), 1))));
            double x = CELLS_X;
            x = field(k, x, y, l.sign(), "sign", "s");
            x = field(k, x, y, l.exponent(), "exponent", k.t("bits.exponentShort", l.exponent()));
            x = field(k, x, y, l.mantissa(), "mantissa", k.t("bits.mantissaShort", l.mantissa()));
            x = field(k, x, y, l.integer(), "integer", k.t("bits.integerShort", l.integer()));
            k.box(x + 20, y, WIDTH - x - 20, 70, "diagram-free diagram-left",
                    k.lines("diagram-label", k.t("bits.bits", l.bits())));
        }
        return k.pane();
    }

    private static double field(DiagramKit k, double x, double y, int bits, String field, String label) {
        if (bits == 0) {
            return x;
        }
        Rectangle span = new Rectangle(x, y, bits * CELL, 70);
        span.getStyleClass().addAll("diagram-shape", "bits-field", "bits-" + field);
        k.add(span);
        // one tick per bit along the bottom edge: countable, yet the label stays on clean colour
        for (int b = 1; b < bits; b++) {
            javafx.scene.shape.Line tick = new javafx.scene.shape.Line(x + b * CELL, y + 52, x + b * CELL, y + 70);
            tick.getStyleClass().add("bits-tick");
            k.add(tick);
        }
        k.label(x, y, bits * CELL, 70, k.lines("diagram-cell-text", label));
        return x + bits * CELL;
    }
}
