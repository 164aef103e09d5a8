package estrado.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CitationsTest {

    @Test
    void singleKey() {
        String text = "QLoRA \\cite{dettmers2023qlora} cabe en 48 GB";
        List<Citation> found = Citations.find(text);
        assertEquals(1, found.size());
        Citation c = found.get(0);
        assertEquals("dettmers2023qlora", c.key());
        assertEquals("\\cite{dettmers2023qlora}", text.substring(c.start(), c.end()));
        assertEquals("dettmers2023qlora", text.substring(c.keyStart(), c.keyStart() + c.key().length()));
    }

    @Test
    void severalKeysWithSpacesAfterCommas() {
        String text = "GPT-3: \\cite{gpt3_cost_epoch,gpt3_cost_lambda} y \\cite{ brown2020gpt3 ,  sunyan2023economics }.";
        List<Citation> found = Citations.find(text);
        assertEquals(List.of("gpt3_cost_epoch", "gpt3_cost_lambda", "brown2020gpt3", "sunyan2023economics"),
                found.stream().map(Citation::key).toList());
        assertEquals(found.get(0).start(), found.get(1).start());
        assertEquals("\\cite{gpt3_cost_epoch,gpt3_cost_lambda}", text.substring(found.get(1).start(), found.get(1).end()));
        for (Citation c : found) {
            assertEquals(c.key(), text.substring(c.keyStart(), c.keyStart() + c.key().length()));
        }
    }

    @Test
    void dollarAmountsAreLeftAlone() {
        String text = "GPT-3: US$ 4,6 M \\cite{gpt3_cost_lambda}; DeepSeek-V3: $5.576M a $2/h \\cite{deepseek_v3_technical}, "
                + "Epoch $2,2 M–$4,3 M";
        List<Citation> found = Citations.find(text);
        assertEquals(List.of("gpt3_cost_lambda", "deepseek_v3_technical"), found.stream().map(Citation::key).toList());
        assertEquals(text.indexOf("\\cite{gpt3"), found.get(0).start());
        assertEquals(text.indexOf("\\cite{deep"), found.get(1).start());
        assertTrue(text.substring(0, found.get(0).start()).endsWith("US$ 4,6 M "));
    }

    @Test
    void notMarkers() {
        assertEquals(List.of(), Citations.find("\\citeauthor{x} \\\\cite{y} \\cite{unclosed  \\cite{} cite{z} $a$"));
        assertEquals(List.of(), Citations.find(""));
        assertEquals(List.of(), Citations.find(null));
    }

    @Test
    void keysAreDistinctInOrder() {
        assertEquals(Set.of("b", "a"), Citations.keys("\\cite{b} x \\cite{a,b}"));
        assertEquals(List.of("b", "a"), List.copyOf(Citations.keys("\\cite{b} x \\cite{a,b}")));
        assertEquals(List.of("a", "c"), Citations.find("\\cite{a,,c}").stream().map(Citation::key).toList());
    }
}
