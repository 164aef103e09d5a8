package estrado.widgets.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkLabelsTest {

    @Test
    void labelsWithRoomSitOnTheirLines() {
        MarkLabels stack = new MarkLabels(30);
        assertEquals(821, stack.next(836, 30, true));
        assertEquals(587, stack.next(602, 30, true));
    }

    @Test
    void aLabelTooCloseToTheOneBelowMovesUpJustEnough() {
        // 16 GB and 24 GB lines 30 px apart minus a bit: both keep their text, the upper one nudged 2 px
        MarkLabels stack = new MarkLabels(30);
        double low = stack.next(836, 30, true);
        double high = stack.next(808, 30, true);
        assertEquals(low - 30, high);
        assertTrue(808 - 15 - high <= 30);
    }

    @Test
    void aLabelThatWouldDriftFromItsLineOrWhoseLineIsHiddenIsLeftOut() {
        MarkLabels stack = new MarkLabels(30);
        double a = stack.next(836, 30, true);
        double b = stack.next(830, 30, true); // nudged 24 px: still next to its line
        assertEquals(a - 30, b);
        assertTrue(Double.isNaN(stack.next(825, 30, true)), "a third line 5 px higher would be 49 px off");
        assertTrue(Double.isNaN(stack.next(100, 30, false)), "no label for a line above the plot");
        assertEquals(85, stack.next(100, 30, true), "the stack goes on above a left-out label");
    }
}
