package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Block;
import estrado.deck.Location;
import estrado.render.FxRuntime;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What `check` requires of the bibliography is what the views really cite: every key a widget's view numbers
 * is among its type's declared sources, so no marker can reach a slide's foot unchecked.
 */
class WidgetSourcesDeclaredTest {

    @Test
    void everyKeyAViewNumbersIsDeclaredByItsType() {
        FxRuntime.startHeadless();
        WidgetRegistry registry = estrado.app.Main.widgetRegistry();
        for (String name : registry.names()) {
            WidgetType<?, ?> type = registry.type(name).orElseThrow();
            Block.Widget block = new Block.Widget(name, Map.of(), 0, Location.of(Path.of("s1.yaml")));
            Set<String> numbered = new LinkedHashSet<>();
            CitationNumbers recording = key -> {
                numbered.add(key);
                return numbered.size();
            };
            FxRuntime.call(() -> registry.view(block, recording, null, null).orElseThrow());
            assertTrue(type.sources().containsAll(numbered), name + " cites " + numbered + " but declares "
                    + type.sources());
            // a type that declares keys shows at least one marker when first drawn
            assertEquals(type.sources().isEmpty(), numbered.isEmpty(), name + ": " + numbered);
        }
    }

    /** The table in docs/widgets.md is the registry's declaration, row by row. */
    @Test
    void docsListTheKeysOfEveryWidget() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("docs/widgets.md"));
        WidgetRegistry registry = estrado.app.Main.widgetRegistry();
        for (String name : registry.names()) {
            List<String> keys = registry.sources(name);
            String row = "| `" + name + "` | " + (keys.isEmpty() ? "—"
                    : String.join(", ", keys.stream().map(k -> "`" + k + "`").toList())) + " |";
            assertTrue(doc.contains(row), "docs/widgets.md lacks the row " + row);
        }
    }

    @Test
    void theCalculatorDeclaresItsThreeSources() {
        assertEquals(List.of("stoelinga2023gpumem", "rajbhandari2020zero", "dettmers2023qlora"),
                estrado.app.Main.widgetRegistry().sources("vram-calculator"));
    }
}
