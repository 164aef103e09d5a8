package estrado.timing;

import java.util.List;
import java.util.Objects;

/**
 * One pen or highlighter stroke the lecturer drew on a slide during a run, kept with the run so a resumed run and
 * {@code export --ink} show it again. Points are in canvas pixels (the 1920×1080 slide), so the stroke lands on the
 * same spot of the slide in every window, at any size, and on the PDF page.
 *
 * @param slideId the slide it was drawn on (by id: survives slides inserted before it)
 * @param step    the reveal step it was drawn at; it shows from that step on, like the content of that step
 * @param tool    pen or highlighter
 * @param colour  the colour as {@code #rrggbb}, taken from the deck's theme when it was drawn
 * @param width   line width in canvas pixels
 * @param points  the path, in order; at least one point
 */
public record InkStroke(String slideId, int step, Tool tool, String colour, double width, List<Point> points) {

    /** What drew the stroke: the pen draws opaque lines, the highlighter wide translucent ones. */
    public enum Tool {
        PEN, HIGHLIGHTER;

        /** How opaque the tool's lines are: text under a highlighter stroke stays readable. */
        public double opacity() {
            return this == HIGHLIGHTER ? 0.4 : 1.0;
        }
    }

    /** A point of a stroke in canvas pixels. */
    public record Point(double x, double y) {
    }

    public InkStroke {
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(colour, "colour");
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #rrggbb: " + colour);
        }
        if (step < 0 || !(width > 0) || points.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs a step >= 0, a width > 0 and at least one point");
        }
        points = List.copyOf(points);
    }

    /** Whether the stroke shows on {@code slideId} at {@code atStep}: drawn there, at that step or an earlier one. */
    public boolean showsOn(String slide, int atStep) {
        return slideId.equals(slide) && step <= atStep;
    }
}
