package estrado.present;

import estrado.render.SlideCanvas;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/** Shows a 1920×1080 slide scaled uniformly to whatever size it is given, letterboxed. */
public final class SlideViewport extends Region {
    private final Scale scale = new Scale(1, 1, 0, 0);
    private Node slide;

    public SlideViewport() {
        getStyleClass().add("slide-viewport");
        setMinSize(0, 0);
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
        getChildren().setAll(node);
        requestLayout();
    }

    /**
     * Keeps {@code node} laid out behind the shown slide, invisible, so that showing it later
     * costs no CSS and little layout: the next slide is prepared while the lecturer talks.
     */
    public void prepare(Node node) {
        node.setVisible(false);
        node.getTransforms().add(scale);
        getChildren().add(0, node);
        requestLayout();
    }

    public Node slide() {
        return slide;
    }

    public double currentScale() {
        return scale.getX();
    }

    /** The canvas point under {@code local} (this region's coordinates); null in the letterbox bars. */
    public Point2D toCanvas(double x, double y) {
        double s = SlideCanvas.fitScale(getWidth(), getHeight());
        double cx = (x - (getWidth() - SlideCanvas.WIDTH * s) / 2) / s;
        double cy = (y - (getHeight() - SlideCanvas.HEIGHT * s) / 2) / s;
        boolean inside = s > 0 && cx >= 0 && cy >= 0 && cx <= SlideCanvas.WIDTH && cy <= SlideCanvas.HEIGHT;
        return inside ? new Point2D(cx, cy) : null;
    }

    /** Where the canvas point {@code c} is drawn, in this region's coordinates. */
    public Point2D fromCanvas(Point2D c) {
        double s = SlideCanvas.fitScale(getWidth(), getHeight());
        return new Point2D((getWidth() - SlideCanvas.WIDTH * s) / 2 + c.getX() * s,
                (getHeight() - SlideCanvas.HEIGHT * s) / 2 + c.getY() * s);
    }

    /** Canvas pixels to this region's pixels at its present size. */
    public double scaleNow() {
        return SlideCanvas.fitScale(getWidth(), getHeight());
    }

    @Override
    protected void layoutChildren() {
        if (slide == null) {
            return;
        }
        double s = SlideCanvas.fitScale(getWidth(), getHeight());
        scale.setX(s);
        scale.setY(s);
        for (Node n : getChildren()) {
            n.resizeRelocate((getWidth() - SlideCanvas.WIDTH * s) / 2, (getHeight() - SlideCanvas.HEIGHT * s) / 2,
                    SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
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
