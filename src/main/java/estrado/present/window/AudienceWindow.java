package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.ink.InkToolbar;
import estrado.present.keys.Keys;
import estrado.present.talk.Presentation;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** The projector's window: nothing but the slide, keys for moving through the talk. */
public final class AudienceWindow {
    private final Stage stage;
    private final Presentation presentation;
    private final Keys keys = new Keys();
    private final SlideView view;
    private final WidgetMode widgetMode;
    private final InkToolbar tools;
    private javafx.event.EventHandler<KeyEvent> otherKeys;

    public AudienceWindow(Stage stage, Presentation presentation) {
        this(stage, presentation, WidgetMode.Scheduler.fx());
    }

    public AudienceWindow(Stage stage, Presentation presentation, WidgetMode.Scheduler scheduler) {
        this.stage = stage;
        this.presentation = presentation;
        this.view = SlideView.forAudience(presentation);
        this.widgetMode = new WidgetMode(view, scheduler);
        view.pointWithMouse(scheduler); // one screen with a touch screen: point on the projector itself
        // ...and pick the pen, the highlighter or the zoom there without a keyboard (hidden until called)
        tools = new InkToolbar(presentation.ink(), presentation.zoom(), presentation::inkPage);
        tools.attachTo(view);
        javafx.scene.layout.StackPane.setAlignment(tools, javafx.geometry.Pos.BOTTOM_LEFT);
        javafx.scene.layout.StackPane.setMargin(tools, new javafx.geometry.Insets(16));
        view.getChildren().add(tools);
        Scene scene = new Scene(view, 1280, 720);
        // a filter on the scene sees every key before a focused slider or button could spend it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        widgetMode.attach(scene);
        presentation.positionProperty().addListener((o, a, b) -> widgetMode.leave());
        presentation.deckProperty().addListener((o, a, b) -> widgetMode.leave());
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

    /** The ink and zoom buttons along the bottom edge. */
    public InkToolbar tools() {
        return tools;
    }

    public WidgetMode widgetMode() {
        return widgetMode;
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
        if (widgetMode.keyPressed(e)) {
            return; // only in the widget mode the lecturer asked for with Tab (a click never enters it)
        }
        if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && presentation.escape()) {
            e.consume(); // Esc puts out the spotlight, the zoom, the pen; otherwise it goes on to the presenter's keys
            return;
        }
        Keys.Action a = keys.pressed(e);
        if (a == Keys.Action.FULL_SCREEN) {
            stage.setFullScreen(!stage.isFullScreen());
            e.consume();
        } else if (keys.apply(a, presentation)) {
            e.consume();
        } else if (a.isPresenters() && otherKeys != null) {
            otherKeys.handle(e);
        }
    }
}
