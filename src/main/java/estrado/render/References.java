package estrado.render;

/** How a citation key is shown at a slide's foot; the bibliography supplies the real one. */
@FunctionalInterface
public interface References {
    String shortReference(String key);

    /** Until a bibliography is loaded, the key itself stands in. */
    static References keysOnly() {
        return key -> key;
    }
}
