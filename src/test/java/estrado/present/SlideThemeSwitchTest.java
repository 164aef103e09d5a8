package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Block;
import estrado.deck.BundledTheme;
import estrado.deck.Slide;
import estrado.present.ink.Page;
import estrado.present.talk.Position;
import estrado.present.window.SlideView;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import estrado.widgets.WidgetState;
import estrado.widgets.WidgetStates;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14 item 7: Ctrl+D turns the slides dark (and back) on both windows, keeping the place, widgets and ink. */
class SlideThemeSwitchTest extends TwoWindowsFixture {
    private static final Color DARK_BG = Color.web("#14181f");

    @BeforeEach
    void open() {
        openWindows(widgetsDeck(), WidgetMode.Scheduler.fx());
        front(windows.presenter().stage());
    }

    private void ctrlD() {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Color background(SlideView view) {
        return FxRuntime.call(() -> (Color) view.shown().root().getBackground().getFills().get(0).getFill());
    }

    @Test
    void ctrlDDarkensBothWindowsAndKeepsTheSlideTheWidgetsAndTheInk() {
        int widgetSlide = 0;
        java.util.List<Slide> slides = presentation.deckProperty().get().slides();
        while (slides.get(widgetSlide).blocks().stream().noneMatch(b -> b instanceof Block.Widget)) {
            widgetSlide++;
        }
        int at = widgetSlide;
        FxRuntime.call(() -> {
            presentation.goTo(new Position(at, 0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        String id = slides.get(at).id();
        WidgetStates.Key key = new WidgetStates.Key(id, 0);
        Optional<WidgetState> before = presentation.widgetStates().get(key);
        assertTrue(before.isPresent(), "the widget on " + id + " has its state");
        Page page = presentation.inkPage();
        FxRuntime.call(() -> {
            presentation.ink().toggle(estrado.timing.InkStroke.Tool.PEN);
            presentation.ink().begin(page, new Point2D(100, 100));
            presentation.ink().extend(new Point2D(300, 200));
            presentation.ink().end();
            return null;
        });
        assertEquals(1, presentation.ink().on(page).size());
        assertEquals(Color.WHITE, background(audienceSlide()));

        ctrlD();
        assertEquals(BundledTheme.DARK, presentation.deckProperty().get().deck().baseTheme());
        assertEquals(DARK_BG, background(audienceSlide()), "the projector's slide");
        assertEquals(DARK_BG, background(presenterSlide()), "the lecturer's slide");
        assertEquals(new Position(at, 0), presentation.position());
        assertSame(before.get(), presentation.widgetStates().get(key).orElseThrow(), "the widget keeps its values");
        assertEquals(1, presentation.ink().on(page).size(), "the ink stays");

        // a reload of the deck's files (an edit during the talk) keeps the lecturer's choice
        FxRuntime.call(() -> {
            presentation.setDeck(widgetsDeck());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DARK_BG, background(audienceSlide()));

        ctrlD();
        assertEquals(Color.WHITE, background(audienceSlide()));
        assertEquals(Color.WHITE, background(presenterSlide()));
        assertEquals(new Position(at, 0), presentation.position());
    }
}
