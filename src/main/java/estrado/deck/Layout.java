package estrado.deck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a slide arranges its title and blocks on the canvas. */
public enum Layout {
    TITLE("title"),
    SECTION("section"),
    CONTENT("content"),
    TWO_COLUMNS("two-columns"),
    IMAGE("image"),
    WIDGET("widget"),
    QUOTE("quote"),
    /** The deck's reference list, filled and paginated by estrado. */
    REFERENCES("references"),
    /** The plan's sections with their minutes scaled to the slot, drawn by estrado. */
    AGENDA("agenda");

    private final String yamlName;

    Layout(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Layout> parse(String name) {
        return Arrays.stream(values()).filter(l -> l.yamlName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Layout::yamlName).toList();
    }
}
