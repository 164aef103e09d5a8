package estrado.present.overlay;

import estrado.present.keys.Keys;
import javafx.scene.input.KeyCode;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyEvent;

/**
 * Quitting while the talk clock runs asks once: Enter (or Ctrl+Q again, or the button) ends the talk and keeps its
 * run; Esc goes back to the talk. Other keys do nothing here, except a clicker's, which still move the talk.
 */
public final class ConfirmQuitOverlay extends ConfirmOverlay {
    public ConfirmQuitOverlay(ObservableValue<String> elapsed, Runnable confirm, Runnable cancel) {
        super("quit", new Texts("quit.title", "quit.text", "quit.yes", "quit.no"), elapsed, confirm, cancel);
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || Keys.of(e) == Keys.Action.QUIT) {
            confirm.run();
        }
        return true;
    }
}
