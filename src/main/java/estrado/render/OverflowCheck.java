package estrado.render;

import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders every slide at its last step off-screen and reports the ones whose content does not fit, and
 * how much of its content area each content slide fills (a warning under {@link #SPARSE}).
 */
public final class OverflowCheck {
    /**
     * Under this share of its content area a content slide reads as empty even after its type has grown to the
     * largest step: one or two short lines. 0,3 keeps quiet about a slide with a picture, a diagram, a table or
     * three full bullets, which look balanced once grown and centred.
     */
    public static final double SPARSE = 0.3;

    /** The fill of one content slide. */
    public record Fill(String slide, double fill) { }

    /**
     * A text (or a chart's line or bar) under its contrast minimum: the problem, located at the theme's line that
     * set the colour, and its figures for {@code check --json}.
     */
    public record LowContrast(Problem problem, String slide, String text, String fg, String bg, double ratio,
            double minimum) { }

    /**
     * What drawing every slide found: overflows, sparse slides and low contrast as problems, each content slide's
     * fill, and the contrast findings.
     */
    public record Result(List<Problem> problems, List<Fill> fills, List<LowContrast> contrast) { }

    private OverflowCheck() {
    }

    /** The slides that overflow or cannot be drawn (no contrast: that is {@code check}'s). JavaFX thread. */
    public static List<Problem> run(SlideRenderer renderer) {
        return measure(renderer, false).problems().stream().filter(Problem::isError).toList();
    }

    /** Every slide's overflow, fill, sparseness and contrast: what {@code check} reports. Must run on the JavaFX thread. */
    public static Result measure(SlideRenderer renderer) {
        return measure(renderer, true);
    }

    private static Result measure(SlideRenderer renderer, boolean withContrast) {
        List<Problem> problems = new ArrayList<>();
        List<Fill> fills = new ArrayList<>();
        ContrastCheck contrast = new ContrastCheck();
        for (Slide slide : renderer.context().slides()) {
            try {
                RenderedSlide r = renderer.render(slide, slide.steps() - 1);
                r.layoutNow();
                if (withContrast) {
                    contrast.inspect(r);
                }
                overflow(slide, r).ifPresent(problems::add);
                OptionalDouble fill = SlideFill.of(r);
                if (fill.isPresent()) {
                    fills.add(new Fill(slide.id(), fill.getAsDouble()));
                    // a widget's size is its own: only content that could have grown is called sparse
                    if (fill.getAsDouble() < SPARSE && Autofit.grows(slide)) {
                        problems.add(new Problem(Problem.Severity.WARNING, slide.location(), Messages.get("render.sparse",
                                slide.id(), Math.round(fill.getAsDouble() * 100), Math.round(SPARSE * 100))));
                    }
                }
            } catch (RuntimeException e) {
                problems.add(failed(slide, e));
            }
        }
        List<LowContrast> low = List.of();
        if (withContrast) {
            estrado.deck.Deck deck = renderer.context().deck();
            ThemeColours theme = deck.theme().filter(java.nio.file.Files::isRegularFile)
                    .map(t -> ThemeColours.of(t, SlideRenderer.stylesheets(deck))).orElse(ThemeColours.none());
            low = contrast.problems(theme);
        }
        low.forEach(l -> problems.add(l.problem()));
        return new Result(problems, fills, low);
    }

    /** One slide, for callers that spread the work over frames (JavaFX thread). */
    public static Optional<Problem> check(SlideRenderer renderer, Slide slide) {
        try {
            RenderedSlide r = renderer.render(slide, slide.steps() - 1);
            r.layoutNow();
            return overflow(slide, r);
        } catch (RuntimeException e) {
            return Optional.of(failed(slide, e));
        }
    }

    private static Optional<Problem> overflow(Slide slide, RenderedSlide r) {
        Optional<Problem> table = tooWideTable(slide, r);
        if (table.isPresent()) {
            return table;
        }
        return r.overflow().map(o -> new Problem(Problem.Severity.ERROR, slide.location(),
                Messages.get("render.overflow", slide.id(), (long) o.needed(), (long) o.available())));
    }

    /**
     * A table whose columns, each as wide as its longest word, are wider than the body: it cannot fit without
     * cutting words, which no layout fixes, so the problem is told at the table with what to change.
     */
    private static Optional<Problem> tooWideTable(Slide slide, RenderedSlide r) {
        for (javafx.scene.layout.Region column : r.mustFit()) {
            double room = column.getWidth() - column.snappedLeftInset() - column.snappedRightInset();
            for (javafx.scene.Node n : column.lookupAll(".slide-table")) {
                double needed = ((javafx.scene.layout.Region) n).minWidth(-1);
                if (needed > room + 1 && n.getProperties().get(estrado.deck.Block.Table.class)
                        instanceof estrado.deck.Block.Table t) {
                    return Optional.of(new Problem(Problem.Severity.ERROR, t.location(), Messages.get(
                            "render.tableTooWide", slide.id(), (long) Math.ceil(needed), (long) Math.floor(room))));
                }
            }
        }
        return Optional.empty();
    }

    private static Problem failed(Slide slide, RuntimeException e) {
        return new Problem(Problem.Severity.ERROR, slide.location(),
                Messages.get("render.failed", slide.id(), String.valueOf(e.getMessage())));
    }
}
