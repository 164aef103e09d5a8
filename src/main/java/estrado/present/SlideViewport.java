package estrado.present;

import estrado.render.SlideCanvas;
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
