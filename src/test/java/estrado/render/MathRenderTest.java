package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Block;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.deck.SlideText;
import estrado.deck.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Formulas typeset by JLaTeXMath: in the bundled deck, in a fixture, and broken ones. */
class MathRenderTest {
    static final Path SHOWCASE = Path.of("src/test/resources/decks/showcase");
    static final Path BAD = Path.of("src/test/resources/decks/bad-formula");

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    /**
     * Every formula block and inline $…$ of a deck, as written, that is typeset (simple inline math is set as
     * text instead: {@code asText} collects those).
     */
    private static List<String> formulas(OpenedDeck opened, List<String> asText) {
        List<String> out = new ArrayList<>();
        for (Slide s : opened.deck().orElseThrow().slides()) {
            for (Block b : DeckLoader.allBlocks(s.blocks(), s.right())) {
                if (b instanceof Block.Formula f) {
                    out.add(f.tex());
                }
            }
            for (SlideText t : SlideText.of(s)) {
                for (int[] span : Inline.mathSpans(t.text())) {
                    String tex = t.text().substring(span[0] + 1, span[1] - 1);
                    (InlineMath.asText(tex).isPresent() ? asText : out).add(tex);
                }
            }
        }
        return out;
    }

    private static void assertEveryFormulaRenders(Path deck, int atLeast) {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        assertTrue(opened.context().isPresent(), () -> "deck did not open: " + opened.problems());
        List<String> simple = new ArrayList<>();
        List<String> written = formulas(opened, simple);
        assertTrue(written.size() + simple.size() >= atLeast, written::toString);
        int[] asText = new int[1];
        SlideRenderer r = FxRuntime.call(() -> new SlideRenderer(opened.context().get()));
        List<Bounds> drawn = FxRuntime.call(() -> {
            List<Bounds> out = new ArrayList<>();
            for (Slide s : r.context().slides()) {
                RenderedSlide rendered = r.render(s, s.steps() - 1);
                rendered.layoutNow();
                for (Node n : rendered.root().lookupAll("." + MathView.STYLE_CLASS)) {
                    if (!insideDiagram(n)) {
                        out.add(n.getLayoutBounds());
                    }
                }
                assertTrue(rendered.root().lookupAll(".math-error").isEmpty(), s.id());
                asText[0] += rendered.root().lookupAll(".math-text").size();
            }
            return out;
        });
        assertEquals(written.size(), drawn.size(), "one typeset node per formula");
        assertEquals(simple.isEmpty(), asText[0] == 0, "simple inline math is set as text: " + simple);
        for (Bounds b : drawn) {
            assertTrue(b.getWidth() > 5 && b.getHeight() > 5, b::toString);
        }
    }

    @Test
    void everyFormulaOfTheBundledDeckRendersWithBounds() {
        assertEveryFormulaRenders(TestDecks.bundled(), 0);
    }

    @Test
    void everyFormulaOfTheShowcaseRendersWithBounds() {
        assertEveryFormulaRenders(SHOWCASE, 6);
    }

    @Test
    void badFormulasAreCheckErrorsAtTheirLine() throws IOException {
        List<Problem> errors = OpenedDeck.open(BAD, WidgetViews.none()).problems().stream()
                .filter(Problem::isError).toList();
        List<String> lines = Files.readAllLines(BAD.resolve("slides/s1.yaml"));
        assertEquals(2, errors.size(), errors::toString);
        int block = indexOf(lines, "\\frac{a}{b");
        assertEquals(block + 1, errors.get(0).location().line());
        assertEquals(lines.get(block).indexOf("{b") + 1, errors.get(0).location().column(), "at the brace never closed");
        int inline = indexOf(lines, "$\\noexiste");
        assertEquals(inline + 1, errors.get(1).location().line());
        assertEquals(lines.get(inline).indexOf("$\\noexiste") + 1, errors.get(1).location().column());
        assertTrue(errors.get(1).message().contains("\\noexiste"), errors.get(1).message());
    }

    @Test
    void moneyIsNeverMath() {
        String money = "Dinero no es matemática: US$ 4,6 M y $5.576M";
        assertEquals(List.of(), Inline.mathSpans(money));
        assertEquals(List.of(), Inline.mathSpans("entre $2 y $3 por hora, o $ 5"));
        assertEquals(1, Inline.mathSpans("con $r \\ll d$ y US$ 4,6 M").size());
    }

    @Test
    void unclosedBraceAndUnknownCommandAreCaught() {
        assertTrue(Tex.problem("\\frac{a}{b").isPresent());
        assertTrue(Tex.problem("x^{2").isPresent());
        assertTrue(Tex.problem("\\foo").orElseThrow().contains("\\foo"));
        assertEquals(java.util.Optional.empty(), Tex.problem("W = W_0 + BA,\\; B \\in \\mathbb{R}^{d \\times r}"));
        assertEquals(java.util.Optional.empty(), Tex.problem("\\{ x \\}"));
    }

    @Test
    void canvasIsRedrawnAtTheScaleTheSlideIsShownAt() {
        double[] sizes = FxRuntime.call(() -> {
            Fonts.load();
            MathView math = (MathView) MathView.create("\\int_0^\\pi \\sin x\\,dx", true, "formula-text");
            Group shown = new Group(math);
            new Scene(new Group(shown), 800, 600);
            math.applyCss();
            math.autosize();
            math.layout();
            Canvas canvas = (Canvas) math.getChildrenUnmodifiable().get(1);
            double atOne = canvas.getWidth();
            shown.getTransforms().add(new Scale(3, 3));
            math.layout();
            double atThree = canvas.getWidth();
            // the presenter's next-slide preview shows the slide at about a quarter of its size
            shown.getTransforms().setAll(new Scale(0.25, 0.25));
            math.layout();
            double atQuarter = canvas.getWidth();
            // a picture of the slide (the overview's thumbnail) scales the snapshot, not the node
            shown.getTransforms().clear();
            math.drawForPicture(0.125);
            math.layout();
            double thumbnail = canvas.getWidth();
            return new double[] {math.getLayoutBounds().getWidth(), atOne, atThree, atQuarter, thumbnail};
        });
        assertEquals(sizes[0], sizes[1], 1.01, "one canvas pixel per slide pixel at scale 1");
        assertEquals(3 * sizes[1], sizes[2], 3.01, "three device pixels per slide pixel at scale 3");
        // shrinking a full-size canvas would drop strokes (no mipmaps): it is drawn small instead
        assertEquals(sizes[1] / 4, sizes[3], 1.01, "a quarter-size preview draws a quarter-size canvas");
        assertEquals(sizes[1] / 8, sizes[4], 1.01, "a thumbnail at 1/8 draws the formula at 1/8");
    }

    private static boolean insideDiagram(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("diagram")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle);
    }
}
