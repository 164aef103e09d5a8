package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.canvas.SlideViewport;
import estrado.render.FxRuntime;
import estrado.render.SlideCanvas;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The next slide is prepared in the view without touching what the view shows: a change to the children of a
 * shown node makes JavaFX draw that node's whole area again, so preparing the next slide among the shown slide's
 * siblings drew the slide on screen (and its ink) a second time after every change, in both windows.
 */
class SlideViewportTest {
    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static Pane slide() {
        Pane p = new Pane();
        p.setPrefSize(SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
        return p;
    }

    @Test
    void preparingTheNextSlideLeavesTheShownChildrenAsTheyWereAndShowingItUsesItsLayout() {
        FxRuntime.call(() -> {
            SlideViewport view = new SlideViewport();
            StackPane root = new StackPane(view);
            new Scene(root, 960, 540);
            Pane shown = slide();
            Pane next = slide();
            view.show(shown);
            root.layout();
            List<Node> before = List.copyOf(view.getChildrenUnmodifiable());

            view.prepare(next);
            root.layout();
            assertEquals(before, view.getChildrenUnmodifiable(), "the shown slide's siblings are untouched");
            assertTrue(next.getScene() != null, "the next slide is in the scene: styled and laid out ahead");
            assertFalse(next.getParent().isVisible(), "and not drawn");
            assertEquals(SlideCanvas.WIDTH, next.getWidth(), "laid out at the canvas size");
            assertEquals(shown.getLocalToSceneTransform().getMxx(), next.getLocalToSceneTransform().getMxx(), 1e-9,
                    "at the scale of the slide shown");

            view.show(next);
            root.layout();
            assertSame(next, view.slide());
            assertTrue(next.isVisible() && next.getParent() == view, "shown where the old slide was");
            assertFalse(view.getChildrenUnmodifiable().contains(shown), "the old slide is gone");
            assertEquals(0.5, next.getLocalToSceneTransform().getMxx(), 1e-9, "960 px wide: half the canvas");
            return null;
        });
    }

    @Test
    void aPreparedSlideNotShownIsDroppedAtTheNextChange() {
        FxRuntime.call(() -> {
            SlideViewport view = new SlideViewport();
            new Scene(new StackPane(view), 960, 540);
            view.show(slide());
            Pane skipped = slide();
            view.prepare(skipped);
            view.show(slide()); // the lecturer jumped elsewhere
            assertEquals(null, skipped.getScene(), "the slide prepared for nothing does not stay in the window");
            return null;
        });
    }
}
