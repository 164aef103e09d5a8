package estrado.present.zoom;

import estrado.present.canvas.CanvasLayer;
import estrado.present.canvas.SlideViewport;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Shows the zoom on a live slide: the rectangle being dragged, and, on the lecturer's view (which keeps the whole
 * slide), a frame round the part the projector magnifies.
 */
public final class ZoomLayer extends CanvasLayer {
    /** Frame width in screen pixels, whatever the scale. */
    static final double FRAME = 3;

    private final Zoom zoom;
    private final Rectangle dragged = frame("zoom-selection");
    private final Rectangle shown = frame("zoom-frame");

    /** @param framesRegion whether this view keeps the whole slide and frames the magnified part */
    public ZoomLayer(Zoom zoom, SlideViewport viewport, boolean framesRegion) {
        super(viewport);
        this.zoom = zoom;
        getStyleClass().add("zoom-layer");
        dragged.getStrokeDashArray().setAll(4.0, 3.0);
        canvas.getChildren().add(dragged);
        if (framesRegion) {
            canvas.getChildren().add(shown);
            zoom.regionProperty().addListener((o, a, b) -> show(shown, b));
        }
        zoom.selectionProperty().addListener((o, a, b) -> show(dragged, b));
        show(dragged, null);
        show(shown, null);
    }

    /** The frame round the magnified part (hidden without a zoom, and on the projector). */
    public Rectangle frameShown() {
        return shown;
    }

    @Override
    protected void placed(double scale) {
        dragged.setStrokeWidth(FRAME / scale);
        shown.setStrokeWidth(FRAME / scale);
    }

    private static void show(Rectangle r, Rectangle2D at) {
        r.setVisible(at != null);
        if (at != null) {
            r.setX(at.getMinX());
            r.setY(at.getMinY());
            r.setWidth(at.getWidth());
            r.setHeight(at.getHeight());
        }
    }

    private static Rectangle frame(String id) {
        Rectangle r = new Rectangle();
        r.setId(id);
        r.setFill(Color.color(1, 0.7, 0, 0.08));
        r.setStroke(Color.web("#ffb300"));
        r.setManaged(false);
        return r;
    }
}
