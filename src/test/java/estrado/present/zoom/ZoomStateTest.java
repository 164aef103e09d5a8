package estrado.present.zoom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The zoom's state without windows: arming, picking, the part's shape, returning. */
class ZoomStateTest {
    private final Zoom zoom = new Zoom();

    @Test
    void zArmsADragPicksAndZAgainReturns() {
        zoom.drag(new Point2D(0, 0), new Point2D(500, 500));
        assertNull(zoom.selectionProperty().get(), "not armed: a drag picks nothing");
        zoom.toggle();
        assertTrue(zoom.armedProperty().get());
        zoom.drag(new Point2D(800, 600), new Point2D(480, 420));
        assertEquals(new Rectangle2D(480, 420, 320, 180), zoom.selectionProperty().get(), "dragged either way");
        zoom.release();
        assertEquals(new Rectangle2D(480, 420, 320, 180), zoom.regionProperty().get());
        assertFalse(zoom.armedProperty().get());
        zoom.toggle();
        assertNull(zoom.regionProperty().get(), "Z again: the whole slide");
        assertFalse(zoom.armedProperty().get(), "and not armed again");
        assertFalse(zoom.off(), "nothing left to undo");
    }

    @Test
    void disarmingStopsThePickButKeepsAZoomShown() {
        zoom.toggle();
        zoom.drag(new Point2D(0, 0), new Point2D(960, 540));
        zoom.release();
        zoom.toggle();
        assertNull(zoom.regionProperty().get());
        zoom.toggle();
        assertTrue(zoom.disarm());
        assertFalse(zoom.disarm());
        zoom.toggle();
        zoom.drag(new Point2D(0, 0), new Point2D(960, 540));
        zoom.release();
        assertFalse(zoom.disarm(), "not picking");
        assertEquals(new Rectangle2D(0, 0, 960, 540), zoom.regionProperty().get(), "the zoom stays");
    }

    @Test
    void aClickIsNotARectangle() {
        zoom.toggle();
        zoom.drag(new Point2D(100, 100), new Point2D(105, 103));
        zoom.release();
        assertNull(zoom.regionProperty().get());
        assertTrue(zoom.armedProperty().get(), "still waiting for a rectangle");
    }

    @Test
    void thePartIs16By9RoundTheRectangleInsideTheCanvasAndAtMost12TimesMagnified() {
        Rectangle2D tall = Zoom.fit(new Rectangle2D(900, 100, 100, 400));
        assertEquals(16.0 / 9, tall.getWidth() / tall.getHeight(), 1e-9);
        assertEquals(400, tall.getHeight(), 1e-9, "a tall rectangle keeps its height");
        assertEquals(950, tall.getMinX() + tall.getWidth() / 2, 1e-9, "centred on it");
        Rectangle2D tiny = Zoom.fit(new Rectangle2D(10, 10, 30, 30));
        assertEquals(Zoom.MIN_WIDTH, tiny.getWidth(), 1e-9);
        assertEquals(0, tiny.getMinX(), 1e-9, "kept inside the canvas");
        assertEquals(0, tiny.getMinY(), 1e-9);
        Rectangle2D huge = Zoom.fit(new Rectangle2D(-100, -100, 3000, 2000));
        assertEquals(new Rectangle2D(0, 0, 1920, 1080), huge);
    }
}
