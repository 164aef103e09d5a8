package estrado.deck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The slide looks estrado ships: {@code light} (the default) and {@code dark}, for dim rooms. A deck's own CSS is
 * laid over one of them, so it only writes the variables it changes.
 */
public enum BundledTheme {
    LIGHT("light", "claro"),
    DARK("dark", "oscuro");

    private final String yamlName;
    /** The Spanish word a lecturer may write instead; only used to suggest the name (one spelling in the files). */
    private final String spanish;

    BundledTheme(String yamlName, String spanish) {
        this.yamlName = yamlName;
        this.spanish = spanish;
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

    /** The theme a Spanish word means ({@code oscuro} → dark), for the did-you-mean of {@code theme: oscuro}. */
    public static Optional<BundledTheme> fromSpanish(String word) {
        return Arrays.stream(values()).filter(t -> t.spanish.equalsIgnoreCase(word.strip())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(BundledTheme::yamlName).toList();
    }
}
