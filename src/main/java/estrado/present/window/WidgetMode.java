package estrado.present.window;

import estrado.i18n.Messages;
import estrado.widgets.WidgetKeys;
import java.time.Duration;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The talk owns the keys; a widget gets them only in this mode, one per window, and only when the lecturer asks for
 * it by keyboard: Tab (a ring round the widget and a hint show it). The mouse never enters it: a click or a drag on
 * any part of a widget (a control, a label, its background, a table row, a card) does what it does there and
 * leaves Right, Left, Space, PageUp and PageDown to the talk, because the room cannot see which part of the widget
 * was clicked and a TA who picked a model must not change it again with the next Right. The mode ends with Esc, a
 * click outside the widget, a slide change, or {@link #IDLE} without input. In the mode the arrows, Home/End and
 * Space go to the focused control; every other key (PageUp/PageDown, B, ".", digits) still drives the talk.
 */
public final class WidgetMode {
    /** How long the mode outlives the last key or click in it. */
    public static final Duration IDLE = Duration.ofSeconds(5);

    /** Runs a task after a delay; the returned action cancels it. Injected so tests move time themselves. */
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable task);

        /** The JavaFX timer of a running application. */
        static Scheduler fx() {
            return (delay, task) -> {
                PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                wait.setOnFinished(e -> task.run());
                wait.play();
                return wait::stop;
            };
        }
    }

    private final SlideView view;
    private final Scheduler scheduler;
    private final Region ring = new Region();
    private final Label hint = new Label(Messages.get("widgetMode.hint"));
    private Parent active;
    private Runnable cancelIdle = () -> { };

    WidgetMode(SlideView view, Scheduler scheduler) {
        this.view = view;
        this.scheduler = scheduler;
        ring.getStyleClass().add("widget-mode-ring");
        ring.setStyle("-fx-border-color: #ffb300; -fx-border-width: 4; -fx-border-radius: 6;"
                + " -fx-background-color: transparent;");
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        hint.getStyleClass().add("widget-mode-hint");
        hint.setId("widget-mode-hint");
        hint.setStyle("-fx-background-color: rgba(20,20,20,0.85); -fx-text-fill: #ffd54f; -fx-padding: 0.3em 0.8em;"
                + " -fx-background-radius: 6; -fx-font-size: 14px;");
        hint.setMouseTransparent(true);
        hint.setVisible(false);
        hint.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        view.getChildren().addAll(ring, hint);
        view.layoutBoundsProperty().addListener((o, a, b) -> placeRing());
    }

    /** Wires the mode into the window's scene: clicks enter or leave it, and the talk keeps focus otherwise. */
    void attach(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null) {
                touch();
            }
        });
        scene.windowProperty().addListener((o, was, window) -> {
            if (window != null) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> view.requestFocus());
            }
        });
    }

    public boolean isActive() {
        return active != null;
    }

    /** The widget in the mode, or null. */
    Parent widget() {
        return active;
    }

    /**
     * The window's key filter asks here first. True: the key belongs to the widget (it is consumed here, or left
     * for the focused control); false: the talk takes it.
     */
    boolean keyPressed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        if (e.getCode() == KeyCode.TAB) {
            Parent widget = active != null ? active : widgetOf(focusOwner());
            List<Node> controls = controls(widget != null ? widget : firstWidget());
            if (controls.isEmpty()) {
                return false;
            }
            if (active == null) {
                // the control clicked last, if it is this widget's: Tab goes on from where the mouse left off
                Node first = controls.contains(focusOwner()) ? focusOwner() : controls.get(0);
                enter(widgetOf(first), first);
            } else {
                int i = controls.indexOf(focusOwner());
                int step = e.isShiftDown() ? -1 : 1;
                controls.get(Math.floorMod(i < 0 ? 0 : i + step, controls.size())).requestFocus();
                touch();
            }
            e.consume();
            return true;
        }
        if (active == null) {
            return false;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            leave();
            e.consume();
            return true;
        }
        if (!isControlKey(e.getCode())) {
            return false;
        }
        touch();
        if (widgetOf(focusOwner()) != active) {
            List<Node> controls = controls(active);
            if (!controls.isEmpty()) {
                controls.get(0).requestFocus();
            }
        }
        return true;
    }

    /** Leaves the mode (Esc, a click outside, idle, a slide change) and gives the keys back to the talk. */
    void leave() {
        cancelIdle.run();
        cancelIdle = () -> { };
        active = null;
        ring.setVisible(false);
        hint.setVisible(false);
        view.requestFocus();
    }

    private void enter(Parent widget, Node focus) {
        active = widget;
        ring.setVisible(true);
        hint.setVisible(true);
        placeRing();
        if (focus != null) {
            focus.requestFocus();
        }
        touch();
    }

    private void touch() {
        cancelIdle.run();
        cancelIdle = scheduler.schedule(IDLE, this::leave);
    }

    /** A click never enters the mode: inside the active widget it keeps it; anywhere else it leaves it. */
    private void mousePressed(MouseEvent e) {
        Node target = e.getPickResult().getIntersectedNode();
        boolean onSlide = isInside(target, view);
        if (view.mouseDraws() && onSlide) {
            return; // the pen or a zoom being picked has the mouse
        }
        Parent widget = onSlide ? widgetOf(target) : null;
        if (active != null && widget == active) {
            touch();
            return;
        }
        if (active != null) {
            leave();
        }
        if (onSlide && (widget == null || controlOf(target, widget) == null)) {
            // no control under the mouse (the slide, a label, a widget's background, a row, a card): the focus
            // ring comes off the control used last, so nothing on the slide looks as if it had the keys
            view.requestFocus();
        }
    }

    private void placeRing() {
        if (active == null || active.getScene() == null) {
            return;
        }
        Bounds b = view.sceneToLocal(active.localToScene(active.getLayoutBounds()));
        double pad = 6;
        ring.resizeRelocate(b.getMinX() - pad, b.getMinY() - pad, b.getWidth() + 2 * pad, b.getHeight() + 2 * pad);
    }

    private Node focusOwner() {
        Scene scene = view.getScene();
        return scene == null ? null : scene.getFocusOwner();
    }

    private Parent firstWidget() {
        var shown = view.shown();
        return shown == null ? null : (Parent) shown.root().lookup("." + WidgetKeys.WIDGET_CLASS);
    }

    /** The widget holding {@code node}, or null. */
    private static Parent widgetOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(WidgetKeys.WIDGET_CLASS) && n instanceof Parent p) {
                return p;
            }
        }
        return null;
    }

    /** The control of {@code widget} that {@code node} belongs to (a slider's thumb: the slider), or null. */
    private static Control controlOf(Node node, Parent widget) {
        for (Node n = node; n != null && n != widget; n = n.getParent()) {
            if (n instanceof Control c && c.isFocusTraversable()) {
                return c;
            }
        }
        return null;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The widget's controls that take the keyboard, in reading order. */
    private static List<Node> controls(Parent widget) {
        if (widget == null) {
            return List.of();
        }
        List<Node> out = new java.util.ArrayList<>();
        collect(widget, out);
        return out;
    }

    private static void collect(Parent p, List<Node> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n instanceof Control c && c.isFocusTraversable()) {
                out.add(c);
            } else if (n instanceof Parent child) {
                collect(child, out);
            }
        }
    }

    private static boolean isControlKey(KeyCode code) {
        return switch (code) {
            case LEFT, RIGHT, UP, DOWN, HOME, END, SPACE, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN -> true;
            default -> false;
        };
    }
}
