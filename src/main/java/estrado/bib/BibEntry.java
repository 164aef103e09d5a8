package estrado.bib;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bibliography entry with every field already converted from LaTeX to plain Unicode text.
 *
 * @param key         citation key, as written in the .bib file
 * @param type        entry type in lower case ("article", "inproceedings", "misc", …)
 * @param authors     authors in order (organisations kept whole)
 * @param moreAuthors true when the author list ends in "and others" (printed as "et al.")
 * @param title       title, braces removed; empty when absent
 * @param year        year as written; empty when absent
 * @param venue       journal, booktitle or howpublished (first present); empty when absent
 * @param url         url, verbatim; empty when absent
 * @param doi         doi, verbatim; empty when absent
 * @param eprint      eprint id (e.g. an arXiv number), verbatim; empty when absent
 * @param note        note (for this deck: the exact figure taken from the source); empty when absent
 */
public record BibEntry(String key, String type, List<Author> authors, boolean moreAuthors, String title,
                       String year, String venue, String url, String doi, String eprint, String note) {

    public BibEntry {
        Objects.requireNonNull(key, "key");
        type = Objects.requireNonNullElse(type, "misc");
        authors = List.copyOf(authors);
        title = Objects.requireNonNullElse(title, "");
        year = Objects.requireNonNullElse(year, "");
        venue = Objects.requireNonNullElse(venue, "");
        url = Objects.requireNonNullElse(url, "");
        doi = Objects.requireNonNullElse(doi, "");
        eprint = Objects.requireNonNullElse(eprint, "");
        note = Objects.requireNonNullElse(note, "");
    }

    /** Display names of the authors, in order ("Tim Dettmers", "Meta"). */
    public List<String> authorNames() {
        return authors.stream().map(Author::displayName).toList();
    }

    /** The address a reader can follow: the url, else the doi resolver address; empty if neither. */
    public Optional<String> link() {
        if (!url.isBlank()) {
            return Optional.of(url);
        }
        if (!doi.isBlank()) {
            return Optional.of(doi.startsWith("http") ? doi : "https://doi.org/" + doi);
        }
        return Optional.empty();
    }

    /** Whether a reader can find the source: it has a url or a doi. */
    public boolean hasLink() {
        return link().isPresent();
    }
}
