package estrado.present.overlay;

import estrado.i18n.Messages;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** G: type a slide number or words of its title, Enter goes there. */
public final class GoToOverlay extends Overlay {
    private final SlideSearch search;
    private final IntConsumer goTo;
    private final IntConsumer startHere;
    private final TextField field = new TextField();
    private final ListView<SlideSearch.Hit> list = new ListView<>();

    /** @param startHere "empezar desde aquí" before the clock starts, or {@code null} once it runs */
    public GoToOverlay(SlideSearch search, int current, IntConsumer goTo, IntConsumer startHere) {
        super("goto-overlay", Messages.get("goto.title"), Messages.get("goto.hint"));
        this.search = search;
        this.goTo = goTo;
        this.startHere = startHere;
        field.setId("goto-field");
        field.getStyleClass().add("goto-field");
        field.setPromptText(Messages.get("goto.prompt"));
        list.setId("goto-list");
        list.getStyleClass().add("goto-list");
        list.setPrefSize(900, 420);
        list.setCellFactory(v -> new HitCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose();
            }
        });
        field.textProperty().addListener((o, a, b) -> filter());
        card.getChildren().addAll(field, list);
        if (startHere != null) {
            startHereButton(startHere, () -> {
                SlideSearch.Hit hit = list.getSelectionModel().getSelectedItem();
                return hit == null ? current : hit.index();
            });
        }
        filter();
        list.getSelectionModel().select(Math.min(current, list.getItems().size() - 1));
        showSelected();
    }

    /**
     * A row: the slide's number and title on the left, its section muted on the right. The row never asks for more
     * than the list's width (no sideways scrolling, seen with long titles). The title is what the lecturer looks
     * for, so the section gets at most a third of the row and is the first to be cut with "…".
     */
    private static final class HitCell extends ListCell<SlideSearch.Hit> {
        private final Label title = new Label();
        private final Label section = new Label();
        private final HBox row = new HBox(title, section);

        HitCell() {
            title.getStyleClass().add("goto-title");
            section.getStyleClass().add("goto-section");
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            section.setMinWidth(0);
            section.maxWidthProperty().bind(row.widthProperty().divide(3));
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("goto-row");
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(SlideSearch.Hit item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.numbered());
            section.setText(item.section());
            setGraphic(row);
        }
    }

    /** Scrolls so the selected match is in view, a few rows from the top (the list opens on the current slide). */
    private void showSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.scrollTo(Math.max(0, i - 3));
        }
    }

    private void filter() {
        list.getItems().setAll(search.find(field.getText()));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    /** Goes to the selected slide; nothing if no slide matches. */
    void choose() {
        SlideSearch.Hit hit = list.getSelectionModel().getSelectedItem();
        if (hit != null) {
            goTo.accept(hit.index());
        }
    }

    public TextField field() {
        return field;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        KeyCode c = e.getCode();
        if (startHere != null && isStartHere(e)) {
            SlideSearch.Hit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                startHere.accept(hit.index());
            }
            return true;
        }
        if (c == KeyCode.ENTER) {
            choose();
            return true;
        }
        if (c == KeyCode.DOWN || c == KeyCode.UP) {
            int i = list.getSelectionModel().getSelectedIndex() + (c == KeyCode.DOWN ? 1 : -1);
            if (i >= 0 && i < list.getItems().size()) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
            return true;
        }
        // everything else is typing in the field
        return false;
    }

    @Override
    public void opened() {
        field.requestFocus();
        showSelected();
    }

    @Override
    public boolean takesText() {
        return true;
    }
}
