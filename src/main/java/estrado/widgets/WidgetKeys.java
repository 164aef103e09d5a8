package estrado.widgets;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Which keys a widget's focused control keeps for itself. A window's navigation keys are caught
 * before the control sees them, so the window asks here first: arrows, Home/End and Space move a
 * focused slider or press a focused button. PageUp/PageDown (what clickers send) always navigate.
 */
public final class WidgetKeys {
    /** Style class of every widget's root node. */
    public static final String WIDGET_CLASS = "widget";

    private WidgetKeys() {
    }

    public static boolean claims(KeyEvent e) {
        return claims(e.getCode(), e.getTarget() instanceof Node n ? n : null);
    }

    /** Whether {@code code} pressed while {@code focused} has focus belongs to a widget control. */
    public static boolean claims(KeyCode code, Node focused) {
        if (!isControlKey(code)) {
            return false;
        }
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(WIDGET_CLASS)) {
                return n != focused; // the widget's own pane is not a control
            }
        }
        return false;
    }

    /**
     * Gives focus to {@code view} (the slide's container, itself no control) when the window shows,
     * when {@code slideChanges} fires, and when a click lands on the slide outside any control.
     * JavaFX otherwise focuses the first control of a new slide, and a focused widget control
     * keeps the arrow keys (see {@link #claims}).
     */
    public static void keepFocusOff(Node view, javafx.beans.value.ObservableValue<?> slideChanges) {
        slideChanges.addListener((o, a, b) -> view.requestFocus());
        java.util.function.Consumer<javafx.stage.Window> onWindow = window -> {
            if (window != null) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> view.requestFocus());
            }
        };
        java.util.function.Consumer<javafx.scene.Scene> onScene = scene -> {
            if (scene != null) {
                onWindow.accept(scene.getWindow());
                scene.windowProperty().addListener((w, was, window) -> onWindow.accept(window));
            }
        };
        onScene.accept(view.getScene());
        view.sceneProperty().addListener((o, a, scene) -> onScene.accept(scene));
        view.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != view; n = n.getParent()) {
                if (n instanceof javafx.scene.control.Control) {
                    return;
                }
            }
            view.requestFocus();
        });
    }

    private static boolean isControlKey(KeyCode code) {
        return switch (code) {
            case LEFT, RIGHT, UP, DOWN, HOME, END, SPACE, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN -> true;
            default -> false;
        };
    }
}
