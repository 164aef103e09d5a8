package estrado.present;

import estrado.i18n.Messages;
import estrado.widgets.WidgetKeys;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** The projector's window: nothing but the slide, keys for moving through the talk. */
public final class AudienceWindow {
    private final Stage stage;
    private final Presentation presentation;
    private final Keymap keys = new Keymap();
    private final SlideView view;
    private javafx.event.EventHandler<KeyEvent> otherKeys;

    public AudienceWindow(Stage stage, Presentation presentation) {
        this.stage = stage;
        this.presentation = presentation;
        this.view = SlideView.forAudience(presentation);
        Scene scene = new Scene(view, 1280, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Keys belong to navigation until the lecturer clicks or tabs into a widget: without this,
        // each new slide hands focus to its first control, which would keep the arrows.
        WidgetKeys.keepFocusOff(view, presentation.positionProperty());
        stage.setScene(scene);
        stage.setFullScreenExitHint(Messages.get("window.fullScreenHint"));
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("window.audienceTitle", presentation.deckProperty().get().deck().title(),
                        presentation.position().slide() + 1, presentation.slideCount()),
                presentation.positionProperty(), presentation.deckProperty()));
    }

    public Stage stage() {
        return stage;
    }

    public SlideView view() {
        return view;
    }

    /**
     * Keys the audience keys leave unused (T, S, +…) go here, so the presenter's keys work whichever window has
     * the focus.
     */
    public void setOtherKeys(javafx.event.EventHandler<KeyEvent> handler) {
        otherKeys = handler;
        stage.getScene().addEventFilter(KeyEvent.KEY_TYPED, handler);
    }

    private void onKey(KeyEvent e) {
        if (WidgetKeys.claims(e)) {
            return; // a focused slider or button of a widget takes its arrows and space
        }
        Keymap.Action a = keys.action(e);
        if (a == Keymap.Action.FULL_SCREEN) {
            stage.setFullScreen(!stage.isFullScreen());
            e.consume();
        } else if (keys.apply(a, presentation)) {
            e.consume();
        } else if (otherKeys != null) {
            otherKeys.handle(e);
        }
    }
}
