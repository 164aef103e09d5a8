package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.ink.Ink;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.render.SlideContext;
import estrado.timing.InkStroke;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunLogStore;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: the pen and the highlighter. A stroke drawn on one window's live slide appears in the other as it is
 * drawn, at the same canvas points though the windows have different sizes; it stays with its slide and step; K,
 * Ctrl+Z and X work from the keyboard; it survives a crash through the saved run; and the clicker's keys still move
 * the talk while the pen is in hand.
 */
class InkTest extends TwoWindowsFixture {
    private final PointerTest.Timers timers = new PointerTest.Timers();
    private SlideContext context;

    @BeforeEach
    void open() {
        context = widgetsDeck();
        openWindows();
    }

    private void openWindows() {
        openWindows(context, timers);
        // two sizes, two scales (the headless screen is 1280×800: windows stay inside it)
        resize(windows.audience().stage(), 1280, 600);
        resize(windows.presenter().stage(), 900, 780);
    }

    private Point2D screen(SlideView view, double[] canvas) {
        return FxRuntime.call(() -> view.shown().root().localToScreen(canvas[0], canvas[1]));
    }

    /** Presses on the first point, drags through the others; the button stays down (see {@link #lift}). */
    private void drawOn(SlideView view, double[]... canvas) {
        robot.moveTo(screen(view, canvas[0]));
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i < canvas.length; i++) {
            robot.moveTo(screen(view, canvas[i]));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void lift() {
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Polyline> lines(SlideView view) {
        return FxRuntime.call(() -> view.inkLayer().lines());
    }

    private static List<Double> points(Polyline line) {
        return FxRuntime.call(() -> List.copyOf(line.getPoints()));
    }

    /** Where {@code view} shows a line's point, as a point of its slide (read through the slide node). */
    private static Point2D shownAt(SlideView view, Polyline line, int i) {
        return FxRuntime.call(() -> view.shown().root().sceneToLocal(
                line.localToScene(line.getPoints().get(2 * i), line.getPoints().get(2 * i + 1))));
    }

    private double pixel(SlideView view) {
        return 1 / FxRuntime.call(() -> view.viewport().currentScale());
    }

    @Test
    void aStrokeOnThePresentersSlideAppearsOnTheProjectorAsItIsDrawnAtTheSameCanvasPoints() {
        front(windows.presenter().stage());
        type(KeyCode.I);
        assertEquals(InkStroke.Tool.PEN, presentation.ink().toolProperty().get(), "I takes the pen");
        double[][] aim = {{400, 300}, {700, 420}, {1100, 380}, {1500, 700}};
        drawOn(presenterSlide(), aim);
        // not lifted yet: the projector already shows the line as it grows
        assertEquals(1, lines(audienceSlide()).size(), "the projector shows the stroke while it is drawn");
        assertEquals(points(lines(presenterSlide()).get(0)), points(lines(audienceSlide()).get(0)));
        assertTrue(points(lines(audienceSlide()).get(0)).size() >= 2 * aim.length);
        lift();

        assertEquals(1, presentation.ink().strokes().size());
        InkStroke stroke = presentation.ink().strokes().get(0);
        assertEquals(presentation.currentSlide().id(), stroke.slideId());
        Polyline onProjector = lines(audienceSlide()).get(0);
        Polyline onPresenter = lines(presenterSlide()).get(0);
        assertEquals(points(onPresenter), points(onProjector), "the same canvas points in both windows");
        // the robot lands on whole screen pixels of the presenter's (smaller) slide
        double tolerance = 1.5 * pixel(presenterSlide());
        InkStroke.Point first = stroke.points().get(0);
        InkStroke.Point last = stroke.points().get(stroke.points().size() - 1);
        assertTrue(new Point2D(first.x(), first.y()).distance(aim[0][0], aim[0][1]) <= tolerance, "starts " + first);
        assertTrue(new Point2D(last.x(), last.y()).distance(aim[3][0], aim[3][1]) <= tolerance, "ends " + last);
        for (int i = 0; i < stroke.points().size(); i += Math.max(1, stroke.points().size() / 4)) {
            Point2D p = new Point2D(stroke.points().get(i).x(), stroke.points().get(i).y());
            assertTrue(p.distance(shownAt(audienceSlide(), onProjector, i)) < 0.01, "projector draws point " + i);
            assertTrue(p.distance(shownAt(presenterSlide(), onPresenter, i)) < 0.01, "presenter draws point " + i);
        }
        assertNotEquals(pixel(audienceSlide()), pixel(presenterSlide()), 1e-3, "two windows, two scales");
        assertEquals(Color.web(presentation.ink().palette().pens().get(0)), onProjector.getStroke(),
                "the theme's first pen colour");
        assertEquals(Ink.PEN_WIDTH, onProjector.getStrokeWidth());
    }

    @Test
    void theHighlighterOnTheProjectorsOwnWindowShowsOnThePresentersSlide() {
        front(windows.audience().stage());
        type(KeyCode.M);
        assertEquals(InkStroke.Tool.HIGHLIGHTER, presentation.ink().toolProperty().get(), "M works on the projector");
        drawOn(audienceSlide(), new double[] {300, 900}, new double[] {900, 900}, new double[] {1600, 910});
        lift();
        List<Polyline> onPresenter = lines(presenterSlide());
        assertEquals(1, onPresenter.size());
        assertEquals(points(lines(audienceSlide()).get(0)), points(onPresenter.get(0)));
        double tolerance = 1.5 * pixel(audienceSlide());
        Point2D start = shownAt(presenterSlide(), onPresenter.get(0), 0);
        assertTrue(start.distance(300, 900) <= tolerance, "the presenter's slide has it where it was drawn: " + start);
        Color chosen = Color.web(presentation.ink().palette().highlighters().get(0));
        Color drawn = (Color) onPresenter.get(0).getStroke();
        assertEquals(chosen.deriveColor(0, 1, 1, InkStroke.Tool.HIGHLIGHTER.opacity()), drawn,
                "the palette's colour, translucent as a highlighter");
        assertEquals(Ink.HIGHLIGHTER_WIDTH, onPresenter.get(0).getStrokeWidth());
    }

    @Test
    void inkStaysWithItsSlideAndTheKeysChangeColourUndoAndWipe() {
        front(windows.presenter().stage());
        type(KeyCode.I);
        drawOn(presenterSlide(), new double[] {500, 500}, new double[] {800, 600});
        lift();
        type(KeyCode.K);
        drawOn(presenterSlide(), new double[] {500, 700}, new double[] {800, 800});
        lift();
        List<InkStroke> two = List.copyOf(presentation.ink().strokes());
        assertEquals(2, two.size());
        assertNotEquals(two.get(0).colour(), two.get(1).colour(), "K took the next theme colour");
        assertEquals(presentation.ink().palette().pens().get(1), two.get(1).colour());

        type(KeyCode.RIGHT);
        assertEquals(1, presentation.position().slide(), "Right moves the talk with the pen in hand");
        assertTrue(lines(audienceSlide()).isEmpty(), "the next slide has no ink");
        assertTrue(lines(presenterSlide()).isEmpty());
        type(KeyCode.LEFT);
        assertEquals(2, lines(audienceSlide()).size(), "back on the slide, its ink is back");
        assertEquals(2, lines(presenterSlide()).size());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(two.get(0)), presentation.ink().strokes(), "Ctrl+Z took the last stroke off");
        assertEquals(InkStroke.Tool.PEN, presentation.ink().toolProperty().get(), "and did not touch the zoom");
        assertNull(presentation.zoom().regionProperty().get());
        assertEquals(1, lines(audienceSlide()).size());
        type(KeyCode.X);
        assertTrue(presentation.ink().strokes().isEmpty(), "X wiped the slide");
        assertTrue(lines(audienceSlide()).isEmpty());
        front(windows.audience().stage());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(two.get(0)), presentation.ink().strokes(), "Ctrl+Z on the projector brought it back");

        type(KeyCode.ESCAPE);
        assertNull(presentation.ink().toolProperty().get(), "Esc puts the pen down");
        assertEquals(1, lines(audienceSlide()).size(), "the ink stays");
    }

