package estrado.present.window;

import estrado.present.canvas.SlideViewport;
import estrado.present.talk.Pointer;
import estrado.render.SlideCanvas;
import javafx.geometry.Point2D;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * Draws the {@link Pointer} over a live slide view: the red dot and the spotlight's shade, placed from canvas
 * coordinates through the view's own letterbox, so they land on the same spot of the slide in every window. It
 * takes no clicks (widgets under it keep working) and lives only in live views: exports and thumbnails render
 * slides without it.
 */
public final class PointerLayer extends Pane {
    /** The dot's radius and the shade's opacity, in canvas pixels and 0..1. */
    static final double DOT_RADIUS = 14;
    static final double SHADE = 0.78;

    private final Pointer pointer;
    private final SlideViewport viewport;
    private final Circle dot = new Circle();
    private Shape shade;

    PointerLayer(Pointer pointer, SlideViewport viewport) {
        this.pointer = pointer;
        this.viewport = viewport;
        getStyleClass().add("pointer-layer");
        setMouseTransparent(true);
        setPickOnBounds(false);
        dot.getStyleClass().add("laser-dot");
        dot.setId("laser-dot");
        dot.setFill(new RadialGradient(0, 0, 0.5, 0.5, 0.5, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#fff4f0")), new Stop(0.35, Color.web("#ff2a1a")),
                new Stop(1, Color.web("#d00000"))));
        dot.setEffect(new DropShadow(18, Color.web("#ff3020")));
        dot.setManaged(false);
        getChildren().add(dot);
        // a move redraws the dot and the shade alone, no layout pass of the slide under them
        pointer.atProperty().addListener((o, a, b) -> place());
        pointer.dotShownProperty().addListener((o, a, b) -> place());
        pointer.spotlightProperty().addListener((o, a, b) -> place());
        pointer.radiusProperty().addListener((o, a, b) -> place());
        viewport.layoutBoundsProperty().addListener((o, a, b) -> requestLayout());
        viewport.regionProperty().addListener((o, a, b) -> requestLayout()); // a zoom moves the dot with the slide
    }

    /** The dot (tests read where it is drawn). */
    public Circle dot() {
        return dot;
    }

    /** The spotlight's shade, or null while it is off. */
    public Shape shade() {
        return shade;
    }

    @Override
    protected void layoutChildren() {
        place();
    }

    private void place() {
        double s = viewport.scaleNow();
        Point2D at = pointer.atProperty().get();
        Point2D here = toHere(at != null ? at : new Point2D(SlideCanvas.WIDTH / 2, SlideCanvas.HEIGHT / 2));
        dot.setVisible(pointer.dotShownProperty().get());
        dot.setCenterX(here.getX());
        dot.setCenterY(here.getY());
        dot.setRadius(Math.max(4, DOT_RADIUS * s));
        if (shade != null) {
            getChildren().remove(shade);
            shade = null;
        }
        if (pointer.spotlightProperty().get()) {
            // the whole view darkens, letterbox bars too; the light is a hole cut out of the shade
            shade = Shape.subtract(new Rectangle(0, 0, getWidth(), getHeight()),
                    new Circle(here.getX(), here.getY(), pointer.radiusProperty().get() * s));
            shade.setFill(Color.color(0, 0, 0, SHADE));
            shade.setId("spotlight-shade");
            shade.setManaged(false);
            getChildren().add(0, shade);
        }
    }

    /** A canvas point in this layer's coordinates. */
    private Point2D toHere(Point2D canvas) {
        return sceneToLocal(viewport.localToScene(viewport.fromCanvas(canvas)));
    }
}
