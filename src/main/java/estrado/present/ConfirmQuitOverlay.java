package estrado.present;

import estrado.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/**
 * Quitting while the talk clock runs asks once: Enter (or Ctrl+Q again, or the button) ends the talk and keeps its
 * run; Esc goes back to the talk. Other keys do nothing here, except a clicker's, which still move the talk.
 */
final class ConfirmQuitOverlay extends Overlay {
    private final Runnable confirm;

    ConfirmQuitOverlay(String elapsed, Runnable confirm, Runnable cancel) {
        super("quit-overlay", Messages.get("quit.title"), Messages.get("quit.text", elapsed));
        this.confirm = confirm;
        Button yes = new Button(Messages.get("quit.yes"));
        yes.setId("quit-yes");
        yes.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        yes.setOnAction(e -> confirm.run());
        Button no = new Button(Messages.get("quit.no"));
        no.setId("quit-no");
        no.setOnAction(e -> cancel.run());
        card.getChildren().add(new HBox(12, yes, no));
    }

    @Override
    boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || PresenterKeys.pressed(e) == PresenterKeys.Action.QUIT) {
            confirm.run();
        }
        return true;
    }
}
