package estrado.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Numbers a widget's citation keys the way its slide numbers them, so a row's marker [2] matches
 * the reference listed at the slide's foot.
 */
@FunctionalInterface
public interface CitationNumbers {
    int number(String key);

    /**
     * The one marker style, on slides and in widgets: "[1]" or "[1,3]", each number once (two keys for one
     * work share a number).
     */
    default String marker(List<String> keys) {
        return keys.stream().map(this::number).distinct().map(String::valueOf)
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Numbers of its own, for a widget drawn outside a slide (tests, benchmarks). */
    static CitationNumbers local() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        return key -> numbers.computeIfAbsent(key, k -> numbers.size() + 1);
    }
}
