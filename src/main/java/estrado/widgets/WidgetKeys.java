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

    private static boolean isControlKey(KeyCode code) {
        return switch (code) {
            case LEFT, RIGHT, UP, DOWN, HOME, END, SPACE, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN -> true;
            default -> false;
        };
    }
}
