package estrado.render;

import estrado.bib.BibEntry;
import estrado.bib.Bibliography;
import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.Layout;
import estrado.deck.Location;
import estrado.deck.Section;
import estrado.deck.Slide;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns each {@code layout: references} slide into as many pages as its entries need, and adds
 * one at the end of a deck that cites something but places no reference slide itself.
 *
 * <p>Pages are filled by measuring each entry's wrapped height with the same DejaVu font the
 * slides use (through AWT, so no JavaFX toolkit is needed) against the body height of slide.css,
 * with a margin; `check` still draws every page and reports any that overflows.
 */
final class ReferencePages {
    static final String AUTO_ID = "referencias";
    // slide.css: canvas 1080 − title bar 136 − footer and progress 56 − body padding 36
    static final double BODY_HEIGHT = 852;
    static final double BODY_WIDTH = 1740;
    static final double ENTRY_FONT = 26;
    static final double ENTRY_SPACING = 14;
    /** Share of the body the pages fill: room for a theme's slightly larger metrics. */
    static final double FILL = 0.9;

    private ReferencePages() {
    }

    /**
     * The deck with its reference slides paginated.
     *
     * @param cited the keys the deck cites, in any order
     */
    static Deck expand(Deck deck, References refs, Optional<Bibliography> bib, Collection<String> cited) {
        boolean placed = deck.slides().stream().anyMatch(s -> s.layout() == Layout.REFERENCES);
        List<String> citedKnown = cited.stream().filter(k -> bib.isPresent() && bib.get().entry(k).isPresent()).toList();
        if (!placed && citedKnown.isEmpty()) {
            return deck;
        }
        DeckText words = DeckText.of(deck.language());
        Set<String> ids = new HashSet<>();
        deck.slides().forEach(s -> ids.add(s.id()));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < deck.sections().size(); i++) {
            Section section = deck.sections().get(i);
            List<Slide> slides = new ArrayList<>();
            for (Slide s : section.slides()) {
                if (s.layout() == Layout.REFERENCES) {
                    slides.addAll(pages(s, deck, refs, bib, citedKnown, words, ids));
                } else {
                    slides.add(s);
                }
            }
            if (!placed && i == deck.sections().size() - 1) {
                Location at = Location.of(deck.file());
                Slide auto = new Slide(unique(AUTO_ID, ids), "", "", Layout.REFERENCES,
                        List.of(new Block.ReferenceList(false, List.of(), 0, at)), List.of(), "",
                        OptionalDouble.empty(), false, 1, at);
                slides.addAll(pages(auto, deck, refs, bib, citedKnown, words, ids));
            }
            sections.add(new Section(section.id(), section.title(), section.budgetMinutes(), slides, section.location(),
                    section.budgetLocation()));
        }
        return new Deck(deck.root(), deck.file(), deck.title(), deck.subtitle(), deck.author(), deck.institution(),
                deck.date(), deck.language(), deck.durationMinutes(), deck.theme(), deck.bibliography(), sections,
                deck.baseTheme());
    }

    private static List<Slide> pages(Slide s, Deck deck, References refs, Optional<Bibliography> bib,
            List<String> cited, DeckText words, Set<String> ids) {
        boolean all = s.blocks().stream().anyMatch(b -> b instanceof Block.ReferenceList r && r.all());
        List<BibEntry> entries = new ArrayList<>();
        if (bib.isPresent()) {
            if (all) {
                entries.addAll(bib.get().entries());
            } else {
                cited.forEach(k -> bib.get().entry(k).ifPresent(entries::add));
            }
        }
        entries.sort(order(deck.language()));
        // two keys for one work (cited for different figures) are one entry in the list
        List<String> keys = SlideCitations.oneKeyPerWork(entries.stream().map(BibEntry::key).toList(), refs);
        List<List<String>> pages = paginate(keys.stream().map(refs::fullReference).toList(), keys);
        String title = s.title().isBlank() ? words.get("references.title") : s.title();
        List<Slide> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String id = p == 0 ? s.id() : unique(s.id() + "-" + (p + 1), ids);
            String pageTitle = pages.size() == 1 ? title : words.get("references.page", title, p + 1, pages.size());
            out.add(new Slide(id, pageTitle, s.subtitle(), Layout.REFERENCES,
                    List.of(new Block.ReferenceList(all, pages.get(p), 0, s.location())), List.of(), s.notes(),
                    s.durationMinutes(), s.counted(), 1, s.location(), s.uncited(), p == 0 ? s.todos() : List.of()));
        }
        return out;
    }

    /** Keys split into pages whose entries, wrapped at the body width, fit its height. */
    static List<List<String>> paginate(List<String> texts, List<String> keys) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        double used = 0;
        double budget = BODY_HEIGHT * FILL;
        for (int i = 0; i < texts.size(); i++) {
            double h = Metrics.height(texts.get(i)) + (page.isEmpty() ? 0 : ENTRY_SPACING);
            if (!page.isEmpty() && used + h > budget) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                h = Metrics.height(texts.get(i));
            }
            page.add(keys.get(i));
            used += h;
        }
        pages.add(page);
        return pages;
    }

    /** Author (or organisation), then year, then title, compared as the deck's language sorts words. */
    static Comparator<BibEntry> order(String language) {
        Collator collator = Collator.getInstance("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es"));
        collator.setStrength(Collator.PRIMARY);
        Comparator<BibEntry> byAuthor = Comparator.comparing(
                e -> e.authors().isEmpty() ? e.title() : e.authors().get(0).family(), collator);
        return byAuthor.thenComparing(BibEntry::year).thenComparing(BibEntry::title, collator);
    }

    private static String unique(String id, Set<String> ids) {
        String candidate = id;
        for (int n = 2; ids.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        ids.add(candidate);
        return candidate;
    }

    /** Wrapped text height in the slides' own font, measured without a JavaFX toolkit. */
    static final class Metrics {
        private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
        private static Font font;

        private Metrics() {
        }

        static synchronized double height(String text) {
            if (font == null) {
                font = load();
            }
            if (text.isEmpty()) {
                return lineHeight();
            }
            AttributedString as = new AttributedString(text);
            as.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), FRC);
            int lines = 0;
            while (m.getPosition() < text.length()) {
                m.nextLayout((float) BODY_WIDTH);
                lines++;
            }
            return lines * lineHeight();
        }

        private static double lineHeight() {
            var lm = font.getLineMetrics("Ág", FRC);
            return lm.getAscent() + lm.getDescent();
        }

        private static Font load() {
            try (InputStream in = Fonts.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
                if (in != null) {
                    return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) ENTRY_FONT);
                }
            } catch (IOException | FontFormatException e) {
                // fall through to a logical font: pages may come out a little fuller or emptier
            }
            return new Font(Font.SANS_SERIF, Font.PLAIN, (int) ENTRY_FONT);
        }
    }
}
