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
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Inline.Run run : Inline.parse(text)) {
            flow.getChildren().add(node(run, citeNumber));
        }
        return flow;
    }

    private static Node node(Inline.Run run, Function<String, Integer> citeNumber) {
        Text t;
        switch (run.kind()) {
            case CITE -> {
                List<String> keys = List.of(run.text().split("\\s*,\\s*"));
                StringBuilder b = new StringBuilder(" [");
                for (int i = 0; i < keys.size(); i++) {
                    b.append(i == 0 ? "" : ",").append(citeNumber.apply(keys.get(i)));
                }
                t = new Text(b.append(']').toString());
                t.getStyleClass().add("cite-marker");
            }
            case CODE -> {
                t = new Text(run.text());
                t.getStyleClass().add("code");
            }
            case MATH -> {
                t = new Text(TexText.toUnicode(run.text()));
                t.getStyleClass().add("math");
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
