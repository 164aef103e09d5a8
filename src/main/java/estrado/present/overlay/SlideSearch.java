package estrado.present.overlay;

import estrado.deck.Deck;
import estrado.deck.Section;
import estrado.deck.Slide;
import estrado.present.talk.PlainText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * G: finds slides by number or by words of their title (or section title, or id), ignoring case and accents, so
 * "optimizacion" finds "Técnicas de optimización". Pure, so it is tested without a window.
 */
public final class SlideSearch {

    /** One slide as the search lists it: its 0-based index, its title and its section's, as plain text. */
    record Hit(int index, String title, String section) {
        /** "12 · Title", the part of the row that names the slide. */
        String numbered() {
            return (index + 1) + " · " + title;
        }
    }

    private final List<Hit> all = new ArrayList<>();
    private final List<String> haystacks = new ArrayList<>();

    public SlideSearch(Deck deck) {
        int i = 0;
        for (Section s : deck.sections()) {
            for (Slide slide : s.slides()) {
                String title = PlainText.of(slide.title().isBlank() ? deck.title() : slide.title());
                all.add(new Hit(i, title, PlainText.of(s.title())));
                haystacks.add(fold(title + " " + s.title() + " " + slide.id()));
                i++;
            }
        }
    }

    /**
     * Slides matching a query: a number is that slide (and nothing if out of range); words must all appear;
     * an empty query lists every slide.
     */
    List<Hit> find(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.copyOf(all);
        }
        if (q.chars().allMatch(Character::isDigit)) {
            int n;
            try {
                n = Integer.parseInt(q);
            } catch (NumberFormatException tooLong) {
                return List.of();
            }
            return n >= 1 && n <= all.size() ? List.of(all.get(n - 1)) : List.of();
        }
        String[] words = fold(q).split("\\s+");
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String h = haystacks.get(i);
            boolean every = true;
            for (String w : words) {
                if (!h.contains(w)) {
                    every = false;
                    break;
                }
            }
            if (every) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
