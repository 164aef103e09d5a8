package estrado.present.window;

import estrado.deck.Notes;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The speaker notes of the current slide, large, scrollable, with a size the lecturer picks. */
public final class NotesView extends VBox {
    /** Notes size in pixels at 1080 lines; scaled with the window like everything else. */
    public static final double DEFAULT_SIZE = 30;
    static final double MIN_SIZE = 16;
    static final double MAX_SIZE = 72;

    private final Label text = new Label();
    /** The notes as the lecturer reads them: paragraphs, and list items with a bullet and a hanging indent. */
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private double size = DEFAULT_SIZE;
    private double windowScale = 1;

    NotesView() {
        getStyleClass().add("notes");
        setId("notes");
        Label caption = new Label(Messages.get("notes.caption").toUpperCase(Messages.locale()));
        caption.getStyleClass().add("notes-caption");
        text.getStyleClass().add("notes-text");
        text.setId("notes-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        body.setId("notes-body");
        body.setFillWidth(true);
        scroll.getStyleClass().add("notes-pane");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(caption, scroll);
        applySize();
    }

    void show(Slide slide) {
        String notes = Notes.reflow(slide.notes());
        TimerPanel.pseudo(text, "notes-empty", notes.isEmpty());
        text.setText(notes.isEmpty() ? Messages.get("notes.none") : notes);
        body.getChildren().clear();
        if (notes.isEmpty()) {
            body.getChildren().add(text);
        }
        boolean first = true;
        for (List<String> paragraph : Notes.paragraphs(slide.notes())) {
            for (String line : paragraph) {
                Notes.Item item = Notes.item(line);
                Label l = line(item.text());
                Node row = l;
                if (item.isItem()) {
                    Label marker = line(item.marker());
                    marker.setMinWidth(Label.USE_PREF_SIZE);
                    marker.getStyleClass().add("notes-marker");
                    HBox h = new HBox(marker, l);
                    HBox.setHgrow(l, Priority.ALWAYS);
                    h.getStyleClass().add("notes-item");
                    row = h;
                }
                if (!first && paragraph.get(0) == line) {
                    row.getStyleClass().add("notes-paragraph");
                }
                first = false;
                body.getChildren().add(row);
            }
        }
        scroll.setVvalue(0);
    }

    private static Label line(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("notes-text");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** The notes' rows as shown (a list item as its marker and text), for tests. */
    List<String> rows() {
        return body.getChildren().stream().map(n -> n instanceof HBox h
                ? ((Label) h.getChildren().get(0)).getText() + " " + ((Label) h.getChildren().get(1)).getText()
                : ((Label) n).getText()).toList();
    }

    /** Changes the notes size by {@code steps} of 2 px (at 1080 lines); 0 goes back to the default. */
    void resize(int steps) {
        size = steps == 0 ? DEFAULT_SIZE : Math.max(MIN_SIZE, Math.min(MAX_SIZE, size + 2 * steps));
        applySize();
    }

    void setSize(double px) {
        size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, px));
        applySize();
    }

    public double size() {
        return size;
    }

    void setWindowScale(double s) {
        windowScale = s;
        applySize();
    }

    /** Scrolls by a fraction of the visible height (positive = down). */
    void scrollBy(double pages) {
        double content = body.getHeight() - scroll.getViewportBounds().getHeight();
        if (content <= 0) {
            return;
        }
        double delta = pages * scroll.getViewportBounds().getHeight() / content;
        scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + delta)));
    }

    public String text() {
        return text.getText();
    }

    private void applySize() {
        String font = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size * windowScale);
        text.setStyle(font);
        body.setStyle(font);
    }
}
