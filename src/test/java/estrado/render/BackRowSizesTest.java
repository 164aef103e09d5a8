package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readable from the back row: no text the audience sees on a bundled slide is drawn under 24 px at 1080p
 * (footnotes, captions, diagram labels and code included), and the foot never takes more than its share.
 * Widgets' own text is checked with the widgets.
 */
class BackRowSizesTest {
    static final double MIN_PX = 24;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void everyTextOfTheBundledSlidesIsAtLeast24Px() {
        OpenedDeck opened = OpenedDeck.open(TestDecks.bundled(), WidgetViews.of(estrado.app.Main.widgetRegistry()));
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        SlideRenderer r = FxRuntime.call(() -> SlideRenderer.forAudience(opened.context().get()));
        List<String> small = FxRuntime.call(() -> {
            List<String> out = new ArrayList<>();
            int texts = 0;
            for (Slide s : r.context().slides()) {
                RenderedSlide rendered = r.render(s, s.steps() - 1);
                rendered.layoutNow();
                texts += collect(rendered.root(), s.id(), out);
                javafx.scene.layout.Region foot = (javafx.scene.layout.Region) rendered.root().lookup(".cite-foot");
                if (foot != null && foot.getHeight() > 0.12 * SlideCanvas.HEIGHT) {
                    out.add(s.id() + ": the foot takes " + foot.getHeight() + " px");
                }
            }
            assertTrue(texts > 1000, "the walk reached the slides' texts: " + texts);
            return out;
        });
        assertEquals(List.of(), small);
    }

    /** Texts under the minimum below {@code n}, skipping hidden parts and live widgets; returns how many were seen. */
    private static int collect(Node n, String slide, List<String> out) {
        if (!n.isVisible() || n.getStyleClass().contains("widget")) {
            return 0;
        }
        int seen = 0;
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            double px = t.getFont().getSize() * t.getLocalToSceneTransform().getMyy();
            if (px < MIN_PX - 0.01) {
                out.add(slide + ": «" + t.getText().strip() + "» at " + Math.round(px * 10) / 10.0 + " px");
            }
            seen++;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            double px = l.getFont().getSize() * l.getLocalToSceneTransform().getMyy();
            if (px < MIN_PX - 0.01) {
                out.add(slide + ": «" + l.getText().strip() + "» at " + Math.round(px * 10) / 10.0 + " px");
            }
            return seen + 1; // its text node is the same text
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                seen += collect(c, slide, out);
            }
        }
        return seen;
    }
}
