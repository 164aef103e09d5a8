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
