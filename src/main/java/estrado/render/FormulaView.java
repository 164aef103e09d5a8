package estrado.render;

import javafx.scene.Node;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.scene.text.Text;

/** A display formula. Shown as Unicode text until the typesetting of the citations issue lands. */
final class FormulaView {
    private FormulaView() {
    }

    static Node create(String tex) {
        Text t = new Text(TexText.toUnicode(tex));
        t.getStyleClass().add("formula-text");
        TextFlow flow = new TextFlow(t);
        flow.getStyleClass().add("formula");
        flow.setTextAlignment(TextAlignment.CENTER);
        return flow;
    }
}
