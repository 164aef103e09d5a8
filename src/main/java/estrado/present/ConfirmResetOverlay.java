package estrado.present;

import estrado.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/** Resetting the talk clock loses the run, so it takes a second Ctrl+R (or the button); anything else cancels. */
final class ConfirmResetOverlay extends Overlay {
    private final Runnable confirm;
    private final Runnable cancel;

    ConfirmResetOverlay(String elapsed, Runnable confirm, Runnable cancel) {
        super("reset-overlay", Messages.get("reset.title"), Messages.get("reset.text", elapsed));
        this.confirm = confirm;
        this.cancel = cancel;
        Button yes = new Button(Messages.get("reset.yes"));
        yes.setId("reset-yes");
        yes.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        yes.setOnAction(e -> confirm.run());
        Button no = new Button(Messages.get("reset.no"));
        no.setId("reset-no");
        no.setDefaultButton(false);
        no.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(12, yes, no);
        card.getChildren().add(buttons);
    }

    @Override
    boolean keyPressed(KeyEvent e) {
        if (PresenterKeys.pressed(e) == PresenterKeys.Action.RESET) {
            confirm.run();
        } else if (!e.getCode().isModifierKey()) {
            cancel.run();
        }
        return true;
    }
}
