package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Layout;
import estrado.deck.Location;
import estrado.deck.Slide;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ExportPageTest {
    private static Slide slide(String id, int steps) {
        return new Slide(id, "T", "", Layout.CONTENT, List.of(), List.of(), "", OptionalDouble.empty(), true, steps,
                Location.of(Path.of("s.yaml")));
    }

    @Test
    void pngNamesCarryNumberIdAndStep() {
        assertEquals("003-costos.png", new ExportPage(slide("costos", 3), 2, 2).pngName(ExportPage.Steps.FINAL));
        assertEquals("003-costos-2.png", new ExportPage(slide("costos", 3), 2, 1).pngName(ExportPage.Steps.ALL));
        assertEquals("003-solo.png", new ExportPage(slide("solo", 1), 2, 0).pngName(ExportPage.Steps.ALL));
    }

    @Test
    void anIdNeverNamesAFolderOrClimbsOut() {
        for (String id : List.of("../../etc/passwd", "a/b", "..", "C:\\x", ".oculto")) {
            String name = new ExportPage(slide(id, 1), 0, 0).pngName(ExportPage.Steps.FINAL);
            assertFalse(name.contains("/") || name.contains("\\") || name.contains(":"), name);
            assertFalse(name.substring(4).startsWith("."), name);
            assertTrue(Path.of("/tmp/out").resolve(name).normalize().startsWith(Path.of("/tmp/out")), name);
        }
        assertEquals("001-año_1.png", new ExportPage(slide("año 1", 1), 0, 0).pngName(ExportPage.Steps.FINAL));
    }

    @Test
    void stepsAreFinalOrAll() {
        assertEquals(ExportPage.Steps.ALL, ExportPage.Steps.parse("all"));
        assertEquals(ExportPage.Steps.FINAL, ExportPage.Steps.parse("final"));
        assertThrows(IllegalArgumentException.class, () -> ExportPage.Steps.parse("ALL"));
    }
}
