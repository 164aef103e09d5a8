package estrado.widgets.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

class LinePlotTest {
    private static final Bounds AREA = new BoundingBox(100, 20, 1000, 500);

    @Test
    void aSegmentThroughABoxCrossesItAndOneBesideItDoesNot() {
        Bounds box = new BoundingBox(200, 200, 100, 30);
        assertTrue(LabelSpots.crosses(new double[] {150, 150, 350, 280}, box));
        assertTrue(LabelSpots.crosses(new double[] {250, -5000, 250, 5000}, box), "a long clipped line still counts");
        assertFalse(LabelSpots.crosses(new double[] {150, 150, 350, 150}, box));
        assertFalse(LabelSpots.crosses(new double[] {400, 0, 400, 1000}, box));
    }

    @Test
    void aLabelFitsWhereItsOwnLineIsNot() {
        // the 4,096-token line of "memoria vs batch": two points near the left edge, rising steeply out of the top
        double[] steep = {100, 300, 240, 40, 380, -400};
        Bounds spot = LabelSpots.labelSpot(240, 40, 160, 30, AREA, List.of(steep), List.of());
        assertFalse(LabelSpots.crosses(steep, spot), spot::toString);
        assertTrue(AREA.contains(spot), spot::toString);
    }

    @Test
    void aLabelAvoidsOnePlacedBeforeIt() {
        double[] flat = {100, 400, 1100, 400};
        Bounds first = LabelSpots.labelSpot(1100, 400, 160, 30, AREA, List.of(flat), List.of());
        Bounds second = LabelSpots.labelSpot(1100, 400, 160, 30, AREA, List.of(flat), List.of(first));
        assertFalse(first.intersects(second), first + " " + second);
        assertFalse(LabelSpots.crosses(flat, second), second::toString);
    }

    @Test
    void theFirstSideIsKeptWhenItIsFree() {
        double[] low = {100, 500, 600, 480};
        Bounds spot = LabelSpots.labelSpot(600, 480, 160, 30, AREA, List.of(low), List.of());
        assertEquals(new BoundingBox(600 - 160 - 14, 480 - 30 - 8, 160, 30), spot);
    }
}
