package estrado.present.zoom;

import estrado.render.SlideCanvas;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The zoom of a talk, part of the one presentation: Z arms it, a rectangle dragged on a live slide (in either window)
 * becomes the part of the canvas the projector shows, and Z again or Esc returns to the whole slide, as does a change
 * of slide. All in canvas pixels, so the same part shows whatever the window sizes.
 */
public final class Zoom {
    /** The narrowest part shown, in canvas pixels: at most 12× magnified. */
    public static final double MIN_WIDTH = SlideCanvas.WIDTH / 12;
    /** A drag shorter than this (canvas pixels) is a click, not a rectangle. */
    static final double MIN_DRAG = 24;

    private final ReadOnlyBooleanWrapper armed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Rectangle2D> region = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rectangle2D> selection = new ReadOnlyObjectWrapper<>();

    /** Whether the next drag on a live slide picks the part to magnify. */
    public ReadOnlyBooleanProperty armedProperty() {
        return armed.getReadOnlyProperty();
    }

    /** The part of the canvas the projector shows, or null for the whole slide. */
    public ReadOnlyObjectProperty<Rectangle2D> regionProperty() {
        return region.getReadOnlyProperty();
    }

    /** The rectangle being dragged, or null. */
    public ReadOnlyObjectProperty<Rectangle2D> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Z: arms the zoom; when it is armed or zoomed, returns to the whole slide. */
    public void toggle() {
        if (!off()) {
            armed.set(true);
        }
    }

    /** Esc, a slide change: back to the whole slide; false when there was no zoom to undo. */
    public boolean off() {
        boolean was = armed.get() || region.get() != null;
        armed.set(false);
        selection.set(null);
        region.set(null);
        return was;
    }

    /** Esc while picking: no rectangle after all (a zoom shown stays); false when not picking. */
    public boolean disarm() {
        boolean was = armed.get();
        armed.set(false);
        selection.set(null);
        return was;
    }

    /** The drag from {@code from} has reached {@code to} (canvas points). */
    public void drag(Point2D from, Point2D to) {
        if (armed.get()) {
            selection.set(new Rectangle2D(Math.min(from.getX(), to.getX()), Math.min(from.getY(), to.getY()),
                    Math.abs(to.getX() - from.getX()), Math.abs(to.getY() - from.getY())));
        }
    }

    /** The drag ended: its rectangle is magnified; a mere click leaves the zoom armed. */
    public void release() {
        Rectangle2D r = selection.get();
        selection.set(null);
        if (r == null || Math.max(r.getWidth(), r.getHeight()) < MIN_DRAG) {
            return;
        }
        armed.set(false);
        region.set(fit(r));
    }

    /** The smallest 16:9 part of the canvas round {@code r}'s centre that holds it (at least {@link #MIN_WIDTH}). */
    static Rectangle2D fit(Rectangle2D r) {
        double ratio = SlideCanvas.WIDTH / SlideCanvas.HEIGHT;
        double w = Math.min(SlideCanvas.WIDTH, Math.max(MIN_WIDTH, Math.max(r.getWidth(), r.getHeight() * ratio)));
        double h = w / ratio;
        double cx = r.getMinX() + r.getWidth() / 2;
        double cy = r.getMinY() + r.getHeight() / 2;
        double x = Math.max(0, Math.min(SlideCanvas.WIDTH - w, cx - w / 2));
        double y = Math.max(0, Math.min(SlideCanvas.HEIGHT - h, cy - h / 2));
        return new Rectangle2D(x, y, w, h);
    }
}