    @Test
    void theClickersKeysMoveTheTalkWithThePenInHandOrAZoomPickedOrShown() {
        front(windows.presenter().stage());
        type(KeyCode.I);
        type(KeyCode.RIGHT);
        assertEquals(1, presentation.position().slide(), "Right with the pen");
        type(KeyCode.PAGE_DOWN);
        assertEquals(2, presentation.position().slide(), "PageDown with the pen");
        front(windows.audience().stage());
        type(KeyCode.RIGHT);
        assertEquals(3, presentation.position().slide(), "Right on the projector's window with the pen");
        type(KeyCode.M);
        type(KeyCode.PAGE_DOWN);
        assertEquals(4, presentation.position().slide(), "PageDown with the highlighter");

        front(windows.presenter().stage());
        type(KeyCode.Z);
        assertTrue(presentation.zoom().armedProperty().get(), "Z arms the zoom");
        type(KeyCode.PAGE_UP);
        assertEquals(3, presentation.position().slide(), "PageUp while a zoom is being picked");
        type(KeyCode.Z);
        drawOn(presenterSlide(), new double[] {200, 200}, new double[] {900, 600});
        lift();
        assertTrue(presentation.zoom().regionProperty().get() != null, "zoomed");
        assertTrue(presentation.ink().strokes().isEmpty(), "picking a zoom draws no ink");
        type(KeyCode.RIGHT);
        assertEquals(4, presentation.position().slide(), "Right while zoomed");
        assertNull(presentation.zoom().regionProperty().get(), "the next slide starts whole");
    }

