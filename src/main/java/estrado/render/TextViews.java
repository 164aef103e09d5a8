package estrado.render;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Inline-marked text as a wrapping {@link TextFlow}; citations become numbered markers. */
final class TextViews {
    private TextViews() {
    }

    /**
     * @param citeNumber gives the slide-wide number of a citation key, so markers and the foot agree
     */
    static TextFlow flow(String text, String styleClass, Function<String, Integer> citeNumber) {
        return fill(new TextFlow(), text, styleClass, citeNumber);
    }

    /** {@link #flow} into a flow of the caller's kind (a table cell's {@link WordFlow}). */
    static <F extends TextFlow> F fill(F flow, String text, String styleClass, Function<String, Integer> citeNumber) {
        flow.getStyleClass().add(styleClass);
        for (Inline.Run run : Inline.parse(text)) {
            java.util.Optional<List<InlineMath.Piece>> asText = run.kind() == Inline.Kind.MATH
                    ? InlineMath.asText(run.text()) : java.util.Optional.empty();
            if (asText.isPresent()) {
                asText.get().forEach(p -> flow.getChildren().add(mathText(p, run)));
            } else {
                flow.getChildren().add(node(run, citeNumber));
            }
        }
        return flow;
    }

    /** " [1]", " [1,3]": the widgets' marker (numbers in the order of the slide's foot), after a space. */
    static String marker(List<String> keys, Function<String, Integer> citeNumber) {
        estrado.widgets.CitationNumbers numbers = citeNumber::apply;
        return " " + numbers.marker(keys);
    }

    /** Simple math in the words' own font, size and baseline: a run like any other, its variables italic. */
    private static Text mathText(InlineMath.Piece piece, Inline.Run run) {
        Text t = new Text(piece.text());
        t.getStyleClass().addAll("run", "math-text");
        if (piece.variable() || run.italic()) {
            t.getStyleClass().add("italic");
        }
        if (run.bold()) {
            t.getStyleClass().add("bold");
        }
        return t;
    }

    private static Node node(Inline.Run run, Function<String, Integer> citeNumber) {
        Text t;
        switch (run.kind()) {
            case CITE -> {
                List<String> keys = java.util.Arrays.stream(run.text().split(","))
                        .map(String::strip).filter(k -> !k.isEmpty()).toList();
                t = new Text(keys.isEmpty() ? "" : marker(keys, citeNumber));
                t.getStyleClass().add("cite-marker");
            }
            case CODE -> {
                t = new Text(run.text());
                t.getStyleClass().add("code");
            }
            case MATH -> {
                // the probe is a run like the words around it: the formula takes their size and colour
                return run.bold() ? MathView.create(run.text(), false, "run", "math", "bold")
                        : MathView.create(run.text(), false, "run", "math");
            }
            default -> {
                t = new Text(run.text());
                t.getStyleClass().add("run");
            }
        }
        if (run.bold()) {
            t.getStyleClass().add("bold");
        }
        if (run.italic()) {
            t.getStyleClass().add("italic");
        }
        return t;
    }
}
