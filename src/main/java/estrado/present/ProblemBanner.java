package estrado.present;

import estrado.deck.Problem;
import estrado.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A non-modal strip for the presenter view (never the projector): the deck on disk is broken, the
 * last good one is still shown, and here is where to look, as {@code file:line:col: message}. It
 * hides itself when the list empties, i.e. when a save fixes the deck.
 */
public final class ProblemBanner extends VBox {
    static final int SHOWN = 5;

    private final ObservableList<Problem> problems;
    private final Path base;

    public ProblemBanner(ObservableList<Problem> problems, Path base) {
        this.problems = problems;
        this.base = base;
        getStyleClass().add("problem-banner");
        setStyle("-fx-background-color: #fdf0e2; -fx-border-color: #a4530a; -fx-border-width: 0 0 0 6;"
                + " -fx-padding: 8 12 8 12; -fx-spacing: 2;");
        problems.addListener((ListChangeListener<Problem>) c -> refresh());
        refresh();
    }

    private void refresh() {
        List<Problem> shown = List.copyOf(problems);
        getChildren().clear();
        boolean any = !shown.isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        Label head = new Label(Messages.get("reload.bannerHead", shown.size()));
        head.setStyle("-fx-font-weight: bold; -fx-text-fill: #5c2e05;");
        head.setWrapText(true);
        getChildren().add(head);
        for (Problem p : shown.subList(0, Math.min(SHOWN, shown.size()))) {
            Label line = new Label(p.format(base));
            line.getStyleClass().add("problem-line");
            line.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-text-fill: #1d2330;");
            line.setWrapText(true);
            getChildren().add(line);
        }
        if (shown.size() > SHOWN) {
            getChildren().add(new Label(Messages.get("reload.bannerMore", shown.size() - SHOWN)));
        }
    }

    /** What the banner says, line by line (for tests and for the terminal). */
    public List<String> lines() {
        return getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
