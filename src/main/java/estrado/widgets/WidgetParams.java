package estrado.widgets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A widget's parameters after validation: what the deck wrote, with the type's defaults filled in.
 * Values are plain immutable Java values, so two reads of the same block compare equal and a
 * reloaded deck with unchanged parameters keeps its widget state.
 *
 * @param values every parameter of the type; null for an unset optional one
 * @param given  the names the deck actually wrote
 */
public record WidgetParams(Map<String, Object> values, Set<String> given) {

    public WidgetParams {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        given = Set.copyOf(given);
    }

    public boolean isGiven(String name) {
        return given.contains(name);
    }

    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    public double number(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public OptionalDouble optionalNumber(String name) {
        Object v = values.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) v).doubleValue());
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public String choice(String name) {
        return (String) require(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> choices(String name) {
        return (List<String>) require(name);
    }

    /** A choice read as its value (an enum constant for an enum parameter). */
    public <T> T value(String name, Class<T> type) {
        return type.cast(require(name));
    }

    /** Several choices read as their values, in the order the parameter lists them. */
    public <T> List<T> values(String name, Class<T> type) {
        return ((List<?>) require(name)).stream().map(type::cast).toList();
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    private Object require(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no parameter " + name + " in " + values.keySet());
        }
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("parameter " + name + " has no value");
        }
        return v;
    }
}
