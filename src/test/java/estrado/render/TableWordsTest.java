package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No table cell of the bundled deck wraps inside a word ("Memo|ria", "HumanEv|al") nor between a number and its unit
 * ("128|GB"): read from where JavaFX put each character, not from the code that sizes the columns.
 */
class TableWordsTest {
    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void noBundledTableCellBreaksAWord() {
        SlideRenderer r = BundledSlidesRenderTest.renderer(TestDecks.bundled());
        List<String> broken = FxRuntime.call(() -> {
            List<String> out = new ArrayList<>();
            int cells = 0;
            for (Slide s : r.context().slides()) {
                RenderedSlide rendered = r.render(s, s.steps() - 1);
                rendered.layoutNow();
                for (Node cell : rendered.root().lookupAll(".cell-text")) {
                    cells++;
                    brokenWords((TextFlow) cell).forEach(w -> out.add(s.id() + ": " + w));
                }
            }
            assertTrue(cells > 50, "the walk reached the tables' cells: " + cells);
            return out;
        });
        assertEquals(List.of(), broken);
    }

    @Test
    void aCellNarrowerThanItsWordIsCaughtByTheWalk() {
        // the walk itself must see a broken word: a flow squeezed under its word, as the columns were before
        List<String> broken = FxRuntime.call(() -> {
            Text t = new Text("Memoria 128\u00A0GB");
            TextFlow flow = new TextFlow(t);
            new javafx.scene.Scene(new javafx.scene.Group(flow));
            flow.applyCss();
            flow.resize(40, 400);
            flow.layout();
            return brokenWords(flow);
        });
        assertTrue(broken.stream().anyMatch(w -> w.startsWith("Memo")), broken.toString());
    }

    @Test
    void aTableWhoseWordsCannotFitIsReportedAtTheTableWithTheFix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String word = "Internacionalización";
        java.nio.file.Path deck = TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: ancha
                    title: Una tabla ancha
                    blocks:
                      - table:
                          header: [%1$s, %1$s, %1$s, %1$s, %1$s]
                          rows:
                            - [a, b, c, d, e]
                """.formatted(word));
        SlideRenderer r = BundledSlidesRenderTest.renderer(deck);
        List<estrado.deck.Problem> problems = estrado.i18n.InLanguage.call(estrado.i18n.InLanguage.SPANISH,
                () -> OverflowCheck.run(r));
        assertEquals(1, problems.size(), problems.toString());
        estrado.deck.Problem p = problems.get(0);
        assertEquals(8, p.location().line(), "at the table's line: " + p);
        assertTrue(p.message().startsWith("la tabla de la diapositiva «ancha» no cabe sin cortar palabras"), p.message());
        assertTrue(p.message().contains("divide la tabla"), "says the fix: " + p.message());
    }

    /**
     * The places a flow's lines break inside a word (between two letters or digits) or between a number and its
     * unit, as "Memo|ria".
     */
    static List<String> brokenWords(TextFlow flow) {
        StringBuilder all = new StringBuilder();
        for (Node n : flow.getChildren()) {
            all.append(n instanceof Text t ? t.getText() : "\uFFFC");
        }
        List<String> out = new ArrayList<>();
        String s = all.toString();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            boolean inWord = Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
            boolean numberUnit = Character.isDigit(a) && (b == ' ' || b == '\u00A0') && i + 2 < s.length()
                    && (Character.isUpperCase(s.charAt(i + 2)) || s.charAt(i + 2) == '%');
            int next = numberUnit ? i + 2 : i + 1;
            if ((inWord || numberUnit) && lineTop(flow, i) != lineTop(flow, next)) {
                out.add(s.substring(0, i + 1) + "|" + s.substring(i + 1));
            }
        }
        return out;
    }

    private static double lineTop(TextFlow flow, int index) {
        for (PathElement e : flow.caretShape(index, true)) {
            if (e instanceof MoveTo m) {
                return m.getY();
            }
        }
        throw new AssertionError("no caret at " + index);
    }
}
