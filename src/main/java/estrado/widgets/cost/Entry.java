package estrado.widgets.cost;

import java.util.List;

/**
 * What one cell of the cost data holds: a published {@link Figure}, a published {@link Range}, or why there is
 * no figure ({@link Missing}). The view chooses its marks from the kind, never from the text.
 */
public sealed interface Entry permits Figure, Range, Missing {

    /** The value to sort by (a range's upper end), or null when nothing was published. */
    Double sortValue();

    /** The BibTeX keys it rests on, each once, in order (a figure's own, then its caveat's). */
    List<String> sourceKeys();

    /** Adds to {@code into} those of {@code keys} it does not hold yet, keeping the order. */
    static void addNew(List<String> into, List<String> keys) {
        keys.stream().filter(k -> !into.contains(k)).forEach(into::add);
    }
}
