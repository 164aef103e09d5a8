package estrado.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A {@link TextFlow} that is never narrower than its widest word. A plain flow's minimum width is its padding, so a
 * table squeezed by a longer column broke "Memoria" into "Memo|ria": the layout gave the column less than its word
 * and the flow cut the word where the line ended. Here the minimum is the widest stretch between two spaces (the
 * only places the flow breaks a line), so a grid shares out only the width above its columns' longest
 * words, and a table that cannot fit even so is wider than its body: an overflow that {@code check} reports.
 */
final class WordFlow extends TextFlow {
    /**
     * A space between a number and its unit ("128 GB", "4,6 M", "50 %"): it becomes a no-break space, so the
     * figure and its unit stay on one line.
     */
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(?<=\\d) (?=(?:%|[kKMGTP]i?B|[kMGT]?W|[kMG]?Hz|ms|[BMkKTs]|h|min|°C|FLOPs?)(?![\\p{L}\\d]))");

    /** The text of a flow's children as one string, with a piece per child to measure it by. */
    private record Piece(int start, int end, Node node) { }

    private final Text probe = new Text();

    /** Inline-marked text whose numbers keep to their units. */
    static WordFlow of(String text, String styleClass, Function<String, Integer> citeNumber) {
        WordFlow flow = TextViews.fill(new WordFlow(), text, styleClass, citeNumber);
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                t.setText(joinUnits(t.getText()));
            }
        }
        return flow;
    }

    /** The text with each number kept to its unit by a no-break space. */
    static String joinUnits(String s) {
        return NUMBER_UNIT.matcher(s).replaceAll("\u00A0");
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.ceil(widestWord());
    }

    /** The widest stretch of the text no line may break inside (its trailing spaces hang past the line). */
    double widestWord() {
        StringBuilder all = new StringBuilder();
        List<Piece> pieces = new ArrayList<>();
        for (Node n : getChildren()) {
            int start = all.length();
            // a child that is not text (a formula) is one object the line cannot break inside
            all.append(n instanceof Text t ? t.getText() : "\uFFFC");
            pieces.add(new Piece(start, all.length(), n));
        }
        // JavaFX wraps a flow's lines at spaces only: "TensorRT-LLM" or "Bytes/parámetro" is cut where the line ends
        // when it does not fit whole, so each stretch between spaces must fit (a no-break space is no space here)
        double widest = 0;
        int from = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || Character.isWhitespace(all.charAt(i))) {
                if (i > from) {
                    widest = Math.max(widest, width(pieces, from, i));
                }
                from = i + 1;
            }
        }
        return widest;
    }

    private double width(List<Piece> pieces, int from, int to) {
        double w = 0;
        for (Piece p : pieces) {
            int a = Math.max(from, p.start());
            int b = Math.min(to, p.end());
            if (a >= b) {
                continue;
            }
            if (p.node() instanceof Text t) {
                w += measure(t.getText().substring(a - p.start(), b - p.start()), t.getFont());
            } else {
                w += p.node().prefWidth(-1);
            }
        }
        return w;
    }

    private double measure(String s, Font font) {
        probe.setFont(font);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
