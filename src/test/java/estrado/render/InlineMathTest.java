package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline math sits in the text (issue 14): simple math is set in the words' font, size and baseline; a
 * typeset formula takes the words' size and shares their baseline, with no padding beside it.
 */
class InlineMathTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void simpleMathIsTextWithItalicVariables() {
        assertEquals(List.of(new InlineMath.Piece("W", true), new InlineMath.Piece("₀", false)),
                InlineMath.asText("W_0").orElseThrow());
        assertEquals(List.of(new InlineMath.Piece("d", true), new InlineMath.Piece(" × ", false),
                new InlineMath.Piece("k", true)), InlineMath.asText("d \\times k").orElseThrow());
        assertEquals(List.of(new InlineMath.Piece("10⁹", false)), InlineMath.asText("10^{9}").orElseThrow());
        assertEquals(List.of(new InlineMath.Piece("α", true)), InlineMath.asText("\\alpha").orElseThrow());
        assertEquals(List.of(new InlineMath.Piece("r", true), new InlineMath.Piece(" ≪ ", false),
                new InlineMath.Piece("d", true)), InlineMath.asText("r \\ll d").orElseThrow());
        // function names are upright, as in print
        assertEquals(List.of(new InlineMath.Piece("max(", false), new InlineMath.Piece("a", true),
                new InlineMath.Piece(")", false)), InlineMath.asText("max(a)").orElseThrow());
        // what Unicode cannot write as text, or what needs typesetting, keeps JLaTeXMath
        for (String typeset : List.of("x_i", "\\frac{a}{b}", "\\sqrt{2}", "\\sum_{i} x", "W^{T}_{k}", "\\infty", "")) {
            assertEquals(Optional.empty(), InlineMath.asText(typeset), typeset);
        }
    }

    @Test
    void inlineMathTakesTheWordsSizeAndBaseline() {
        Path deck = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 10
                slides:
                  - id: a
                    title: Con $W_0$ en el título
                    blocks:
                      - 'Se congela $W_0$: capas y $\\\\frac{a}{b}$, luego el resto.'
                      - image: {src: falta.png, caption: 'La escala $s$: por bloque'}
                """);
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        FxRuntime.call(() -> {
            RenderedSlide r = new SlideRenderer(opened.context().orElseThrow()).render(opened.context().get().slides().get(0), 0);
            r.layoutNow();
            r.layoutNow();
            TextFlow paragraph = (TextFlow) r.root().lookup(".paragraph");
            Text word = firstRun(paragraph, "Se congela ");
            List<Text> math = paragraph.getChildren().stream().filter(n -> n.getStyleClass().contains("math-text"))
                    .map(Text.class::cast).toList();
            assertEquals(List.of("W", "₀"), math.stream().map(Text::getText).toList());
            for (Text t : math) {
                assertEquals(word.getFont().getSize(), t.getFont().getSize(), 1e-9, t.getText());
                assertEquals(baseline(word), baseline(t), 0.5, t.getText());
                assertEquals(word.getFont().getFamily(), t.getFont().getFamily(), t.getText());
            }
            assertTrue(slanted(math.get(0)) && !slanted(math.get(1)) && !slanted(word), "only the variable is italic");
            // the colon follows the subscript with no gap: the next run starts where the math ends
            Text after = firstRun(paragraph, ": capas y ");
            assertEquals(math.get(1).getBoundsInParent().getMaxX(), after.getBoundsInParent().getMinX(), 1);
            // the typeset fraction shares the words' baseline and has no padding at its sides
            MathView fraction = (MathView) paragraph.lookup("." + MathView.STYLE_CLASS);
            assertEquals(baseline(word), fraction.getLayoutY() + fraction.getBaselineOffset(), 1);
            assertEquals(fraction.measure()[0], fraction.getWidth(), 0.5, "no room beside the formula");
            // in a 26 px caption and a 60 px title the math is 26 and 60 px, like the words around it
            for (String flow : List.of(".caption", ".slide-title")) {
                TextFlow f = (TextFlow) r.root().lookup(flow);
                Text w = (Text) f.getChildren().get(0);
                Text m = f.getChildren().stream().filter(n -> n.getStyleClass().contains("math-text"))
                        .map(Text.class::cast).findFirst().orElseThrow();
                assertEquals(w.getFont().getSize(), m.getFont().getSize(), 1e-9, flow);
                assertEquals(baseline(w), baseline(m), 0.5, flow);
                assertEquals(w.getFill(), m.getFill(), flow);
            }
            return null;
        });
    }

    private static Text firstRun(TextFlow flow, String text) {
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t && t.getText().equals(text)) {
                return t;
            }
        }
        throw new AssertionError("no run «" + text + "» in " + flow.getChildren());
    }

    /** The baseline in the flow: the Text's baseline offset is measured from the top of its layout bounds. */
    private static double baseline(Text t) {
        return t.getLayoutY() + t.getTranslateY() + t.getLayoutBounds().getMinY() + t.getBaselineOffset();
    }

    private static boolean slanted(Text t) {
        String style = t.getFont().getStyle().toLowerCase(java.util.Locale.ROOT);
        return style.contains("italic") || style.contains("oblique");
    }
}
