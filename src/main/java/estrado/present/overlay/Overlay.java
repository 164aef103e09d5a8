package estrado.present.overlay;

import estrado.i18n.Messages;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A panel over the presenter view (help, overview, go to, confirm). While one is open it gets the keys first;
 * Esc closes it, and a clicker's PageUp/PageDown still move the talk.
 */
public abstract class Overlay extends StackPane {
    protected final VBox card = new VBox();

    Overlay(String id, String title, String hint) {
        setId(id);
        getStyleClass().add("overlay");
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label t = new Label(title);
        t.getStyleClass().add("overlay-title");
        card.getChildren().add(t);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("overlay-hint");
            h.setWrapText(true);
            card.getChildren().add(h);
        }
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
    }

    /**
     * "Empezar desde aquí" under the card's title, before the clock starts: a button and its key, Ctrl+Enter.
     * {@code chosen} gives the slide the overlay points at.
     */
    protected Button startHereButton(IntConsumer startHere, IntSupplier chosen) {
        Button b = new Button(Messages.get("slot.startHere"));
        b.setId("start-here");
        b.setFocusTraversable(false);
        b.setOnAction(e -> startHere.accept(chosen.getAsInt()));
        Label h = new Label(Messages.get("slot.startHereHint"));
        h.getStyleClass().add("overlay-hint");
        HBox row = new HBox(12, b, h);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(2, row);
        return b;
    }

    /** Ctrl+Enter, the key of "empezar desde aquí". */
    static boolean isStartHere(KeyEvent e) {
        return e.getCode() == KeyCode.ENTER && (e.isControlDown() || e.isShortcutDown());
    }

    /** A key pressed while open; true if used. Esc is handled by the window. */
    public boolean keyPressed(KeyEvent e) {
        return false;
    }

    /** A character typed while open; true if used. */
    public boolean keyTyped(KeyEvent e) {
        return false;
    }

    /** Called once shown, e.g. to focus a field. */
    public void opened() {
    }

    /** Whether typed text belongs to this overlay (a search field): then B and "." are letters, not blackout. */
    public boolean takesText() {
        return false;
    }
}
