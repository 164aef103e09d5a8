package estrado.widgets.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A published spread, e.g. GPT-3's cost by method: its ends are figures with their own sources. */
public record Range(Figure low, Figure high) implements Entry {

    public Range {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.unit() != high.unit() || low.value() > high.value()) {
            throw new IllegalArgumentException("a range runs from low to high in one unit: " + low + " – " + high);
        }
    }

    @Override
    public Double sortValue() {
        return high.value();
    }

    /** Both ends' keys, low end first. */
    @Override
    public List<String> sourceKeys() {
        List<String> keys = new ArrayList<>(low.sourceKeys());
        Entry.addNew(keys, high.sourceKeys());
        return keys;
    }
}
