package estrado.preflight;

import java.util.Locale;

/**
 * One monitor as the window system reports it, in its virtual-desktop coordinates.
 *
 * @param x       left edge
 * @param y       top edge
 * @param width   full width (the projector's picture)
 * @param height  full height
 * @param primary whether it is the primary monitor (usually the laptop's own panel)
 */
public record Display(double x, double y, double width, double height, boolean primary) {

    /** A stable name for this monitor within a set: its size and place, e.g. {@code 1920x1080+1366+0}. */
    public String key() {
        return String.format(Locale.ROOT, "%.0fx%.0f+%.0f+%.0f", width, height, x, y);
    }

    /** Area in pixels, to pick the larger screen as the projector. */
    public double area() {
        return width * height;
    }

    /** Short description for the pre-lecture check, e.g. "1920×1080 (principal)". */
    public String describe(String primaryWord) {
        String size = String.format(Locale.ROOT, "%.0f×%.0f", width, height);
        return primary ? size + " (" + primaryWord + ")" : size;
    }
}
