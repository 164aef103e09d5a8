package estrado.deck;

import estrado.i18n.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Typed, located access to one YAML mapping. Unknown keys are reported once, with a
 * did-you-mean, and every wrong type names what was expected and what was found.
 */
final class Fields {
    private final YamlNode.Mapping map;
    private final Problems problems;

    Fields(YamlNode.Mapping map, List<String> allowed, Problems problems) {
        this.map = map;
        this.problems = problems;
        for (Map.Entry<String, YamlNode.Mapping.Entry> e : map.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                reportUnknown(e.getValue().keyLocation(), "field.unknown", e.getKey(), allowed, problems);
            }
        }
    }

    static void reportUnknown(Location at, String key, String name, List<String> known, Problems problems) {
        Optional<String> guess = didYouMean(name, known);
        String hint = guess.map(g -> Messages.get("hint.didYouMean", g))
                .orElseGet(() -> known.size() <= MAX_LISTED
                        ? Messages.get("hint.known", String.join(", ", known))
                        : Messages.get("hint.closest", String.join(", ", closest(name, known)), known.size()));
        problems.error(at, key, name, hint);
    }

    /** Beyond this many names a message lists the closest few, not all (a bibliography has thousands of keys). */
    static final int MAX_LISTED = 12;

    private static List<String> closest(String name, List<String> known) {
        String lower = name.toLowerCase();
        return known.stream().sorted(Comparator.comparingInt((String k) -> editDistance(lower, k.toLowerCase()))
                .thenComparing(Comparator.naturalOrder())).limit(3).toList();
    }

    Location location() {
        return map.location();
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Optional<YamlNode> node(String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        if (e == null || (e.value() instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    Location locationOf(String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        return e == null ? map.location() : e.value().location();
    }

    /** Where a key itself is written (its value may start on another line). */
    Location keyLocationOf(String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        return e == null ? map.location() : e.keyLocation();
    }

    Optional<String> text(String key) {
        return node(key).flatMap(n -> asText(n, problems));
    }

    String requiredText(String key) {
        if (!has(key)) {
            problems.error(map.location(), "field.missing", key);
            return "";
        }
        return text(key).orElse("");
    }

    OptionalDouble number(String key, double min, double max) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (n.get() instanceof YamlNode.Scalar s
                && (s.tag() == YamlNode.Scalar.Tag.INT || s.tag() == YamlNode.Scalar.Tag.FLOAT)) {
            double v;
            try {
                v = Double.parseDouble(s.text());
            } catch (NumberFormatException e) {
                // YAML's .nan and .inf are floats Java does not read: not "a number, but a number"
                problems.error(s.location(), "field.notFinite", key, s.text());
                return OptionalDouble.empty();
            }
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                problems.error(s.location(), "field.notFinite", key, s.text());
                return OptionalDouble.empty();
            }
            if (v < min || v > max || Double.isNaN(v)) {
                problems.error(s.location(), "field.outOfRange", key, fmt(v), fmt(min), fmt(max));
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(v);
        }
        wrongType(key, n.get(), "kind.number");
        return OptionalDouble.empty();
    }

    double requiredNumber(String key, double min, double max) {
        if (!has(key)) {
            problems.error(map.location(), "field.missing", key);
            return 0;
        }
        return number(key, min, max).orElse(0);
    }

    boolean bool(String key, boolean fallback) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return fallback;
        }
        if (n.get() instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.BOOL) {
            return Boolean.parseBoolean(s.text());
        }
        wrongType(key, n.get(), "kind.bool");
        return fallback;
    }

    Optional<YamlNode.Sequence> list(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YamlNode.Sequence seq) {
            return Optional.of(seq);
        }
        wrongType(key, n.get(), "kind.list");
        return Optional.empty();
    }

    private void wrongType(String key, YamlNode found, String expectedKind) {
        problems.error(found.location(), "field.wrongType", key, Messages.get(expectedKind),
                Messages.get(found.kindKey()));
    }

    static Optional<String> asText(YamlNode n, Problems problems) {
        if (n instanceof YamlNode.Scalar s) {
            return s.tag() == YamlNode.Scalar.Tag.NULL ? Optional.empty() : Optional.of(s.text());
        }
        problems.error(n.location(), "value.wrongType", Messages.get("kind.text"), Messages.get(n.kindKey()));
        return Optional.empty();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The closest known name within a small edit distance, if any. */
    static Optional<String> didYouMean(String name, List<String> known) {
        String lower = name.toLowerCase();
        // a truncated name ("vram-calc") is as clear a hint as a typo
        Optional<String> prefix = known.stream()
                .filter(k -> lower.length() >= 3 && k.toLowerCase().startsWith(lower)).findFirst();
        if (prefix.isPresent()) {
            return prefix;
        }
        return known.stream()
                .map(k -> Map.entry(k, editDistance(name.toLowerCase(), k.toLowerCase())))
                .filter(e -> e.getValue() <= Math.max(2, e.getKey().length() / 3))
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

}
