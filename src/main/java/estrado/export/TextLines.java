package estrado.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Where JavaFX put every character of a laid-out text: one segment per run of text on one line,
 * with the x of each character and the line's baseline. Read from JavaFX's own caret positions, so
 * the PDF breaks lines exactly where the slide does (wrapping, alignment, mixed sizes).
 */
final class TextLines {
    /**
     * Characters of one {@link Text} on one line, in the coordinates of the text's container.
     *
     * @param x x of each character's leading edge, plus one more for the trailing edge of the last
     */
    record Segment(Text node, String text, double[] x, double baseline) {
        double width() {
            return x[x.length - 1] - x[0];
        }
    }

    private record Caret(double x, double top) { }

    private final Map<Font, Double> ascents = new HashMap<>();

    /** Segments of a text flow in the flow's local coordinates. */
    List<Segment> of(TextFlow flow) {
        // JavaFX 21 reports a flow's carets without its padding and border (JDK-8341438)
        Insets in = flow.getInsets();
        List<Piece> pieces = new ArrayList<>();
        int base = 0;
        for (Node child : flow.getChildren()) {
            if (child instanceof Text t) {
                String s = t.getText() == null ? "" : t.getText();
                if (t.isVisible()) {
                    pieces.add(new Piece(t, s, i -> caret(flow.caretShape(i, true)), i -> caret(flow.caretShape(i, false)),
                            base, in.getLeft(), in.getTop()));
                }
                base += s.length();
            } else {
                base += 1; // an embedded node takes one character's place in the flow's text
            }
        }
        return segments(pieces);
    }

    /** Segments of a stand-alone text (a label's, a list marker's) in the text's local coordinates. */
    List<Segment> of(Text text) {
        String s = text.getText() == null ? "" : text.getText();
        return segments(List.of(new Piece(text, s, i -> caret(text.caretShape(i, true)),
                i -> caret(text.caretShape(i, false)), 0, 0, 0)));
    }

    double ascent(Font font) {
        return ascents.computeIfAbsent(font, f -> {
            Text probe = new Text("x");
            probe.setFont(f);
            return -probe.getLayoutBounds().getMinY();
        });
    }

    private interface CaretAt {
        Caret at(int index);
    }

    private record Piece(Text node, String text, CaretAt leading, CaretAt trailing, int base, double dx, double dy) { }

    private List<Segment> segments(List<Piece> pieces) {
        // first pass: the line (its top) of every character, and the tallest ascent on each line
        Map<Double, Double> lineAscent = new HashMap<>();
        List<Caret[]> carets = new ArrayList<>();
        for (Piece p : pieces) {
            Caret[] cs = new Caret[p.text.length()];
            double asc = ascent(p.node.getFont());
            for (int i = 0; i < cs.length; i++) {
                cs[i] = p.leading.at(p.base + i);
                if (cs[i] != null && !Character.isISOControl(p.text.charAt(i))) {
                    lineAscent.merge(cs[i].top, asc, Math::max);
                }
            }
            carets.add(cs);
        }
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            Caret[] cs = carets.get(k);
            int start = -1;
            for (int i = 0; i <= cs.length; i++) {
                boolean breakHere = i == cs.length || cs[i] == null || Character.isISOControl(p.text.charAt(i))
                        || (start >= 0 && cs[i].top != cs[start].top);
                if (breakHere && start >= 0) {
                    out.add(segment(p, cs, start, i, lineAscent.get(cs[start].top)));
                    start = -1;
                }
                if (i < cs.length && cs[i] != null && !Character.isISOControl(p.text.charAt(i)) && start < 0) {
                    start = i;
                }
            }
        }
        return out;
    }

    private static Segment segment(Piece p, Caret[] cs, int from, int to, double ascent) {
        double[] x = new double[to - from + 1];
        for (int i = from; i < to; i++) {
            x[i - from] = cs[i].x + p.dx;
        }
        Caret end = p.trailing.at(p.base + to - 1);
        x[to - from] = (end != null && end.top == cs[from].top ? end.x : cs[to - 1].x) + p.dx;
        return new Segment(p.node, p.text.substring(from, to), x, cs[from].top + ascent + p.dy);
    }

    private static Caret caret(PathElement[] shape) {
        if (shape == null || shape.length < 1 || !(shape[0] instanceof MoveTo m)) {
            return null;
        }
        return new Caret(m.getX(), shape.length > 1 && shape[1] instanceof LineTo l ? Math.min(m.getY(), l.getY()) : m.getY());
    }
}
