package estrado.render;

/** The fixed logical size every slide is laid out at, whatever the screen. */
public final class SlideCanvas {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private SlideCanvas() {
    }

    /** Uniform scale that fits the canvas into a w×h area (letterboxed). */
    public static double fitScale(double w, double h) {
        return Math.max(0.01, Math.min(w / WIDTH, h / HEIGHT));
    }
}
