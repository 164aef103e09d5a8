package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.app.Main;
import estrado.present.ink.InkToolbar;
import estrado.present.overlay.HelpOverlay;
import estrado.present.talk.Presentation;
import estrado.present.window.AudienceWindow;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import estrado.timing.InkStroke;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20, item 5: a lecturer presenting from one screen, with a touch screen and no keyboard at hand, takes the
 * pen, the highlighter and the zoom from buttons on the projector's own window. The buttons stay hidden until the
 * mouse comes near the bottom edge, switch the tool, and a drag then draws; the clicker's keys still move the talk.
 */
class InkToolbarTest {
    private static final Path DECK = Path.of("src", "test", "resources", "decks", "widgets");

    private final FxRobot robot = new FxRobot();
    private Presentation presentation;
    private AudienceWindow audience;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @BeforeEach
    void open() {
        var context = OpenedDeck.open(DECK, WidgetViews.of(Main.widgetRegistry())).context().orElseThrow();
        audience = FxRuntime.call(() -> {
            presentation = new Presentation(context);
            AudienceWindow a = new AudienceWindow(new Stage(), presentation, new PointerTest.Timers());
            Stage s = a.stage();
            s.setX(0);
            s.setY(0);
            s.setWidth(1200);
            s.setHeight(700);
            s.show();
            s.toFront();
            s.requestFocus();
            return a;
        });
        robot.targetWindow(audience.stage());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        FxRuntime.call(() -> {
            audience.stage().close();
            return null;
        });
    }

    private InkToolbar tools() {
        return audience.tools();
    }

    /** A button of the toolbar by its id: pen, highlighter, colour, undo, clear, zoom. */
    private static ButtonBase button(InkToolbar t, String name) {
        return (ButtonBase) t.lookup("#ink-tool-" + name);
    }

    private ButtonBase button(String name) {
        return button(tools(), name);
    }

    private boolean shown() {
        return FxRuntime.call(() -> tools().isVisible());
    }

    /** A point of the window's slide view, {@code fx} and {@code fy} as shares of its width and height. */
    private Point2D at(double fx, double fy) {
        return FxRuntime.call(() -> {
            SlideView v = audience.view();
            return v.localToScreen(v.getWidth() * fx, v.getHeight() * fy);
        });
    }

    private void moveTo(Point2D p) {
        robot.moveTo(p);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(ButtonBase button) {
        Point2D centre = FxRuntime.call(() -> {
            Bounds b = button.localToScreen(button.getLayoutBounds());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        moveTo(centre);
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean selected(ButtonBase b) {
        return FxRuntime.call(() -> ((ToggleButton) b).isSelected());
    }

    @Test
    void theToolbarComesAtTheBottomEdgeSwitchesTheToolAndADragDraws() {
        moveTo(at(0.5, 0.5));
        assertFalse(shown(), "hidden while the mouse is on the slide");
        moveTo(at(0.3, 0.985));
        assertTrue(shown(), "the mouse near the bottom edge calls it");
        Bounds inView = FxRuntime.call(() -> audience.view().sceneToLocal(
                tools().localToScene(tools().getLayoutBounds())));
        double viewHeight = FxRuntime.call(() -> audience.view().getHeight());
        assertTrue(inView.getMaxY() <= viewHeight && inView.getMinX() >= 0, "inside the window, at the bottom left");

        press(button("pen"));
        assertEquals(InkStroke.Tool.PEN, presentation.ink().toolProperty().get(), "Lápiz takes the pen");
        assertTrue(selected(button("pen")));
        assertTrue(shown(), "still there while the mouse is on it");

        moveTo(at(0.3, 0.4));
        assertFalse(shown(), "gone when the mouse leaves for the slide");
        robot.press(MouseButton.PRIMARY);
        moveTo(at(0.5, 0.45));
        moveTo(at(0.7, 0.4));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, presentation.ink().strokes().size(), "the drag drew a stroke");
        assertEquals(InkStroke.Tool.PEN, presentation.ink().strokes().get(0).tool());
        assertEquals(1, FxRuntime.call(() -> audience.view().inkLayer().lines().size()), "and it is on the slide");

        moveTo(at(0.3, 0.985));
        press(button("highlighter"));
        assertEquals(InkStroke.Tool.HIGHLIGHTER, presentation.ink().toolProperty().get(), "Marcador switches tool");
        assertFalse(selected(button("pen")), "one tool pressed at a time");
        assertTrue(selected(button("highlighter")));

        press(button("undo"));
        assertTrue(presentation.ink().strokes().isEmpty(), "Deshacer takes the stroke off");

        int slide = presentation.position().slide();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(slide + 1, presentation.position().slide(), "after the buttons, Right still moves the talk");

        press(button("highlighter"));
        assertEquals(null, presentation.ink().toolProperty().get(), "pressed again, the highlighter is put down");
        press(button("zoom"));
        assertTrue(presentation.zoom().armedProperty().get(), "Zoom arms the zoom");
        assertTrue(selected(button("zoom")));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(selected(button("zoom")), "Esc on the keyboard: the button follows");
    }

    @Test
    void aTouchAtTheEdgeOnlyCallsTheToolbarAndKeysShowInTheButtons() {
        robot.type(KeyCode.I); // the pen, from the keyboard
        WaitForAsyncUtils.waitForFxEvents();
        moveTo(at(0.6, 0.985));
        // a mouse that moved there showed it; a finger does not move first: hide it as a move on the slide does
        moveTo(at(0.6, 0.5));
        assertFalse(shown());
        FxRuntime.call(() -> {
            // a touch lands without a move before it (the robot's press always comes after a move)
            // on the slide itself, where the pen would take it and draw a dot
            SlideView v = audience.view();
            Point2D scene = v.localToScene(v.getWidth() * 0.6, v.getHeight() * 0.985);
            Point2D screen = v.localToScreen(v.getWidth() * 0.6, v.getHeight() * 0.985);
            javafx.event.Event.fireEvent(v.viewport(), new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_PRESSED, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, false, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(), "the touch at the edge calls the toolbar");
        assertTrue(presentation.ink().strokes().isEmpty() && presentation.ink().drawingProperty().get() == null,
                "and draws no dot");
        assertTrue(selected(button("pen")), "the pen taken with I shows pressed");
    }

    @Test
    void inEnglishTheButtonsAndTheHelpHintReadRight() {
        java.util.Locale before = estrado.i18n.Messages.locale();
        estrado.i18n.Messages.use(java.util.Locale.ENGLISH);
        try {
            java.util.List<String> labels = FxRuntime.call(() -> {
                InkToolbar t = new InkToolbar(presentation.ink(), presentation.zoom(), presentation::inkPage);
                java.util.List<String> texts = new java.util.ArrayList<>();
                for (String b : java.util.List.of("pen", "highlighter", "colour", "undo", "clear", "zoom")) {
                    texts.add(button(t, b).getText());
                }
                texts.add(button(t, "pen").getTooltip().getText());
                return texts;
            });
            assertEquals(java.util.List.of("Pen", "Highlighter", "Colour", "Undo", "Wipe", "Zoom",
                    "pen: draw on the slide (the projector shows it too) (I)"), labels);
            // Messages.get without arguments shows the bundle's text as written: no MessageFormat quote doubling
            String hint = FxRuntime.call(() -> new HelpOverlay().lookupAll(".label").stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText())
                    .filter(text -> text != null && text.contains("clicker")).findFirst().orElseThrow());
            assertTrue(hint.startsWith("The clicker’s keys"), hint);
            assertFalse(hint.contains("''"), hint);
        } finally {
            estrado.i18n.Messages.use(before);
        }
    }
}
