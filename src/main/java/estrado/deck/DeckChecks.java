package estrado.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that need knowledge from outside the deck package (the widget registry, the
 * bibliography), handed in as plain sets so {@code deck} depends on neither.
 */
public final class DeckChecks {
    // the same markers estrado.bib.Citations finds: "\\cite{…}" (escaped backslash) is text
    private static final Pattern CITE = Pattern.compile("(?<!\\\\)\\\\cite\\{([^{}]*)}");

    private DeckChecks() {
    }

    /** {@link #check(Deck, Set, Function, Optional)} for widgets that cite nothing. */
    public static List<Problem> check(Deck deck, Set<String> widgetTypes, Optional<Set<String>> citationKeys) {
        return check(deck, widgetTypes, type -> List.of(), citationKeys);
    }

    /**
     * @param widgetTypes the registered widget names
     * @param widgetSources the citation keys a registered widget type cites
     * @param citationKeys the bibliography's keys, or empty when there is no bibliography to check against
     */
    public static List<Problem> check(Deck deck, Set<String> widgetTypes, Function<String, List<String>> widgetSources,
                                      Optional<Set<String>> citationKeys) {
        Problems problems = new Problems();
        TextLocator locator = new TextLocator();
        for (Slide slide : deck.slides()) {
            for (Block b : DeckLoader.allBlocks(slide.blocks(), slide.right())) {
                if (b instanceof Block.Widget w && !widgetTypes.contains(w.type())) {
                    List<String> known = widgetTypes.stream().sorted().toList();
                    if (known.isEmpty()) {
                        problems.error(w.location(), "widget.unknownNoneYet", w.type());
                    } else {
                        Fields.reportUnknown(w.location(), "widget.unknown", w.type(), known, problems);
                    }
                }
                if (b instanceof Block.Widget w && widgetTypes.contains(w.type()) && citationKeys.isPresent()) {
                    // a missing key would print bare in the slide's foot: the same error as a diagram's
                    for (String key : widgetSources.apply(w.type())) {
                        if (!citationKeys.get().contains(key)) {
                            problems.error(w.location(), "widget.sourceUnknown", w.type(), key);
                        }
                    }
                }
                if (b instanceof Block.Diagram d && citationKeys.isPresent()) {
                    for (String key : d.kind().sources()) {
                        if (!citationKeys.get().contains(key)) {
                            problems.error(d.location(), "diagram.sourceUnknown", d.kind().yamlName(), key);
                        }
                    }
                }
            }
            if (citationKeys.isPresent()) {
                for (SlideText text : SlideText.of(slide)) {
                    checkKeys(text, citationKeys.get(), locator, problems);
                }
            }
        }
        return problems.list();
    }

    /** Each unknown key is reported where it is written, so an editor jumps to the typo itself. */
    private static void checkKeys(SlideText text, Set<String> keys, TextLocator locator, Problems problems) {
        Matcher m = CITE.matcher(text.text());
        while (m.find()) {
            int from = m.start(1);
            for (String raw : m.group(1).split(",", -1)) {
                String k = raw.strip();
                int at = from + raw.indexOf(k);
                from += raw.length() + 1;
                if (!k.isEmpty() && !keys.contains(k)) {
                    Fields.reportUnknown(locator.locate(text, at, at + k.length()), "cite.unknown", k,
                            keys.stream().sorted().toList(), problems);
                }
            }
        }
    }

    /** Every piece of text a block shows, for checks that read text. */
    public static List<String> texts(Block b) {
        List<String> out = new ArrayList<>();
        // Java 17: no pattern switch yet, so an instanceof chain
        if (b instanceof Block.Paragraph p) {
            out.add(p.text());
        } else if (b instanceof Block.ListBlock l) {
            items(l.items(), out);
        } else if (b instanceof Block.Table t) {
            out.addAll(t.header());
            t.rows().forEach(out::addAll);
            out.add(t.caption());
        } else if (b instanceof Block.Image i) {
            out.add(i.caption());
            out.add(i.credit());
        } else if (b instanceof Block.Callout c) {
            out.add(c.title());
            out.add(c.text());
        } else if (b instanceof Block.Formula f) {
            out.add(f.caption());
        } else if (b instanceof Block.Quote q) {
            out.add(q.text());
            out.add(q.author());
        } else if (b instanceof Block.Placeholder p) {
            out.add(p.label());
            out.add(p.describe());
        } else if (b instanceof Block.Diagram d) {
            out.add(d.caption());
        }
        return out;
    }

    private static void items(List<Block.ListItem> items, List<String> out) {
        for (Block.ListItem i : items) {
            out.add(i.text());
            items(i.children(), out);
        }
    }
}
