package estrado.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed app's font folder (see Fonts.FONT_DIR_PROPERTY) is read in place. */
class FontsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void loadsAFontFileInPlaceAndSaysSoOnlyWhenItExists() throws Exception {
        Path file = dir.resolve("DejaVuSansMono-Bold.ttf");
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/DejaVuSansMono-Bold.ttf")) {
            Files.copy(in, file);
        }
        assertTrue(FxRuntime.call(() -> Fonts.loadFile(file)));
        assertTrue(Font.getFontNames(Fonts.MONO).contains("DejaVu Sans Mono Bold"), Font.getFontNames(Fonts.MONO)::toString);
        assertFalse(FxRuntime.call(() -> Fonts.loadFile(dir.resolve("missing.ttf"))));
    }
}
