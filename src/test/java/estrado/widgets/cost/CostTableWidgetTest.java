package estrado.widgets.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sorting the cost table: figures in order, unpublished values last in both directions. */
class CostTableWidgetTest {

    @Test
    void seedOrderIsTheCalculatorsOrder() {
        assertEquals(TrainingCost.rows(), CostTableWidget.sorted("seed", false));
    }

    @Test
    void gpuHoursSortWithUnpublishedLast() {
        for (boolean descending : new boolean[] {false, true}) {
            List<TrainingCost.Row> rows = CostTableWidget.sorted("gpu-hours", descending);
            List<Double> published = rows.stream().map(TrainingCost.Row::gpuHours).takeWhile(h -> h != null).toList();
            for (int i = 1; i < published.size(); i++) {
                double a = published.get(i - 1);
                double b = published.get(i);
                assertTrue(descending ? a >= b : a <= b, rows.toString());
            }
            rows.subList(published.size(), rows.size()).forEach(r -> assertNull(r.gpuHours(), r.model()));
            assertEquals(TrainingCost.rows().stream().filter(r -> r.gpuHours() != null).count(), published.size());
        }
    }

    @Test
    void costSortsByTheUpperEnd() {
        List<TrainingCost.Row> rows = CostTableWidget.sorted("cost", true);
        assertEquals("DeepSeek-V3", rows.get(0).model());
    }
}
