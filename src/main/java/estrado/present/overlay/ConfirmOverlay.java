package estrado.present.overlay;

import atlantafx.base.theme.Styles;
import estrado.i18n.Messages;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A question with a dangerous "yes" and a "no" (quitting or resetting a running talk): its texts' message keys (the
 * text takes the talk clock, kept running), and ids {@code name-overlay}, {@code name-yes}, {@code name-no}. Subclasses say
 * which keys confirm or cancel.
 */
public abstract class ConfirmOverlay extends Overlay {
    protected final Runnable confirm;
    protected final Runnable cancel;

    /** The texts of one question, by message key. */
    record Texts(String title, String text, String yes, String no) { }

    /** {@code elapsed} is the talk clock as it runs: the question shows it ticking, not as it was when asked. */
    ConfirmOverlay(String name, Texts texts, ObservableValue<String> elapsed, Runnable confirm, Runnable cancel) {
        super(name + "-overlay", Messages.get(texts.title()), null);
        Label question = new Label();
        question.setId(name + "-text");
        question.getStyleClass().add("overlay-hint");
        question.setWrapText(true);
        question.textProperty().bind(elapsed.map(t -> Messages.get(texts.text(), t)));
        card.getChildren().add(question);
        this.confirm = confirm;
        this.cancel = cancel;
        Button yes = new Button(Messages.get(texts.yes()));
        yes.setId(name + "-yes");
        yes.getStyleClass().add(Styles.DANGER);
        yes.setOnAction(e -> confirm.run());
        Button no = new Button(Messages.get(texts.no()));
        no.setId(name + "-no");
        no.setOnAction(e -> cancel.run());
        card.getChildren().add(new HBox(12, yes, no));
    }
}
