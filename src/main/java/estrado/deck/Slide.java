package estrado.deck;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One slide. {@code steps} is how many times "next" stays on it (1 when nothing is revealed
 * step by step). {@code counted} is false for backup slides that pacing ignores. {@code uncited}
 * is the author's reason for showing figures without a citation (empty when not given).
 * {@code durationMinutes} is how long the slide is expected to take, in the deck's (unscaled) minutes.
 * {@code todos} are the author's production notes: {@code check} lists them, nothing ever shows them.
 */
public record Slide(
        String id,
        String title,
        String subtitle,
        Layout layout,
        List<Block> blocks,
        List<Block> right,
        String notes,
        OptionalDouble durationMinutes,
        boolean counted,
        int steps,
        Location location,
        String uncited,
        List<Todo> todos) {

    public Slide {
        blocks = List.copyOf(blocks);
        right = List.copyOf(right);
        uncited = uncited == null ? "" : uncited;
        todos = todos == null ? List.of() : List.copyOf(todos);
    }

    /** A slide without production to-dos. */
    public Slide(String id, String title, String subtitle, Layout layout, List<Block> blocks, List<Block> right,
            String notes, OptionalDouble durationMinutes, boolean counted, int steps, Location location,
            String uncited) {
        this(id, title, subtitle, layout, blocks, right, notes, durationMinutes, counted, steps, location, uncited,
                List.of());
    }

    /** A slide whose figures are all expected to be cited. */
    public Slide(String id, String title, String subtitle, Layout layout, List<Block> blocks, List<Block> right,
            String notes, OptionalDouble durationMinutes, boolean counted, int steps, Location location) {
        this(id, title, subtitle, layout, blocks, right, notes, durationMinutes, counted, steps, location, "");
    }

    /** Whether the author marked this slide's figures as deliberately uncited. */
    public boolean allowsUncitedFigures() {
        return !uncited.isBlank();
    }
}