    @Test
    void inkSurvivesACrashThroughTheSavedRun() {
        front(windows.presenter().stage());
        type(KeyCode.T); // the clock runs: there is a run to save the ink with
        type(KeyCode.RIGHT);
        type(KeyCode.I);
        drawOn(presenterSlide(), new double[] {600, 300}, new double[] {900, 500}, new double[] {1200, 300});
        lift();
        type(KeyCode.M);
        drawOn(presenterSlide(), new double[] {300, 800}, new double[] {1400, 800});
        lift();
        List<InkStroke> drawn = List.copyOf(presentation.ink().strokes());
        assertEquals(2, drawn.size());
        type(KeyCode.RIGHT); // ink on slide 1, the talk on slide 2

        // the crash: the windows go, nothing is finished; the saved state is all that is left
        close();
        PresentationSnapshot saved = new RunLogStore(stateDir).loadSnapshot(session.deckId()).get().orElseThrow();
        assertEquals(2, saved.run().ink().size(), "the live state holds the ink");
        openWindows();
        assertTrue(presentation.ink().strokes().isEmpty(), "a new start has no ink of its own");
        robot.interact(() -> session.resume(saved));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, presentation.position().slide(), "resumed where it was");
        List<InkStroke> back = List.copyOf(presentation.ink().strokes());
        assertEquals(drawn.size(), back.size());
        for (int i = 0; i < drawn.size(); i++) {
            InkStroke a = drawn.get(i);
            InkStroke b = back.get(i);
            assertEquals(List.of(a.slideId(), a.step(), a.tool(), a.colour(), a.width()),
                    List.of(b.slideId(), b.step(), b.tool(), b.colour(), b.width()));
            assertEquals(a.points().size(), b.points().size());
            for (int k = 0; k < a.points().size(); k++) {
                // the file keeps a tenth of a canvas pixel
                assertEquals(a.points().get(k).x(), b.points().get(k).x(), 0.051);
                assertEquals(a.points().get(k).y(), b.points().get(k).y(), 0.051);
            }
        }
        front(windows.presenter().stage());
        type(KeyCode.LEFT);
        assertEquals(2, lines(audienceSlide()).size(), "the ink is on its slide again, on the projector");
        assertEquals(2, lines(presenterSlide()).size());
    }
}
