package estrado.render;

import estrado.deck.Block;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A code block: one row per line, its number in a gutter and its runs coloured by kind. Every piece is a
 * plain {@link Text} in a box, so the PDF has the code as real, selectable text in the mono face.
 */
final class CodeView {
    private CodeView() {
    }

    static Node create(Block.Code code, int step) {
        List<String> lines = code.lines();
        List<List<CodeTokens.Run>> runs = CodeTokens.of(code.language(), lines);
        Set<Integer> marked = code.highlightedAt(step);
        int digits = String.valueOf(lines.size()).length();
        VBox box = new VBox();
        box.getStyleClass().addAll("code-block", "code-" + code.language().yamlName());
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            Text gutter = new Text(String.format("%" + digits + "d", number));
            gutter.getStyleClass().add("code-line-number");
            TextFlow text = new TextFlow();
            text.getStyleClass().add("code-text");
            for (CodeTokens.Run r : runs.get(i)) {
                Text t = new Text(r.text());
                t.getStyleClass().addAll("code-run", r.kind().styleClass());
                text.getChildren().add(t);
            }
            if (text.getChildren().isEmpty()) {
                // an empty line keeps its height
                Text blank = new Text(" ");
                blank.getStyleClass().add("code-run");
                text.getChildren().add(blank);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(gutter, text);
            row.getStyleClass().add("code-line");
            if (marked.contains(number)) {
                row.getStyleClass().add("code-line-marked");
            }
            box.getChildren().add(row);
        }
        return box;
    }
}
