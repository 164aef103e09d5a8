package estrado.render;

import estrado.bib.BibEntry;
import estrado.bib.Bibliography;
import estrado.bib.ReferenceFormatter;
import java.util.Optional;

/**
 * How a citation key is shown: the short form at a slide's foot, the full form and link on the
 * references slides and in the presenter view. One style for the whole deck, from
 * {@link ReferenceFormatter}. For the presenter view: {@link SlideContext#citedKeys} gives a
 * slide's keys in the order of its markers ([1], [2], …), and for each key
 * {@link #fullReference} and {@link #link} give what to show and where it leads.
 */
@FunctionalInterface
public interface References {
    /** "Dettmers et al., 2023 — QLoRA"; the key itself when it is not in the bibliography. */
    String shortReference(String key);

    /** "Autores (año). Título. Venue. URL"; the short form when there is no bibliography. */
    default String fullReference(String key) {
        return shortReference(key);
    }

    /** The url (or doi address) a reader can follow, if the entry has one. */
    default Optional<String> link(String key) {
        return Optional.empty();
    }

    /** The entry behind a key, when there is a bibliography and it holds the key. */
    default Optional<BibEntry> entry(String key) {
        return Optional.empty();
    }

    /** Until a bibliography is loaded, the key itself stands in. */
    static References keysOnly() {
        return key -> key;
    }

    /** References formatted from {@code bib} in the deck's language ("es", "en"). */
    static References of(Bibliography bib, String language) {
        ReferenceFormatter fmt = ReferenceFormatter.forLanguage(language);
        return new References() {
            @Override
            public String shortReference(String key) {
                return bib.entry(key).map(fmt::shortForm).orElse(key);
            }

            @Override
            public String fullReference(String key) {
                return bib.entry(key).map(fmt::fullForm).orElse(key);
            }

            @Override
            public Optional<String> link(String key) {
                return bib.entry(key).flatMap(BibEntry::link);
            }

            @Override
            public Optional<BibEntry> entry(String key) {
                return bib.entry(key);
            }
        };
    }
}
