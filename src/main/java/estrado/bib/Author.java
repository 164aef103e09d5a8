package estrado.bib;

import java.util.Objects;

/** One author of an entry: a person (given + family name) or an organisation kept whole. */
public record Author(String given, String family, boolean organisation) {

    public Author {
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(family, "family");
    }

    public static Author person(String given, String family) {
        return new Author(given, family, false);
    }

    public static Author organisation(String name) {
        return new Author("", name, true);
    }

    /** "Tim Dettmers", "Meta". */
    public String displayName() {
        return given.isEmpty() ? family : given + " " + family;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
