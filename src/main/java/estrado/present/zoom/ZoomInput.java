package estrado.present.zoom;

import estrado.present.canvas.SlideViewport;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** The drag on one window's live slide that picks the part to magnify, while the zoom is armed. */
public final class ZoomInput {
    private final Zoom zoom;
    private final SlideViewport viewport;
    private Point2D from;

    public ZoomInput(Zoom zoom, SlideViewport viewport) {
        this.zoom = zoom;
        this.viewport = viewport;
        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (zoom.armedProperty().get()) {
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        if (!zoom.armedProperty().get()) {
            return;
        }
        e.consume(); // not a click on a widget, nor ink
        Point2D local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
        from = e.getButton() == MouseButton.PRIMARY ? viewport.toCanvas(local.getX(), local.getY()) : null;
    }

    private void dragged(MouseEvent e) {
        if (from == null || !zoom.armedProperty().get()) {
            return;
        }
        e.consume();
        Point2D local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
        zoom.drag(from, viewport.canvasAt(local.getX(), local.getY()));
    }

    private void released(MouseEvent e) {
        if (from == null || !zoom.armedProperty().get()) {
            return;
        }
        e.consume();
        from = null;
        zoom.release();
    }
}
