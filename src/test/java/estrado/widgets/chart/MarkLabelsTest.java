package estrado.widgets.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkLabelsTest {

    @Test
    void labelsWithRoomSitCentredOnTheirLinesWithoutLeaders() {
        List<MarkLabels.Spot> spots = MarkLabels.place(new double[] {836, 602}, new double[] {30, 30}, 0, 1000);
        assertEquals(List.of(new MarkLabels.Spot(821, false), new MarkLabels.Spot(587, false)), spots);
    }

    @Test
    void twoCloseLinesShareTheShiftAndStayNearerTheirOwnLine() {
        // 16 GB and 24 GB lines 28 px apart, labels 30 px high: each moves 2 px away from the other
        List<MarkLabels.Spot> spots = MarkLabels.place(new double[] {836, 808}, new double[] {30, 30}, 0, 1000);
        double low = spots.get(0).top();
        double high = spots.get(1).top();
        assertEquals(30 + MarkLabels.AIR, low - high, 1e-9);
        assertEquals(836 + 808, (low + 15) + (high + 15), 1e-9, "the pair stays centred on its two lines");
        assertFalse(spots.get(0).leader());
        assertFalse(spots.get(1).leader());
    }

    @Test
    void bunchedLinesKeepEveryLabelInOrderWithoutOverlapAndTieTheMovedOnes() {
        // the five GPU sizes on the 70 B chart's 386 GB scale: 16, 24, 40, 48 and 80 GB are 14 to 72 px up
        double bottom = 700;
        double[] ys = {bottom - 14, bottom - 22, bottom - 36, bottom - 43, bottom - 72};
        double[] hs = {30, 30, 30, 30, 30};
        List<MarkLabels.Spot> spots = MarkLabels.place(ys, hs, 300, 760);
        assertEquals(5, spots.size());
        for (int i = 1; i < 5; i++) {
            assertTrue(spots.get(i).top() + 30 <= spots.get(i - 1).top(),
                    "the label of the bigger GPU is above, clear of the one below: " + spots);
        }
        for (int i = 0; i < 5; i++) {
            MarkLabels.Spot s = spots.get(i);
            assertTrue(s.top() >= 300 && s.top() + 30 <= 760, "inside the column: " + s);
            double off = Math.abs(s.top() + 15 - ys[i]);
            assertEquals(off > MarkLabels.tolerance(i, ys, 30), s.leader(), "leader iff away from its line: " + s);
        }
        assertTrue(spots.stream().anyMatch(MarkLabels.Spot::leader));
    }

    @Test
    void theColumnsEdgePushesARunBackInside() {
        List<MarkLabels.Spot> spots = MarkLabels.place(new double[] {995, 990}, new double[] {30, 30}, 0, 1000);
        assertEquals(1000 - 30, spots.get(0).top(), 1e-9);
        assertEquals(1000 - 60 - MarkLabels.AIR, spots.get(1).top(), 1e-9);
        assertTrue(spots.get(1).leader(), "the upper label is 27 px above its line, nearer the other one");
    }

    @Test
    void theToleranceIsHalfTheWayToTheNearestOtherLine() {
        double[] ys = {100, 108, 200};
        assertEquals(4, MarkLabels.tolerance(0, ys, 30), 1e-9);
        assertEquals(15, MarkLabels.tolerance(2, ys, 30), 1e-9);
    }
}
