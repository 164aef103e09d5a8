package estrado.present.canvas;

import estrado.render.SlideCanvas;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * Shows a 1920×1080 slide scaled uniformly to whatever size it is given, letterboxed. A zoom shows a part of the
 * canvas instead ({@link #setRegion}): the same live slide node, scaled further, so its widgets keep working.
 */
public final class SlideViewport extends Region {
    /** The whole canvas. */
    public static final Rectangle2D WHOLE = new Rectangle2D(0, 0, SlideCanvas.WIDTH, SlideCanvas.HEIGHT);

    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();
    private final ReadOnlyObjectWrapper<Rectangle2D> region = new ReadOnlyObjectWrapper<>(WHOLE);
    private Node slide;
    private final javafx.scene.Group ahead = new javafx.scene.Group();

    public SlideViewport() {
        getStyleClass().add("slide-viewport");
        setMinSize(0, 0);
        // a zoomed slide reaches past the view: nothing of it may cover the window round it
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        ahead.setVisible(false);
        ahead.setManaged(false);
    }

    /** The part of the canvas this view shows (16:9 for no letterbox change), or null for the whole slide. */
    public void setRegion(Rectangle2D canvasPart) {
        region.set(canvasPart == null ? WHOLE : canvasPart);
        requestLayout();
    }

    public Rectangle2D region() {
        return region.get();
    }

    /** The part shown: layers over the slide follow it. */
    public ReadOnlyObjectProperty<Rectangle2D> regionProperty() {
        return region.getReadOnlyProperty();
    }

    public void show(Node node) {
        if (slide != null) {
            slide.getTransforms().remove(scale);
        }
        slide = node;
        if (!node.getTransforms().contains(scale)) {
            node.getTransforms().add(scale);
        }
        node.setVisible(true);
        ahead.getChildren().clear();
        getChildren().setAll(ahead, node);
        requestLayout();
    }

    /**
     * Keeps {@code node} laid out behind the shown slide, invisible, so that showing it later
     * costs no CSS and little layout: the next slide is prepared while the lecturer talks.
     */
    public void prepare(Node node) {
        node.getTransforms().add(scale);
        ahead.getChildren().setAll(node);
        requestLayout();
    }

    public Node slide() {
        return slide;
    }

    public double currentScale() {
        return scale.getX();
    }

    /** The canvas point under {@code local} (this region's coordinates); null outside the part shown. */
    public Point2D toCanvas(double x, double y) {
        Point2D c = canvasAt(x, y);
        Rectangle2D region = region();
        boolean inside = scaleNow() > 0 && c.getX() >= region.getMinX() && c.getY() >= region.getMinY()
                && c.getX() <= region.getMaxX() && c.getY() <= region.getMaxY();
        return inside ? c : null;
    }

    /** The canvas point under {@code local}, even outside the slide (a drag that leaves it). */
    public Point2D canvasAt(double x, double y) {
        double s = scaleNow();
        return new Point2D((x - originX(s)) / s, (y - originY(s)) / s);
    }

    /** Where the canvas point {@code c} is drawn, in this region's coordinates. */
    public Point2D fromCanvas(Point2D c) {
        double s = scaleNow();
        return new Point2D(originX(s) + c.getX() * s, originY(s) + c.getY() * s);
    }

    /** Canvas pixels to this region's pixels at its present size and zoom. */
    public double scaleNow() {
        return Math.max(0.01, Math.min(getWidth() / region().getWidth(), getHeight() / region().getHeight()));
    }

    /** Where the canvas's origin is drawn: the shown part centred, letterboxed. */
    private double originX(double s) {
        return (getWidth() - region().getWidth() * s) / 2 - region().getMinX() * s;
    }

    private double originY(double s) {
        return (getHeight() - region().getHeight() * s) / 2 - region().getMinY() * s;
    }

    @Override
    protected void layoutChildren() {
        if (slide == null) {
            return;
        }
        double s = scaleNow();
        scale.setX(s);
        scale.setY(s);
        slide.resizeRelocate(originX(s), originY(s), SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        for (Node n : ahead.getChildren()) {
            n.resizeRelocate(originX(s), originY(s), SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return SlideCanvas.WIDTH / 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return SlideCanvas.HEIGHT / 2;
    }
}
