package estrado.render;

import estrado.bib.BibEntry;
import estrado.bib.Bibliography;
import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.DeckPaths;
import estrado.deck.Figures;
import estrado.deck.Layout;
import estrado.deck.Location;
import estrado.deck.Problem;
import estrado.deck.Problems;
import estrado.deck.Slide;
import estrado.deck.SlideText;
import estrado.deck.TextLocator;
import estrado.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What `check` says about sources and formulas: every figure on a slide that cites nothing,
 * bibliography entries never cited or with no url/doi, formulas that do not typeset, and
 * images still to be supplied. No JavaFX: it runs before any slide is drawn.
 *
 * @param problems      warnings (figures, entries) and errors (formulas), located
 * @param citations     the figures behind {@code check --json}'s "citations"
 * @param pendingAssets images the deck names that are not there yet
 */
public record DeckAudit(List<Problem> problems, CitationSummary citations, List<PendingAsset> pendingAssets) {

    /** A figure shown on a slide that cites nothing and was not marked {@code uncited}. */
    public record UncitedFigure(String slide, String figure, Location location) { }

    /**
     * @param keys           entries in the bibliography (0 without one)
     * @param cited          distinct keys the deck cites that the bibliography has, sorted
     * @param unknown        distinct keys the deck cites that it lacks, sorted
     * @param uncitedFigures figures without a source, in deck order
     */
    public record CitationSummary(int keys, List<String> cited, List<String> unknown,
            List<UncitedFigure> uncitedFigures) { }

    /** An image the deck shows as a placeholder until the file exists: what it should show, and where. */
    public record PendingAsset(String file, String shows, String slide, Location location) { }

    public static DeckAudit of(Deck deck, Optional<Bibliography> bib, Optional<Path> bibFile) {
        return of(deck, bib, bibFile, type -> List.of());
    }

    /**
     * @param widgetSources the keys each widget type cites (its own source markers): an entry only a widget cites
     *                      is cited all the same
     */
    public static DeckAudit of(Deck deck, Optional<Bibliography> bib, Optional<Path> bibFile,
            java.util.function.Function<String, List<String>> widgetSources) {
        Problems problems = new Problems();
        TextLocator locator = new TextLocator();
        Set<String> cited = new LinkedHashSet<>();
        List<UncitedFigure> uncited = new ArrayList<>();
        List<PendingAsset> pending = new ArrayList<>();
        boolean listsAll = false;
        for (Slide slide : deck.slides()) {
            cited.addAll(SlideCitations.keys(slide));
            List<Block> blocks = DeckLoader.allBlocks(slide.blocks(), slide.right());
            for (Block b : blocks) {
                if (b instanceof Block.Formula f) {
                    SlideText tex = new SlideText(f.tex(), f.location());
                    Tex.fault(f.tex()).ifPresent(why -> problems.error(
                            locate(locator, tex, 0, f.tex().length(), 0, why), "formula.invalid", why.message()));
                } else if (b instanceof Block.Image img) {
                    DeckPaths.inside(deck.root(), img.src(), img.location(), new Problems())
                            .filter(p -> !Files.isRegularFile(p))
                            .ifPresent(p -> pending.add(new PendingAsset(img.src(), img.describe(), slide.id(),
                                    img.location())));
                } else if (b instanceof Block.Widget w) {
                    cited.addAll(widgetSources.apply(w.type()));
                } else if (b instanceof Block.ReferenceList r && r.all()) {
                    listsAll = true;
                }
            }
            List<SlideText> texts = SlideText.of(slide);
            for (SlideText t : texts) {
                checkInlineMath(t, locator, problems);
            }
            if (figuresNeedSources(slide)) {
                for (SlideText t : texts) {
                    for (Figures.Figure fig : Figures.find(Inline.mask(t.text()))) {
                        Location at = locator.locate(t, fig.start(), fig.end());
                        uncited.add(new UncitedFigure(slide.id(), fig.text(), at));
                        problems.warning(at, "figure.uncited", fig.text());
                    }
                }
            }
        }
        TreeSet<String> known = new TreeSet<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : cited) {
            (bib.isEmpty() || bib.get().entry(key).isPresent() ? known : unknown).add(key);
        }
        if (bib.isPresent()) {
            Path file = bibFile.orElse(null);
            for (BibEntry e : bib.get().entries()) {
                Location at = bib.get().location(e.key()).map(lc -> new Location(file, lc[0], lc[1]))
                        .orElse(file == null ? new Location(null, 1, 1) : Location.of(file));
                if (!cited.contains(e.key()) && !listsAll) {
                    problems.warning(at, "bib.neverCited", e.key());
                }
                if (!e.hasLink()) {
                    problems.warning(at, "bib.noLink", e.key());
                }
            }
        }
        int keys = bib.map(Bibliography::size).orElse(0);
        return new DeckAudit(problems.list(),
                new CitationSummary(keys, List.copyOf(known), List.copyOf(unknown), List.copyOf(uncited)),
                List.copyOf(pending));
    }

    /**
     * A slide's figures need a source unless it cites something, or its author says why not.
     * A widget counts as citing: every figure it computes carries its own source marker.
     */
    private static boolean figuresNeedSources(Slide slide) {
        return slide.layout() != Layout.REFERENCES && slide.layout() != Layout.TITLE
                && !slide.allowsUncitedFigures() && SlideCitations.keys(slide).isEmpty()
                && DeckLoader.allBlocks(slide.blocks(), slide.right()).stream().noneMatch(b -> b instanceof Block.Widget);
    }

    private static void checkInlineMath(SlideText t, TextLocator locator, Problems problems) {
        for (int[] span : Inline.mathSpans(t.text())) {
            String tex = t.text().substring(span[0] + 1, span[1] - 1);
            Tex.fault(tex).ifPresent(why -> problems.error(locate(locator, t, span[0], span[1], span[0] + 1, why),
                    "formula.invalidInline", shortened(tex), why.message()));
        }
    }

    /** A formula quoted in a message: a hostile one can be thousands of characters long. */
    private static String shortened(String tex) {
        return tex.length() <= 80 ? tex : tex.substring(0, 77) + "…";
    }

    /**
     * The command a fault names (a refused {@code \newcommand}), else the formula written at [from, to).
     *
     * @param body where the formula's own text starts (after an inline formula's $)
     */
    private static Location locate(TextLocator locator, SlideText t, int from, int to, int body, Tex.Fault fault) {
        if (fault.length() > 0) {
            return locator.locate(t, body + fault.at(), body + fault.at() + fault.length());
        }
        return locator.locate(t, from, to);
    }

    /** One line for the summary of `check`. */
    public String summaryLine() {
        // with no entries read (no bibliography, or one that could not be read) nothing is cited from it
        int cited = citations.keys() == 0 ? 0 : citations.cited().size();
        return Messages.get("check.citations", cited, citations.keys(),
                citations.uncitedFigures().size(), pendingAssets.size());
    }
}
