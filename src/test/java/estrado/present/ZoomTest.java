package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.canvas.SlideViewport;
import estrado.present.talk.Position;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20: Z and a rectangle dragged on the presenter's live slide magnify that part on the projector; the projector
 * shows the same live slide node scaled (its widgets work there), the presenter keeps the whole slide with a frame;
 * Esc or Z returns; it works from the projector's own window; and ink drawn on the zoomed projector lands on the same
 * canvas points on the presenter's slide.
 */
class ZoomTest extends TwoWindowsFixture {
    @BeforeEach
    void open() {
        openWindows(widgetsDeck(), new PointerTest.Timers());
        resize(windows.audience().stage(), 1280, 640);
        resize(windows.presenter().stage(), 1000, 760);
        List<estrado.deck.Slide> slides = presentation.deckProperty().get().slides();
        int index = slides.indexOf(slides.stream().filter(s -> s.id().equals("vram-detallado")).findFirst().orElseThrow());
        robot.interact(() -> presentation.goTo(new Position(index, 0)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void drag(SlideView view, double x0, double y0, double x1, double y1) {
        robot.moveTo(FxRuntime.call(() -> view.shown().root().localToScreen(x0, y0)));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(FxRuntime.call(() -> view.shown().root().localToScreen((x0 + x1) / 2, (y0 + y1) / 2)));
        robot.moveTo(FxRuntime.call(() -> view.shown().root().localToScreen(x1, y1)));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Slider batch(SlideView view) {
        Node n = FxRuntime.call(() -> {
            view.shown().root().applyCss();
            view.shown().root().layout();
            return view.shown().root().lookup(".w-control-batch .w-slider");
        });
        assertTrue(n instanceof Slider, "the batch slider");
        return (Slider) n;
    }

    /** A node's box in canvas pixels of the slide it is on. */
    private static Bounds onCanvas(SlideView view, Node n) {
        return FxRuntime.call(() -> view.shown().root().sceneToLocal(n.localToScene(n.getLayoutBounds())));
    }

    private double scale(SlideView view) {
        return FxRuntime.call(() -> view.viewport().currentScale());
    }

    @Test
    void aRectangleOnThePresentersSlideIsMagnifiedLiveOnTheProjectorAndEscReturns() {
        double whole = scale(audienceSlide());
        Bounds slider = onCanvas(presenterSlide(), batch(presenterSlide()));
        front(windows.presenter().stage());
        type(KeyCode.Z);
        double x0 = slider.getMinX() - 40;
        double y0 = slider.getMinY() - 60;
        double x1 = slider.getMaxX() + 40;
        double y1 = slider.getMaxY() + 60;
        drag(presenterSlide(), x0, y0, x1, y1);

        Rectangle2D region = presentation.zoom().regionProperty().get();
        assertNotNull(region, "the drag picked a part");
        assertFalse(presentation.zoom().armedProperty().get());
        assertTrue(region.contains(slider.getMinX(), slider.getMinY())
                && region.contains(slider.getMaxX(), slider.getMaxY()), "the part holds the slider: " + region);
        assertEquals(16.0 / 9, region.getWidth() / region.getHeight(), 1e-9, "the projector's shape");
        assertTrue(region.getWidth() < x1 - x0 + 40 || region.getHeight() < y1 - y0 + 40,
                "no wider than needed: " + region);
        assertEquals(region, FxRuntime.call(() -> audienceSlide().viewport().region()));
        assertEquals(SlideViewport.WHOLE, FxRuntime.call(() -> presenterSlide().viewport().region()),
                "the lecturer keeps the whole slide");
        assertTrue(FxRuntime.call(() -> presenterSlide().zoomLayer().frameShown().isVisible()), "framing the part");

        // magnified, and not a picture: the projector shows its own live slide node, scaled
        double zoomed = scale(audienceSlide());
        assertEquals(Math.min(1280 / region.getWidth(), FxRuntime.call(() -> audienceSlide().getHeight())
                / region.getHeight()), zoomed, 0.02);
        assertTrue(zoomed > 1.5 * whole, "magnified: " + whole + " -> " + zoomed);
        assertSame(FxRuntime.call(() -> audienceSlide().shown().root()),
                FxRuntime.call(() -> audienceSlide().viewport().slide()));
        assertTrue(FxRuntime.call(() -> audienceSlide().lookupAll(".image-view").stream()
                .noneMatch(n -> n instanceof ImageView iv && iv.getImage() != null
                        && iv.getImage().getWidth() >= 1000)), "no snapshot of the slide");
        Point2D centre = FxRuntime.call(() -> audienceSlide().shown().root().localToScene(
                region.getMinX() + region.getWidth() / 2, region.getMinY() + region.getHeight() / 2));
        Point2D viewCentre = FxRuntime.call(() -> audienceSlide().localToScene(audienceSlide().getWidth() / 2,
                audienceSlide().getHeight() / 2));
        assertTrue(centre.distance(viewCentre) < 1, "the part is centred on the projector");

        // the widget works inside the zoom, and both windows follow it
        front(windows.audience().stage());
        double before = batch(presenterSlide()).getValue();
        Node thumb = FxRuntime.call(() -> batch(audienceSlide()).lookup(".thumb"));
        robot.drag(thumb).moveBy(90, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(batch(audienceSlide()).getValue() > before, "the zoomed slider moved");
        assertEquals(batch(audienceSlide()).getValue(), batch(presenterSlide()).getValue(),
                "the presenter's slider followed it");
        assertNotNull(presentation.zoom().regionProperty().get(), "using the widget keeps the zoom");

        type(KeyCode.ESCAPE);
        assertNull(presentation.zoom().regionProperty().get(), "Esc returns");
        assertEquals(whole, scale(audienceSlide()), 1e-9);
        assertFalse(FxRuntime.call(() -> presenterSlide().zoomLayer().frameShown().isVisible()));
    }

    @Test
    void theProjectorsOwnWindowZoomsZReturnsAndInkThereLandsOnTheSameCanvasPoints() {
        front(windows.audience().stage());
        type(KeyCode.Z);
        drag(audienceSlide(), 960, 540, 1440, 810);
        Rectangle2D first = presentation.zoom().regionProperty().get();
        assertNotNull(first, "a zoom picked on the projector's window");
        // the robot lands on whole screen pixels
        double pixel0 = 1.5 / scale(presenterSlide());
        assertEquals(960, first.getMinX(), pixel0);
        assertEquals(540, first.getMinY(), pixel0);
        assertEquals(480, first.getWidth(), 2 * pixel0);

        type(KeyCode.Z);
        assertNull(presentation.zoom().regionProperty().get(), "Z again returns to the whole slide");
        type(KeyCode.Z);
        drag(audienceSlide(), 960, 540, 1440, 810);
        assertEquals(first.getMinX(), presentation.zoom().regionProperty().get().getMinX(), pixel0);

        type(KeyCode.I);
        double[][] aim = {{1000, 600}, {1200, 700}, {1400, 620}};
        robot.moveTo(FxRuntime.call(() -> audienceSlide().shown().root().localToScreen(aim[0][0], aim[0][1])));
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i < aim.length; i++) {
            int k = i;
            robot.moveTo(FxRuntime.call(() -> audienceSlide().shown().root().localToScreen(aim[k][0], aim[k][1])));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var stroke = presentation.ink().strokes().get(0);
        // a screen pixel of the zoomed projector is a fraction of a canvas pixel
        double pixel = 1 / scale(audienceSlide());
        assertTrue(pixel < 0.5, "zoomed in");
        var p0 = stroke.points().get(0);
        assertTrue(new Point2D(p0.x(), p0.y()).distance(aim[0][0], aim[0][1]) <= 1.5 * pixel, "starts at " + p0);
        var onPresenter = FxRuntime.call(() -> presenterSlide().inkLayer().lines()).get(0);
        Point2D shown = FxRuntime.call(() -> presenterSlide().shown().root().sceneToLocal(
                onPresenter.localToScene(onPresenter.getPoints().get(0), onPresenter.getPoints().get(1))));
        assertTrue(shown.distance(p0.x(), p0.y()) < 0.01, "the presenter's whole slide has it at the same point");
        var onProjector = FxRuntime.call(() -> audienceSlide().inkLayer().lines()).get(0);
        Point2D magnified = FxRuntime.call(() -> audienceSlide().shown().root().sceneToLocal(
                onProjector.localToScene(onProjector.getPoints().get(0), onProjector.getPoints().get(1))));
        assertTrue(magnified.distance(p0.x(), p0.y()) < 0.01, "the zoomed projector has it on the same words: "
                + magnified);

        // the laser dot, too, lands on the magnified slide where the mouse is
        type(KeyCode.ESCAPE); // the pen down; the zoom stays
        assertNotNull(presentation.zoom().regionProperty().get());
        type(KeyCode.L);
        robot.moveTo(FxRuntime.call(() -> presenterSlide().shown().root().localToScreen(1200, 675)));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = presentation.pointer().atProperty().get();
        Point2D dot = FxRuntime.call(() -> {
            var c = audienceSlide().pointerLayer().dot();
            return audienceSlide().shown().root().sceneToLocal(c.localToScene(c.getCenterX(), c.getCenterY()));
        });
        assertTrue(dot.distance(at) < 0.01, "the dot on the zoomed projector: " + dot + " for " + at);
    }
}
