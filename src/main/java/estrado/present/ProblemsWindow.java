package estrado.present;

import estrado.deck.Problem;
import estrado.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** Shown instead of the slides when a deck cannot be opened: the problems, never a stack trace. */
public final class ProblemsWindow {
    private ProblemsWindow() {
    }

    public static void show(Stage stage, Path base, List<Problem> problems) {
        ListView<String> list = new ListView<>();
        problems.forEach(p -> list.getItems().add(p.format(base)));
        Label head = new Label(Messages.get("window.problemsHead"));
        head.setStyle("-fx-font-size: 18px; -fx-padding: 12;");
        head.setWrapText(true);
        BorderPane root = new BorderPane(list);
        root.setTop(head);
        stage.setScene(new Scene(root, 1000, 500));
        stage.setTitle(Messages.get("window.problemsTitle"));
        stage.show();
    }
}
