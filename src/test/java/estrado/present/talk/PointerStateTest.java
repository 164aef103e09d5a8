package estrado.present.talk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.keys.Keys;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The pointer's state without windows: the dot's pause, the spotlight's radius, and the keys L, C and Esc. */
class PointerStateTest {

    @Test
    void aPauseSetByAnOlderMoveDoesNotHideANewerOne() {
        Pointer p = new Pointer();
        p.toggleLaser();
        long first = p.moveTo(new Point2D(100, 100));
        long second = p.moveTo(new Point2D(200, 100));
        p.rest(first);
        assertTrue(p.dotShownProperty().get(), "the older pause is stale");
        p.rest(second);
        assertFalse(p.dotShownProperty().get());
        assertEquals(new Point2D(200, 100), p.atProperty().get(), "the spotlight keeps the last point");
    }

    @Test
    void pointsOffTheCanvasAreClampedAndLeavingHidesTheDot() {
        Pointer p = new Pointer();
        p.toggleLaser();
        p.moveTo(new Point2D(-5, 2000));
        assertEquals(new Point2D(0, 1080), p.atProperty().get());
        p.leave();
        assertFalse(p.dotShownProperty().get());
    }

    @Test
    void theWheelSizesTheSpotlightWithinItsRange() {
        Pointer p = new Pointer();
        p.resize(1);
        assertEquals(Pointer.RADIUS * Pointer.WHEEL_STEP, p.radiusProperty().get(), 1e-9);
        p.resize(-2);
        assertEquals(Pointer.RADIUS / Pointer.WHEEL_STEP, p.radiusProperty().get(), 1e-9);
        p.resize(100);
        assertEquals(Pointer.MAX_RADIUS, p.radiusProperty().get());
        p.resize(-100);
        assertEquals(Pointer.MIN_RADIUS, p.radiusProperty().get());
    }

    @Test
    void lAndCAreAudienceKeysAndEscOnlyPutsOutALitSpotlight() {
        assertTrue(Keys.of(KeyCode.L, false, false).movesTheTalk());
        assertEquals(Keys.Action.POINTER, Keys.of(KeyCode.L, false, false));
        assertEquals(Keys.Action.SPOTLIGHT, Keys.of(KeyCode.C, false, false));
        assertTrue(Keys.of(KeyCode.ESCAPE, false, false).isPresenters(), "Esc stays the presenter's");
        Pointer p = new Pointer();
        assertNull(p.atProperty().get());
        assertFalse(p.spotlightOff(), "Esc with the spotlight off is left to its other meanings");
        p.toggleSpotlight();
        assertTrue(p.isOn());
        assertTrue(p.spotlightOff());
        assertFalse(p.spotlightProperty().get());
    }
}
