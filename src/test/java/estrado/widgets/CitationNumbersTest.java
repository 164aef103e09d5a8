package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationNumbersTest {

    @Test
    void oneMarkerStyleWithEachNumberOnce() {
        // olmo3_cost and olmo3_report are two keys for one paper: the slide gives them one number
        Map<String, Integer> numbers = Map.of("olmo3_cost", 5, "olmo3_report", 5, "olmo3_gpuhours_bradbury", 6);
        CitationNumbers cite = numbers::get;
        assertEquals("[5,6]", cite.marker(List.of("olmo3_cost", "olmo3_gpuhours_bradbury", "olmo3_report")));
        assertEquals("[6]", cite.marker(List.of("olmo3_gpuhours_bradbury")));
    }

    @Test
    void localNumbersFollowFirstUse() {
        CitationNumbers cite = CitationNumbers.local();
        assertEquals("[1,2]", cite.marker(List.of("a", "b")));
        assertEquals("[2,1]", cite.marker(List.of("b", "a")));
    }
}
