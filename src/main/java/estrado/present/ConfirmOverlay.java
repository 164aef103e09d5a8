package estrado.present;

import estrado.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/**
 * A question with a dangerous "yes" and a "no" (quitting or resetting a running talk). Messages and button ids come
 * from {@code name}: {@code name.title}, {@code name.text} (with the elapsed time), {@code name.yes}, {@code name.no};
 * ids {@code name-overlay}, {@code name-yes}, {@code name-no}. Subclasses say which keys confirm or cancel.
 */
abstract class ConfirmOverlay extends Overlay {
    protected final Runnable confirm;
    protected final Runnable cancel;

    ConfirmOverlay(String name, String elapsed, Runnable confirm, Runnable cancel) {
        super(name + "-overlay", Messages.get(name + ".title"), Messages.get(name + ".text", elapsed));
        this.confirm = confirm;
        this.cancel = cancel;
        Button yes = new Button(Messages.get(name + ".yes"));
        yes.setId(name + "-yes");
        yes.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        yes.setOnAction(e -> confirm.run());
        Button no = new Button(Messages.get(name + ".no"));
        no.setId(name + "-no");
        no.setOnAction(e -> cancel.run());
        card.getChildren().add(new HBox(12, yes, no));
    }
}
