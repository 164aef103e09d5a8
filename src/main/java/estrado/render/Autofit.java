package estrado.render;

import estrado.deck.Block;
import estrado.deck.DeckLoader;
import estrado.deck.Layout;
import estrado.deck.Slide;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * The body of a content slide, laid out in the space it has: short content grows, in type steps from the
 * body size up to {@link #MAX_SCALE} (as PowerPoint's autofit and reveal.js's fit-text do), and what is left
 * over is shared above and below it, a little more below, so the content sits at the optical centre.
 * Content grows by laying it out narrower and scaling it up as a whole, so text, pictures, diagrams and the
 * spacing between them keep their proportions and lines wrap where the larger type needs. It never shrinks:
 * content that does not fit at the body size is laid out as before and {@code check} reports the overflow.
 */
final class Autofit extends Region {
    /** Body text is 36 px; the steps take it to 40, 44 and 48 px, the largest still clearly below a 60 px title. */
    static final double[] STEPS = {48.0 / 36, 44.0 / 36, 40.0 / 36, 1};
    static final double MAX_SCALE = STEPS[0];
    /** Share of the leftover height put above the content (the rest below): the optical centre. */
    static final double ABOVE = 0.4;

    private final Region content;
    private final boolean grows;
    private final Scale scale = new Scale(1, 1, 0, 0);

    /**
     * @param grows whether the content may grow and be centred (a live widget keeps its size and the whole
     *              body, which its charts stretch over)
     */
    Autofit(Region content, boolean grows) {
        this.content = content;
        this.grows = grows;
        content.getTransforms().add(scale);
        getChildren().add(content);
        setMinHeight(0);
    }

    /**
     * Whether a slide's content may grow and be centred: not a live widget's (it keeps the size its controls
     * were made for), nor a reference or agenda page (paginated and laid out at the body size).
     */
    static boolean grows(Slide slide) {
        return slide.layout() != Layout.REFERENCES && slide.layout() != Layout.AGENDA
                && DeckLoader.allBlocks(slide.blocks(), slide.right()).stream().noneMatch(b -> b instanceof Block.Widget);
    }

    /** The scale chosen at the last layout (1 = body size). */
    double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double chosen = 1;
        double needed = content.prefHeight(w);
        if (grows) {
            for (double s : STEPS) {
                double at = content.prefHeight(w / s);
                // content that cannot be narrower than w / s (a wide table, a row of pictures) takes a smaller step
                if (at * s <= h && content.minWidth(-1) <= w / s) {
                    chosen = s;
                    needed = at;
                    break;
                }
            }
        }
        scale.setX(chosen);
        scale.setY(chosen);
        // never wider than the body: what is wider than its box is the overflow check reports, not the margin's
        if (grows && needed * chosen <= h) {
            content.resizeRelocate(in.getLeft(), in.getTop() + (h - needed * chosen) * ABOVE, w / chosen, needed);
        } else {
            // a widget stretches its charts over the whole body; content that overflows at the body size keeps
            // the whole body too, and check measures what it needs
            content.resizeRelocate(in.getLeft(), in.getTop(), w, h);
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        // the body takes the space the slide leaves it, never more: what does not fit is an overflow
        Insets in = getInsets();
        return in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }
}
