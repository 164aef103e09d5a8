package estrado.bib;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The deck's one reference style, in the deck's language.
 * Short: "Dettmers et al., 2023 — QLoRA"; full: "Autores (año). Título. Venue. URL".
 */
public final class ReferenceFormatter {

    /** Titles longer than this are cut at a word boundary in the short form. */
    static final int SHORT_TITLE_MAX = 40;

    private final String and;
    private final String noDate;

    /** A formatter for the given language: Spanish ("y", "s. f.") unless the language is English ("and", "n.d."). */
    public ReferenceFormatter(Locale locale) {
        boolean english = Objects.requireNonNull(locale, "locale").getLanguage().equals("en");
        this.and = english ? "and" : "y";
        this.noDate = english ? "n.d." : "s. f.";
    }

    /** A formatter for a language code such as "es" or "en". */
    public static ReferenceFormatter forLanguage(String language) {
        return new ReferenceFormatter(Locale.forLanguageTag(language));
    }

    /** Slide-footer form: "Dettmers et al., 2023 — QLoRA", "Meta, 2024 — Llama 3.3 model card". */
    public String shortForm(BibEntry entry) {
        StringBuilder sb = new StringBuilder(shortAuthors(entry));
        if (sb.length() > 0) {
            sb.append(", ");
        }
        sb.append(year(entry));
        String title = shortTitle(entry.title());
        if (!title.isEmpty()) {
            sb.append(" — ").append(title);
        }
        return sb.toString();
    }

    /** "Dettmers et al.", "Dettmers y Zettlemoyer", "Meta"; empty when the entry has no author. */
    public String shortAuthors(BibEntry entry) {
        List<Author> authors = entry.authors();
        if (authors.isEmpty()) {
            return "";
        }
        String first = authors.get(0).family();
        if (authors.size() >= 3 || entry.moreAuthors()) {
            return first + " et al.";
        }
        if (authors.size() == 2) {
            return first + " " + and + " " + authors.get(1).family();
        }
        return first;
    }

    /** References-slide and presenter-view form: "Autores (año). Título. Venue. URL". */
    public String fullForm(BibEntry entry) {
        StringBuilder sb = new StringBuilder();
        String authors = fullAuthors(entry);
        if (!authors.isEmpty()) {
            sb.append(authors).append(' ');
        }
        sb.append('(').append(year(entry)).append(").");
        appendSentence(sb, entry.title());
        appendSentence(sb, entry.venue());
        entry.link().ifPresent(link -> sb.append(' ').append(link));
        return sb.toString();
    }

    /** "Tim Dettmers, Artidoro Pagnoni, Ari Holtzman y Luke Zettlemoyer"; "Tom B. Brown et al.". */
    public String fullAuthors(BibEntry entry) {
        List<String> names = entry.authorNames();
        if (names.isEmpty()) {
            return "";
        }
        if (entry.moreAuthors()) {
            return String.join(", ", names) + " et al.";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    /** Up to the first colon, else at most ~40 characters cut at a word boundary with an ellipsis. */
    public static String shortTitle(String title) {
        String t = title == null ? "" : title.strip();
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon).strip();
        }
        if (t.length() <= SHORT_TITLE_MAX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SHORT_TITLE_MAX);
        if (cut < SHORT_TITLE_MAX / 2) {
            cut = SHORT_TITLE_MAX; // one very long word: cut inside it rather than keep almost nothing
        }
        String head = t.substring(0, cut).strip();
        while (!head.isEmpty() && ",;.:-–—".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + "…";
    }

    private String year(BibEntry entry) {
        return entry.year().isBlank() ? noDate : entry.year();
    }

    private static void appendSentence(StringBuilder sb, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return;
        }
        sb.append(' ').append(t);
        if (".?!".indexOf(t.charAt(t.length() - 1)) < 0) {
            sb.append('.');
        }
    }
}
