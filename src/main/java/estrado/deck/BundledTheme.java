package estrado.deck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The slide looks estrado ships: {@code light} (the default) and {@code dark}, for dim rooms. A deck's own CSS is
 * laid over one of them, so it only writes the variables it changes.
 */
public enum BundledTheme {
    LIGHT("light"),
    DARK("dark");

    private final String yamlName;

    BundledTheme(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The other one: what the presenter's switch shows next. */
    public BundledTheme flipped() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Optional<BundledTheme> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(BundledTheme::yamlName).toList();
    }
}
