package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.talk.Position;
import estrado.present.window.SlideView;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The talk owns the keys (issue 12): after a slider is dragged, a toggle clicked and a choice made with the mouse,
 * in either window, Right moves the talk and leaves the widget as it was. The keyboard reaches a widget only in
 * the widget mode, entered with Tab alone (no click enters it: WidgetClickKeysTest) and left with Esc, a click
 * outside, or a pause that the test's own scheduler plays out (no sleeping).
 */
class WidgetModeTest extends TwoWindowsFixture {
    private final ManualScheduler scheduler = new ManualScheduler();

    /** Runs the one pending idle timeout when the test says the pause is over. */
    static final class ManualScheduler implements WidgetMode.Scheduler {
        private Runnable pending;
        private Duration delay;

        @Override
        public Runnable schedule(Duration d, Runnable task) {
            pending = task;
            delay = d;
            return () -> {
                if (pending == task) {
                    pending = null;
                }
            };
        }

        void elapse() {
            Runnable t = pending;
            pending = null;
            if (t != null) {
                t.run();
            }
        }
    }

    @BeforeEach
    void open() {
        openWindows(widgetsDeck(), scheduler);
    }

    private void show(String slideId) {
        List<estrado.deck.Slide> slides = presentation.deckProperty().get().slides();
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).id().equals(slideId)) {
                int index = i;
                robot.interact(() -> presentation.goTo(new Position(index, 0)));
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
        }
        throw new AssertionError(slideId);
    }

    private <T extends Node> T find(SlideView view, String selector, Class<T> type) {
        Node n = FxRuntime.call(() -> {
            view.shown().root().applyCss();
            view.shown().root().layout();
            return view.shown().root().lookup(selector);
        });
        assertTrue(type.isInstance(n), selector + " not found");
        return type.cast(n);
    }

    private record Values(double batch, boolean checkpointing, boolean fp32) {
    }

    private Values values(SlideView view) {
        return FxRuntime.call(() -> new Values(find(view, ".w-control-batch .w-slider", Slider.class).getValue(),
                find(view, ".w-toggle", ToggleButton.class).isSelected(), fp32(view).isSelected()));
    }

    private ToggleButton fp32(SlideView view) {
        return FxRuntime.call(() -> view.shown().root().lookupAll(".w-control-precision .toggle-button").stream()
                .map(ToggleButton.class::cast).filter(b -> b.getText().equals("FP32")).findFirst().orElseThrow());
    }

    /** Drags, clicks and chooses with the mouse in {@code view}, then checks Right moves the talk, not them. */
    private void mouseThenRight(Stage stage, SlideView view) {
        front(stage);
        show("vram-detallado");
        Values before = values(view);
        Node thumb = find(view, ".w-control-batch .w-slider", Slider.class).lookup(".thumb");
        assertNotNull(thumb);
        robot.drag(thumb).moveBy(120, 0).drop();
        robot.clickOn(find(view, ".w-toggle", ToggleButton.class));
        robot.clickOn(fp32(view));
        WaitForAsyncUtils.waitForFxEvents();
        Values touched = values(view);
        assertTrue(touched.batch() > before.batch(), "the drag moved the batch slider");
        assertNotEquals(before.checkpointing(), touched.checkpointing(), "the click flipped the toggle");
        assertTrue(touched.fp32(), "the click chose FP32");
        assertFalse(FxRuntime.call(() -> windowMode(view).isActive()), "the mouse alone does not take the keys");

        int slide = presentation.position().slide();
        type(KeyCode.RIGHT);
        assertEquals(slide + 1, presentation.position().slide(), "Right moved the talk");
        type(KeyCode.LEFT);
        assertEquals(slide, presentation.position().slide());
        assertEquals(touched, values(view), "Right and Left left the widget as the mouse set it");
        type(KeyCode.SPACE, KeyCode.HOME, KeyCode.END);
        assertEquals(presentation.deckProperty().get().slides().size() - 1, presentation.position().slide());
    }

    private WidgetMode windowMode(SlideView view) {
        return view == windows.audience().view() ? windows.audience().widgetMode() : windows.presenter().widgetMode();
    }

    @Test
    void inThePresenterTheMouseChangesWidgetsAndRightStillMovesTheTalk() {
        mouseThenRight(windows.presenter().stage(), windows.presenter().currentView());
    }

    @Test
    void onTheProjectorTheMouseChangesWidgetsAndRightStillMovesTheTalk() {
        mouseThenRight(windows.audience().stage(), windows.audience().view());
    }

    @Test
    void tabEntersTheWidgetModeWhereTheArrowsMoveTheControlAndEscLeavesIt() {
        front(windows.presenter().stage());
        show("lora-rango");
        SlideView view = windows.presenter().currentView();
        double rank = find(view, ".w-slider", Slider.class).getValue();
        type(KeyCode.TAB);
        WidgetMode mode = windows.presenter().widgetMode();
        assertTrue(mode.isActive());
        assertTrue(FxRuntime.call(() -> view.lookup("#widget-mode-hint").isVisible()), "the hint shows");
        assertTrue(FxRuntime.call(() -> view.lookup(".widget-mode-ring").isVisible()), "the ring shows");
        assertSame(find(view, ".w-slider", Slider.class), FxRuntime.call(() -> view.getScene().getFocusOwner()));
        int slide = presentation.position().slide();
        type(KeyCode.RIGHT);
        assertEquals(slide, presentation.position().slide(), "in the mode Right is the widget's");
        assertEquals(rank + 1, find(view, ".w-slider", Slider.class).getValue());
        type(KeyCode.PAGE_DOWN); // a clicker's key drives the talk even in the mode, and ends it
        assertEquals(slide + 1, presentation.position().slide());
        assertFalse(mode.isActive());

        type(KeyCode.PAGE_UP, KeyCode.TAB);
        assertTrue(mode.isActive());
        type(KeyCode.ESCAPE);
        assertFalse(mode.isActive());
        assertFalse(FxRuntime.call(() -> view.lookup("#widget-mode-hint").isVisible()));
        type(KeyCode.RIGHT);
        assertEquals(slide + 1, presentation.position().slide(), "after Esc, Right is the talk's again");
    }

    @Test
    void theWidgetModeEndsByItselfAfterAPauseAndWithAClickOutside() {
        front(windows.presenter().stage());
        show("lora-rango");
        SlideView view = windows.presenter().currentView();
        WidgetMode mode = windows.presenter().widgetMode();
        type(KeyCode.TAB);
        assertTrue(mode.isActive());
        assertEquals(WidgetMode.IDLE, scheduler.delay);
        robot.interact(scheduler::elapse);
        assertFalse(mode.isActive(), "idle for the timeout: the keys are the talk's again");
        int slide = presentation.position().slide();
        type(KeyCode.RIGHT);
        assertEquals(slide + 1, presentation.position().slide());

        type(KeyCode.LEFT, KeyCode.TAB);
        assertTrue(mode.isActive());
        robot.clickOn(find(view, ".widget", Node.class)); // inside the widget: the mode stays
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(mode.isActive(), "a click inside the widget keeps the mode");
        Bounds slideBounds = FxRuntime.call(() -> view.localToScreen(view.getLayoutBounds()));
        robot.clickOn(slideBounds.getMinX() + 8, slideBounds.getMinY() + 8); // the slide's corner, outside it
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(mode.isActive(), "a click outside the widget leaves the mode");
    }
}
