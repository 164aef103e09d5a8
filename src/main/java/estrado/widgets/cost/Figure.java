package estrado.widgets.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published number: its value in its {@link Unit}, whether the source gave it as a bound ("15 T+", "up to
 * 18 T"), the caveat the room must hear with it (its scope, an estimate, sources that disagree; null when none)
 * and the BibTeX keys it rests on ({@code keys}). The view formats the value in the UI language; nothing here is text to show.
 */
public record Figure(double value, Unit unit, Bound bound, Prose caveat, List<String> keys) implements Entry {

    /** How the source gave the number. */
    public enum Bound {
        EXACT,
        /** "15 T+": at least this much. */
        AT_LEAST,
        /** "up to 18 T": at most this much. */
        UP_TO
    }

    public Figure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a figure needs its source: " + value + " " + unit);
        }
    }

    /** An exact figure without caveat. */
    public static Figure of(double value, Unit unit, String... keys) {
        return new Figure(value, unit, Bound.EXACT, null, List.of(keys));
    }

    /** The same figure, given by its source as a bound. */
    public Figure withBound(Bound b) {
        return new Figure(value, unit, b, caveat, keys);
    }

    /** The same figure with the caveat that goes with it (a star in a table cell, the words in the row's note). */
    public Figure withCaveat(String key, Figure... figures) {
        return new Figure(value, unit, bound, Prose.of(key, figures), keys);
    }

    public boolean hasCaveat() {
        return caveat != null;
    }

    @Override
    public Double sortValue() {
        return value;
    }

    /** Its own keys, then those of the figures its caveat quotes. */
    @Override
    public List<String> sourceKeys() {
        if (caveat == null) {
            return keys;
        }
        List<String> all = new ArrayList<>(keys);
        Entry.addNew(all, caveat.sourceKeys());
        return all;
    }
}
