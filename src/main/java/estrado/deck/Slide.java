package estrado.deck;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One slide. {@code steps} is how many times "next" stays on it (1 when nothing is revealed
 * step by step). {@code counted} is false for backup slides that pacing ignores.
 */
public record Slide(
        String id,
        String title,
        String subtitle,
        Layout layout,
        List<Block> blocks,
        List<Block> right,
        String notes,
        OptionalDouble budgetMinutes,
        boolean counted,
        int steps,
        Location location) {

    public Slide {
        blocks = List.copyOf(blocks);
        right = List.copyOf(right);
    }
}
