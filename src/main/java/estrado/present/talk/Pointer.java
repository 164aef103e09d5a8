package estrado.present.talk;

import estrado.render.SlideCanvas;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;

/**
 * The laser pointer and the spotlight of a talk, part of the one {@link Presentation}: where the lecturer points, in
 * canvas coordinates (the 1920×1080 slide), so every window draws it at the same place of the slide whatever its
 * size. L turns the red dot on and off; C the spotlight, a circle of light on a darkened slide. The dot shows only
 * while the mouse moves ({@link #moveTo}, then {@link #rest} after a pause); the spotlight stays where it was left.
 */
public final class Pointer {
    /** Spotlight radius in canvas pixels: the default, and the range the scroll wheel keeps it in. */
    public static final double RADIUS = 200;
    public static final double MIN_RADIUS = 60;
    public static final double MAX_RADIUS = 600;
    /** One notch of the wheel changes the radius by this factor. */
    static final double WHEEL_STEP = 1.15;

    private final ReadOnlyBooleanWrapper laser = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper spotlight = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Point2D> at = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper radius = new ReadOnlyDoubleWrapper(RADIUS);
    private final ReadOnlyBooleanWrapper dotShown = new ReadOnlyBooleanWrapper(false);
    /** Counts moves, so a pause timer set by an older move (in either window) does not hide a newer one. */
    private long moves;

    Pointer() {
        dotShown.bind(laser.and(moving).and(at.isNotNull()));
    }

    /** Whether either the dot or the spotlight is on: only then does the mouse move the pointer. */
    public boolean isOn() {
        return laser.get() || spotlight.get();
    }

    public ReadOnlyBooleanProperty laserProperty() {
        return laser.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty spotlightProperty() {
        return spotlight.getReadOnlyProperty();
    }

    /** Whether the red dot is on the projector now: laser on, the mouse on the slide and moved lately. */
    public ReadOnlyBooleanProperty dotShownProperty() {
        return dotShown.getReadOnlyProperty();
    }

    /** The last point on the slide, in canvas coordinates; null before the first move. */
    public ReadOnlyObjectProperty<Point2D> atProperty() {
        return at.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty radiusProperty() {
        return radius.getReadOnlyProperty();
    }

    public void toggleLaser() {
        laser.set(!laser.get());
    }

    public void toggleSpotlight() {
        spotlight.set(!spotlight.get());
    }

    /** Esc: turns the spotlight off; false when it was not on (then Esc means what it meant before). */
    public boolean spotlightOff() {
        boolean was = spotlight.get();
        spotlight.set(false);
        return was;
    }

    /**
     * The mouse is at {@code canvas} on the slide (clamped to the canvas). Returns the move's number for
     * {@link #rest}.
     */
    public long moveTo(Point2D canvas) {
        at.set(new Point2D(clamp(canvas.getX(), 0, SlideCanvas.WIDTH), clamp(canvas.getY(), 0, SlideCanvas.HEIGHT)));
        moving.set(true);
        return ++moves;
    }

    /** The pause after move {@code move} is over: the dot hides, unless the mouse has moved since. */
    public void rest(long move) {
        if (move == moves) {
            moving.set(false);
        }
    }

    /** The mouse left the slide: the dot hides at once; the spotlight stays where it was. */
    public void leave() {
        moves++;
        moving.set(false);
    }

    /** The scroll wheel: {@code notches} up (positive) widens the spotlight, down narrows it. */
    public void resize(double notches) {
        radius.set(clamp(radius.get() * Math.pow(WHEEL_STEP, notches), MIN_RADIUS, MAX_RADIUS));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
