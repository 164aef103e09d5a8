package estrado.widgets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers a widget's citation keys the way its slide numbers them, so a row's marker [2] matches
 * the reference listed at the slide's foot.
 */
@FunctionalInterface
public interface Citations {
    int number(String key);

    /** The marker shown next to a figure: "[1]" or "[1, 3]". */
    default String marker(java.util.List<String> keys) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(number(keys.get(i)));
        }
        return sb.append(']').toString();
    }

    /** Numbers of its own, for a widget drawn outside a slide (tests, benchmarks). */
    static Citations local() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        return key -> numbers.computeIfAbsent(key, k -> numbers.size() + 1);
    }
}
