package estrado.present.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A layer over a live slide whose shapes are in canvas pixels: they sit in a group scaled and placed like the slide
 * under it (letterbox, window size, zoom), so a shape covers the same part of the slide in every window. It takes no
 * clicks, and shows nothing outside the part of the slide on screen.
 */
public abstract class CanvasLayer extends Pane {
    /** The shapes, in canvas pixels. */
    protected final Group canvas = new Group();
    private final SlideViewport viewport;
    private final Translate origin = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();

    protected CanvasLayer(SlideViewport viewport) {
        this.viewport = viewport;
        setMouseTransparent(true);
        setPickOnBounds(false);
        canvas.getTransforms().addAll(origin, scale);
        canvas.setManaged(false);
        setClip(clip);
        getChildren().add(canvas);
        viewport.layoutBoundsProperty().addListener((o, a, b) -> requestLayout());
        viewport.regionProperty().addListener((o, a, b) -> requestLayout()); // a zoom moves the shapes with the slide
    }

    /** The viewport's scale now: canvas pixels to screen pixels (a line width that must look the same). */
    protected double scaleNow() {
        return viewport.scaleNow();
    }

    @Override
    protected void layoutChildren() {
        double s = viewport.scaleNow();
        Point2D at = sceneToLocal(viewport.localToScene(viewport.fromCanvas(Point2D.ZERO)));
        origin.setX(at.getX());
        origin.setY(at.getY());
        scale.setX(s);
        scale.setY(s);
        Rectangle2D r = viewport.region();
        clip.setX(at.getX() + r.getMinX() * s);
        clip.setY(at.getY() + r.getMinY() * s);
        clip.setWidth(r.getWidth() * s);
        clip.setHeight(r.getHeight() * s);
        placed(s);
    }

    /** Called after each placement, e.g. to keep a frame's width in screen pixels. */
    protected void placed(double scale) {
    }
}
