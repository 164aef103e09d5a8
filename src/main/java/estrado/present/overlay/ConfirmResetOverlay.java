package estrado.present.overlay;

import estrado.present.keys.Keys;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyEvent;

/** Resetting the talk clock loses the run, so it takes a second Ctrl+R (or the button); anything else cancels. */
public final class ConfirmResetOverlay extends ConfirmOverlay {
    public ConfirmResetOverlay(ObservableValue<String> elapsed, Runnable confirm, Runnable cancel) {
        super("reset", new Texts("reset.title", "reset.text", "reset.yes", "reset.no"), elapsed, confirm, cancel);
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (Keys.of(e) == Keys.Action.RESET_CLOCK) {
            confirm.run();
        } else if (!e.getCode().isModifierKey()) {
            cancel.run();
        }
        return true;
    }
}
