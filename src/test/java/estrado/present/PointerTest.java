package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.talk.Pointer;
import estrado.present.window.PointerInput;
import estrado.present.window.SlideView;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import estrado.render.SlideRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: the mouse on the presenter's live slide is a laser pointer on the projector, at the same point of the
 * 1920×1080 canvas whatever the windows' sizes; the dot hides after a pause the test plays out on its own
 * scheduler; L and C turn the dot and the spotlight on and off from either window; the wheel sizes the spotlight;
 * and the clicker's keys still move the talk.
 */
class PointerTest extends TwoWindowsFixture {
    /** The robot's mouse lands on whole screen pixels: a pixel of a small window is a few canvas pixels. */
    private static final double CANVAS_TOLERANCE = 4;

    private final Timers timers = new Timers();

    /** Keeps every scheduled task with its delay; {@link #elapse} plays out those due within a pause. */
    static final class Timers implements WidgetMode.Scheduler {
        private record Task(Duration delay, Runnable run) { }

        private final List<Task> pending = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable run) {
            Task t = new Task(delay, run);
            pending.add(t);
            return () -> pending.remove(t);
        }

        /** Runs the tasks whose delay is at most {@code pause}. */
        void elapse(Duration pause) {
            List<Task> due = pending.stream().filter(t -> t.delay().compareTo(pause) <= 0).toList();
            pending.removeAll(due);
            FxRuntime.call(() -> {
                due.forEach(t -> t.run().run());
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @BeforeEach
    void open() {
        openWindows(widgetsDeck(), timers);
    }

    /** Moves the mouse to canvas point {@code c} of the slide shown in {@code view}, read off the slide node. */
    private void pointAt(SlideView view, double x, double y) {
        Point2D screen = FxRuntime.call(() -> view.shown().root().localToScreen(x, y));
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where {@code view} draws the dot, as a canvas point of the slide it shows (mapped by the slide node). */
    private Point2D dotOnCanvas(SlideView view) {
        return FxRuntime.call(() -> {
            Circle dot = view.pointerLayer().dot();
            Point2D scene = dot.localToScene(dot.getCenterX(), dot.getCenterY());
            return view.shown().root().sceneToLocal(scene);
        });
    }

    private boolean dotVisible(SlideView view) {
        return FxRuntime.call(() -> view.pointerLayer().dot().isVisible());
    }

    private static void assertNear(Point2D expected, Point2D actual, String what) {
        assertNear(expected, actual, CANVAS_TOLERANCE, what);
    }

    private static void assertNear(Point2D expected, Point2D actual, double tolerance, String what) {
        assertTrue(expected.distance(actual) <= tolerance, what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void theDotLandsOnTheSameCanvasPointOnTheProjectorAtTwoWindowSizes() {
        front(windows.presenter().stage());
        type(KeyCode.L);
        assertTrue(presentation.pointer().laserProperty().get(), "L turned the pointer on");

        double[][] points = {{480, 270}, {1500, 900}, {1900, 60}};
        // a wide projector window (bars left and right) and a tall one (bars above and below)
        // (the headless screen is 1280×800: a window past its edge breaks Monocle's framebuffer)
        double[][] sizes = {{1280, 600}, {600, 760}};
        for (double[] size : sizes) {
            resize(windows.audience().stage(), size[0], size[1]);
            resize(windows.presenter().stage(), size[0] == 1280 ? 1200 : 900, size[0] == 1280 ? 700 : 780);
            front(windows.presenter().stage());
            for (double[] p : points) {
                pointAt(presenterSlide(), p[0], p[1]);
                assertTrue(dotVisible(audienceSlide()), "the dot shows on the projector");
                // the robot's mouse lands on whole screen pixels: within one of them of the aim, in canvas units
                Point2D at = presentation.pointer().atProperty().get();
                double pixel = 1 / FxRuntime.call(() -> presenterSlide().viewport().currentScale());
                assertTrue(at.distance(p[0], p[1]) <= 1.5 * pixel, "the pointer is where the mouse is: " + at);
                assertNear(at, dotOnCanvas(audienceSlide()), 0.01, "projector at " + size[0] + "×" + size[1]);
                assertNear(at, dotOnCanvas(presenterSlide()), 0.01, "presenter's own slide");
            }
        }
        double audienceScale = FxRuntime.call(() -> audienceSlide().viewport().currentScale());
        double presenterScale = FxRuntime.call(() -> presenterSlide().viewport().currentScale());
        assertNotEquals(audienceScale, presenterScale, 1e-3, "the two windows really show the slide at two scales");
    }

    @Test
    void theDotHidesAfterThePauseAndComesBackWithTheNextMove() {
        front(windows.presenter().stage());
        type(KeyCode.L);
        pointAt(presenterSlide(), 960, 540);
        assertTrue(dotVisible(audienceSlide()));
        timers.elapse(PointerInput.IDLE.minusMillis(1));
        assertTrue(dotVisible(audienceSlide()), "still there just before the pause is over");
        timers.elapse(PointerInput.IDLE);
        assertFalse(dotVisible(audienceSlide()), "hidden after the pause");
        assertFalse(dotVisible(presenterSlide()));
        pointAt(presenterSlide(), 1000, 560);
        assertTrue(dotVisible(audienceSlide()), "a new move shows it again");
        assertNear(new Point2D(1000, 560), dotOnCanvas(audienceSlide()), "at the new point");
    }

    @Test
    void lTogglesTheDotFromEitherWindow() {
        front(windows.presenter().stage());
        pointAt(presenterSlide(), 700, 400);
        assertFalse(dotVisible(audienceSlide()), "no dot before L");
        assertNull(presentation.pointer().atProperty().get(), "with the pointer off the mouse is not followed");
        type(KeyCode.L);
        pointAt(presenterSlide(), 720, 420);
        assertTrue(dotVisible(audienceSlide()));
        type(KeyCode.L);
        assertFalse(dotVisible(audienceSlide()), "L again turns it off");

        // a lecturer on one touch screen: L and the mouse on the projector's own window
        front(windows.audience().stage());
        type(KeyCode.L);
        assertTrue(presentation.pointer().laserProperty().get(), "L works in the audience window");
        pointAt(audienceSlide(), 300, 800);
        assertTrue(dotVisible(audienceSlide()));
        assertNear(new Point2D(300, 800), dotOnCanvas(audienceSlide()), "pointing on the projector itself");
        assertNear(new Point2D(300, 800), dotOnCanvas(presenterSlide()), "seen on the presenter's slide");
        type(KeyCode.L);
        assertFalse(dotVisible(audienceSlide()));
    }

    @Test
    void theSpotlightDarkensAllButACircleTheWheelSizesAndEscOrCPutsOut() {
        front(windows.presenter().stage());
        type(KeyCode.C);
        assertTrue(presentation.pointer().spotlightProperty().get());
        pointAt(presenterSlide(), 1200, 400);
        Shape shade = FxRuntime.call(() -> audienceSlide().pointerLayer().shade());
        assertNotNull(shade, "the projector is darkened");
        double r = presentation.pointer().radiusProperty().get();
        assertEquals(Pointer.RADIUS, r);
        assertFalse(lit(audienceSlide(), 1200, 400, 0) == Boolean.FALSE, "the pointer's spot is lit");
        assertTrue(lit(audienceSlide(), 1200, 400, r * 0.9), "inside the circle is lit");
        assertFalse(lit(audienceSlide(), 1200, 400, r * 1.1), "just outside the circle is dark");
        assertFalse(lit(audienceSlide(), 100, 1000, 0), "a far corner is dark");

        robot.scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double wider = presentation.pointer().radiusProperty().get();
        assertNotEquals(r, wider, 1e-6, "the wheel changed the radius");
        robot.scroll(2, VerticalDirection.DOWN);
        robot.scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double narrower = presentation.pointer().radiusProperty().get();
        assertTrue((wider - r) * (narrower - r) < 0, "the other way sizes it the other way: " + wider + " " + narrower);
        double now = narrower;
        assertTrue(lit(audienceSlide(), 1200, 400, now * 0.9), "the light follows the new radius");
        assertFalse(lit(audienceSlide(), 1200, 400, now * 1.1));

        type(KeyCode.ESCAPE);
        assertFalse(presentation.pointer().spotlightProperty().get(), "Esc puts the spotlight out");
        assertNull(FxRuntime.call(() -> audienceSlide().pointerLayer().shade()));
        type(KeyCode.C);
        assertNotNull(FxRuntime.call(() -> audienceSlide().pointerLayer().shade()));
        type(KeyCode.C);
        assertNull(FxRuntime.call(() -> audienceSlide().pointerLayer().shade()), "C again puts it out");

        front(windows.audience().stage());
        type(KeyCode.C);
        assertTrue(presentation.pointer().spotlightProperty().get(), "C works in the audience window");
        type(KeyCode.ESCAPE);
        assertFalse(presentation.pointer().spotlightProperty().get(), "and Esc there too");
    }

    /** Whether the canvas point {@code dist} canvas pixels right of (x, y) is outside the shade in {@code view}. */
    private Boolean lit(SlideView view, double x, double y, double dist) {
        return FxRuntime.call(() -> {
            Shape shade = view.pointerLayer().shade();
            Point2D scene = view.shown().root().localToScene(x + dist, y);
            return !shade.contains(shade.sceneToLocal(scene));
        });
    }

    @Test
    void theClickersKeysMoveTheTalkWhileThePointerIsOnAndExportsNeverShowIt() {
        front(windows.presenter().stage());
        type(KeyCode.L, KeyCode.C);
        pointAt(presenterSlide(), 960, 540);
        int slide = presentation.position().slide();
        type(KeyCode.RIGHT);
        assertEquals(slide + 1, presentation.position().slide(), "Right moved the talk");
        type(KeyCode.PAGE_DOWN);
        assertEquals(slide + 2, presentation.position().slide(), "PageDown too");
        type(KeyCode.PAGE_UP);
        assertEquals(slide + 1, presentation.position().slide());
        assertTrue(presentation.pointer().laserProperty().get(), "the pointer stays on across slides");
        pointAt(presenterSlide(), 500, 500);
        assertTrue(dotVisible(audienceSlide()), "and shows on the new slide");

        front(windows.audience().stage());
        type(KeyCode.RIGHT);
        assertEquals(slide + 2, presentation.position().slide(), "Right from the projector's window too");

        // what exports and thumbnails render is the slide alone, whatever the pointer does
        javafx.scene.Parent exported = FxRuntime.call(() -> new SlideRenderer(presentation.deckProperty().get())
                .render(presentation.currentSlide(), 0).root());
        assertNull(FxRuntime.call(() -> exported.lookup("#laser-dot")));
        assertNull(FxRuntime.call(() -> exported.lookup("#spotlight-shade")));
        assertNotNull(FxRuntime.call(() -> audienceSlide().lookup("#spotlight-shade")), "the live view has it");
    }
}
