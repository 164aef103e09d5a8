package estrado.present.ink;

import estrado.present.canvas.SlideViewport;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse (or a finger, or a tablet's pen: JavaFX turns touches into mouse events) drawing on one window's live
 * slide while a tool is in hand. It takes the presses and drags it draws with, so a widget under the pen does not
 * move; with no tool in hand it lets everything through.
 */
public final class InkInput {
    private final Ink ink;
    private final SlideViewport viewport;
    private final Supplier<Page> page;

    public InkInput(Ink ink, SlideViewport viewport, Supplier<Page> page) {
        this.ink = ink;
        this.viewport = viewport;
        this.page = page;
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventFilter(MouseEvent.MOUSE_CLICKED, this::ours);
    }

    private boolean ours(MouseEvent e) {
        // a zoom being picked took the event first
        boolean mine = ink.toolProperty().get() != null && !e.isConsumed();
        if (mine) {
            e.consume();
        }
        return mine;
    }

    private void pressed(MouseEvent e) {
        if (!ours(e) || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D canvas = viewport.toCanvas(local.getX(), local.getY());
        if (canvas != null) { // not in the letterbox
            ink.begin(page.get(), canvas);
        }
    }

    private void dragged(MouseEvent e) {
        if (ours(e)) {
            Point2D local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
            ink.extend(viewport.canvasAt(local.getX(), local.getY()));
        }
    }

    private void released(MouseEvent e) {
        if (ours(e)) {
            ink.end();
        }
    }
}
