package estrado.widgets.cost;

import java.util.List;

/** A cell without a figure, and why: it is never estimated and never written as a number. */
public enum Missing implements Entry {
    /** Nobody published it (facts.md found no source). */
    NOT_PUBLIC;

    @Override
    public Double sortValue() {
        return null;
    }

    @Override
    public List<String> sourceKeys() {
        return List.of();
    }
}
