package estrado.present.window;

import estrado.render.SlideCanvas;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/** Holds a slide view at the canvas' 16:9, as wide as it is given and as tall as that width asks. */
final class SlideFrame extends Region {
    private static final double RATIO = SlideCanvas.HEIGHT / SlideCanvas.WIDTH;
    private final Node content;
    private double maxFrameHeight = Double.MAX_VALUE;

    SlideFrame(Node content, String... styleClasses) {
        this.content = content;
        getStyleClass().add("slide-frame");
        getStyleClass().addAll(styleClasses);
        getChildren().add(content);
        setMinSize(0, 0);
    }

    /** Caps the height, so the notes below a slide keep room on short screens. */
    void setMaxFrameHeight(double h) {
        maxFrameHeight = h;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width > 0 ? width : computePrefWidth(-1)) - snappedLeftInset() - snappedRightInset();
        return Math.min(maxFrameHeight, w * RATIO + snappedTopInset() + snappedBottomInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        double fw = Math.max(0, Math.min(w, h / RATIO));
        double fh = fw * RATIO;
        content.resizeRelocate(left + (w - fw) / 2, top + (h - fh) / 2, fw, fh);
    }
}
