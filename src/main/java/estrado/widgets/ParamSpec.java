package estrado.widgets;

import estrado.deck.Problems;
import estrado.deck.YamlNode;
import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One typed parameter of a widget type as a deck writes it ({@code batch: 8}): its kind, its
 * default, and the values it accepts. Reading a value reports what is wrong at the value's place.
 *
 * @param name         the key in the deck ("lora-targets")
 * @param kind         what YAML value it takes
 * @param defaultValue value when the deck leaves it out; null means "unset" (e.g. no free parameter count)
 * @param min          lowest accepted number (numeric kinds)
 * @param max          highest accepted number (numeric kinds)
 * @param choices      accepted words (choice kinds), in the order they are listed in messages
 * @param values       what each word stands for (an enum constant, or the word itself), in the same order
 */
public record ParamSpec(String name, Kind kind, Object defaultValue, double min, double max, List<String> choices,
                        List<?> values) {

    /** The YAML shapes a parameter can take. */
    public enum Kind { INTEGER, NUMBER, BOOLEAN, CHOICE, CHOICES, TEXT }

    /** Written for "choices" parameters to mean every listed choice. */
    public static final String ALL = "all";

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        values = List.copyOf(values);
        if (values.size() != choices.size()) {
            throw new IllegalArgumentException(name + ": " + choices.size() + " words for " + values.size() + " values");
        }
    }

    public static ParamSpec integer(String name, int defaultValue, int min, int max) {
        return new ParamSpec(name, Kind.INTEGER, defaultValue, min, max, List.of(), List.of());
    }

    /** A number; {@code defaultValue} may be null when leaving it out means something else. */
    public static ParamSpec number(String name, Double defaultValue, double min, double max) {
        return new ParamSpec(name, Kind.NUMBER, defaultValue, min, max, List.of(), List.of());
    }

    public static ParamSpec bool(String name, boolean defaultValue) {
        return new ParamSpec(name, Kind.BOOLEAN, defaultValue, 0, 0, List.of(), List.of());
    }

    public static ParamSpec choice(String name, String defaultValue, List<String> choices) {
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not among " + choices);
        }
        return new ParamSpec(name, Kind.CHOICE, defaultValue, 0, 0, choices, choices);
    }

    /** One of {@code values} (enum constants), written as its {@code word}; the value read is the constant. */
    public static <E> ParamSpec choice(String name, E defaultValue, List<E> values, Function<E, String> word) {
        if (!values.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not among " + values);
        }
        return new ParamSpec(name, Kind.CHOICE, defaultValue, 0, 0, values.stream().map(word).toList(), values);
    }

    /** Several words from {@code choices}, as a YAML list or a comma-separated text; {@value #ALL} means all. */
    public static ParamSpec choices(String name, List<String> defaultValue, List<String> choices) {
        return new ParamSpec(name, Kind.CHOICES, List.copyOf(defaultValue), 0, 0, choices, choices);
    }

    /** Several of {@code values} (enum constants), written as their words; the value read is the list of constants. */
    public static <E> ParamSpec choices(String name, List<E> defaultValue, List<E> values, Function<E, String> word) {
        return new ParamSpec(name, Kind.CHOICES, List.copyOf(defaultValue), 0, 0, values.stream().map(word).toList(),
                values);
    }

    public static ParamSpec text(String name, String defaultValue) {
        return new ParamSpec(name, Kind.TEXT, defaultValue, 0, 0, List.of(), List.of());
    }

    /** The value written at {@code node}, or empty after reporting why it cannot be used. */
    public Optional<Object> read(YamlNode node, Problems problems) {
        switch (kind) {
            case INTEGER, NUMBER -> {
                Optional<Double> v = number(node, problems);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                double d = v.get();
                if (kind == Kind.INTEGER && d != Math.rint(d)) {
                    problems.error(node.location(), "widget.param.notInteger", name, format(d));
                    return Optional.empty();
                }
                if (d < min || d > max) {
                    problems.error(node.location(), "field.outOfRange", name, format(d), format(min), format(max));
                    return Optional.empty();
                }
                return Optional.of(kind == Kind.INTEGER ? (Object) (int) d : (Object) d);
            }
            case BOOLEAN -> {
                if (node instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.BOOL) {
                    return Optional.of(Boolean.parseBoolean(s.text()));
                }
                return wrongType(node, "kind.bool", problems);
            }
            case CHOICE -> {
                Optional<String> word = word(node, problems);
                if (word.isEmpty()) {
                    return Optional.empty();
                }
                String w = word.get().trim().toLowerCase(Locale.ROOT);
                if (!choices.contains(w)) {
                    problems.unknownName(node.location(), "widget.param.badChoice", word.get(), choices);
                    return Optional.empty();
                }
                return Optional.of(values.get(choices.indexOf(w)));
            }
            case CHOICES -> {
                return words(node, problems);
            }
            case TEXT -> {
                return word(node, problems).map(s -> (Object) s);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private Optional<Object> words(YamlNode node, Problems problems) {
        List<YamlNode> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                Optional<String> w = word(item, problems);
                if (w.isEmpty()) {
                    return Optional.empty();
                }
                items.add(item);
                texts.add(w.get());
            }
        } else {
            Optional<String> w = word(node, problems);
            if (w.isEmpty()) {
                return Optional.empty();
            }
            for (String part : w.get().split(",")) {
                items.add(node);
                texts.add(part);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < texts.size(); i++) {
            String w = texts.get(i).trim().toLowerCase(Locale.ROOT);
            if (w.equals(ALL)) {
                out.addAll(choices);
            } else if (choices.contains(w)) {
                out.add(w);
            } else {
                List<String> known = new ArrayList<>(choices);
                known.add(ALL);
                problems.unknownName(items.get(i).location(), "widget.param.badChoice", texts.get(i).trim(), known);
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (out.isEmpty()) {
            problems.error(node.location(), "widget.param.emptyList", name);
            return Optional.empty();
        }
        // keep the spec's order so equal selections compare equal however they were written
        return Optional.of(choices.stream().filter(out::contains).map(w -> values.get(choices.indexOf(w))).toList());
    }

    private Optional<Double> number(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Scalar s
                && (s.tag() == YamlNode.Scalar.Tag.INT || s.tag() == YamlNode.Scalar.Tag.FLOAT)) {
            try {
                double d = Double.parseDouble(s.text().replace("_", ""));
                if (Double.isFinite(d)) {
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // falls through to the type message
            }
        }
        wrongType(node, "kind.number", problems);
        return Optional.empty();
    }

    private Optional<String> word(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.tag() != YamlNode.Scalar.Tag.NULL
                && s.tag() != YamlNode.Scalar.Tag.BOOL) {
            return Optional.of(s.text());
        }
        wrongType(node, "kind.text", problems);
        return Optional.empty();
    }

    private Optional<Object> wrongType(YamlNode node, String expected, Problems problems) {
        problems.error(node.location(), "field.wrongType", name, Messages.get(expected), Messages.get(node.kindKey()));
        return Optional.empty();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
