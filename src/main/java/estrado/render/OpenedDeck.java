package estrado.render;

import estrado.bib.BibException;
import estrado.bib.Bibliography;
import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.Location;
import estrado.deck.DeckChecks;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deck folder read and cross-checked: the deck (when usable, with its reference slides
 * paginated), every problem found, what the renderer needs, and the audit of sources, formulas
 * and pending images. Both `check` and the windows open decks through here.
 */
public record OpenedDeck(Path root, Optional<Deck> deck, List<Problem> problems, Optional<SlideContext> context,
        Optional<DeckAudit> audit) {

    public OpenedDeck(Path root, Optional<Deck> deck, List<Problem> problems, Optional<SlideContext> context) {
        this(root, deck, problems, context, Optional.empty());
    }

    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    /**
     * JLaTeXMath's tables (for checking formulas) and the AWT font the reference pages are measured with take
     * ~0.2 s to set up on first use; that happens on another core while this thread reads the YAML and the
     * BibTeX, instead of after them on the start-up's critical path. Both are guarded by locks, so a caller that
     * gets there first simply waits. Once per process.
     */
    private static void prepareInBackground() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                Tex.warmUp();
                ReferencePages.Metrics.height("x");
            }, "render-setup");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Opens a deck; whatever goes wrong inside, Errors included (a stack or the heap exhausted by some
     * input no limit foresaw), comes back as one problem at the deck file, never as a trace.
     */
    public static OpenedDeck open(Path folder, WidgetViews widgets) {
        return open(folder, widgets, true, ImageCache.DEFAULT_BUDGET_BYTES);
    }

    /**
     * As {@link #open(Path, WidgetViews)}, for the windows: no set-up thread of its own. Formulas and reference
     * metrics are set up when the deck's checks first need them, on the thread that opens it, which already runs
     * beside the toolkit's start; a third busy thread on two cores only delayed the first slide.
     */
    public static OpenedDeck openToPresent(Path folder, WidgetViews widgets) {
        return open(folder, widgets, false, ImageCache.DEFAULT_BUDGET_BYTES);
    }

    /**
     * As {@link #open(Path, WidgetViews)}, for `export`: formulas and reference metrics are set up only if the
     * deck turns out to need them (the other core is busy starting the toolkit, and a deck without formulas or
     * references would pay for JLaTeXMath's XML tables and AWT's fonts for nothing), and decoded pictures are
     * kept within {@link #EXPORT_IMAGE_BUDGET_BYTES}: an export draws each slide once, in order.
     */
    public static OpenedDeck openForExport(Path folder, WidgetViews widgets) {
        return open(folder, widgets, false, EXPORT_IMAGE_BUDGET_BYTES);
    }

    /**
     * Two or three pictures of the usual size (a 1600×900 photo is 5,8 MB decoded); one bigger picture is still
     * kept while its slide is drawn (the cache never drops its last picture).
     */
    public static final long EXPORT_IMAGE_BUDGET_BYTES = 16L << 20;

    private static OpenedDeck open(Path folder, WidgetViews widgets, boolean warmUp, long imageBudget) {
        try {
            return openUnguarded(folder, widgets, warmUp, imageBudget);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(folder, e);
        }
    }

    /** A deck that could not be opened because of {@code e}: one error at its deck.yaml. */
    public static OpenedDeck failed(Path folder, Throwable e) {
        Path file = DeckLoader.deckFile(folder).toAbsolutePath();
        String why = e instanceof StackOverflowError ? Messages.get("load.tooDeep")
                : e instanceof OutOfMemoryError ? Messages.get("load.outOfMemory")
                : Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        Problem p = new Problem(Problem.Severity.ERROR, Location.of(file), why);
        return new OpenedDeck(folder, Optional.empty(), List.of(p), Optional.empty());
    }

    private static OpenedDeck openUnguarded(Path folder, WidgetViews widgets, boolean warmUp, long imageBudget) {
        if (warmUp) {
            prepareInBackground();
        }
        DeckLoader.Result r = new DeckLoader().load(folder);
        List<Problem> problems = new ArrayList<>(r.problems());
        Optional<SlideContext> ctx = Optional.empty();
        Optional<Deck> deck = r.deck();
        Optional<DeckAudit> audit = Optional.empty();
        if (deck.isPresent()) {
            Deck loaded = deck.get();
            Optional<Path> bibFile = loaded.bibliography().filter(Files::isRegularFile);
            Optional<Bibliography> bib = bibFile.flatMap(file -> loadBibliography(file, problems));
            problems.addAll(DeckChecks.check(loaded, widgets.names(), widgets::sources, bib.map(Bibliography::keys)));
            problems.addAll(widgetParameterProblems(loaded, widgets));
            problems.addAll(Diagrams.problems(loaded));
            DeckAudit a = DeckAudit.of(loaded, bib, bibFile, widgets::sources);
            problems.addAll(a.problems());
            audit = Optional.of(a);
            References refs = bib.map(b -> References.of(b, loaded.language())).orElse(References.keysOnly());
            deck = Optional.of(ReferencePages.expand(loaded, refs, bib, a.citations().cited()));
            ctx = Optional.of(new SlideContext(deck.get(), refs, new ImageCache(imageBudget), widgets));
        }
        problems.sort(Comparator.comparing((Problem p) -> String.valueOf(p.location().file()))
                .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
        boolean errors = problems.stream().anyMatch(Problem::isError);
        return new OpenedDeck(r.root(), errors ? Optional.empty() : deck, List.copyOf(problems),
                errors ? Optional.empty() : ctx, audit);
    }

    /** Bad widget parameters, at their file:line:col; unknown widget types are DeckChecks' to report. */
    private static List<Problem> widgetParameterProblems(Deck deck, WidgetViews widgets) {
        List<Problem> out = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            for (Block b : DeckLoader.allBlocks(slide.blocks(), slide.right())) {
                if (b instanceof Block.Widget w && widgets.names().contains(w.type())) {
                    out.addAll(widgets.problems(w));
                }
            }
        }
        return out;
    }

    /** The bibliography with every entry that can be read; each problem of the file at its own line. */
    private static Optional<Bibliography> loadBibliography(Path file, List<Problem> problems) {
        try {
            Bibliography bib = Bibliography.read(file);
            for (Bibliography.Problem p : bib.problems()) {
                problems.add(new Problem(p.error() ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                        new Location(file, Math.max(1, p.line()), Math.max(1, p.column())), p.message()));
            }
            return Optional.of(bib);
        } catch (BibException e) {
            problems.add(new Problem(Problem.Severity.ERROR,
                    new Location(file, Math.max(1, e.line()), Math.max(1, e.column())), e.reason()));
            return Optional.empty();
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
