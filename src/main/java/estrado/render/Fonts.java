package estrado.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;

/**
 * Loads the bundled DejaVu fonts once, so a slide has the same metrics on Linux, Windows,
 * macOS and in headless tests: an overflow seen here is the one the projector would show.
 */
public final class Fonts {
    public static final String SANS = "DejaVu Sans";
    public static final String MONO = "DejaVu Sans Mono";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"};
    /** System property naming a folder holding the font files, as the installer lays them out. */
    public static final String FONT_DIR_PROPERTY = "estrado.fontDir";
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String dir = System.getProperty(FONT_DIR_PROPERTY);
        for (String f : FILES) {
            if (dir == null || !loadFile(Path.of(dir, f))) {
                loadResource(f);
            }
        }
        loaded = true;
    }

    /**
     * The installed app also ships the fonts as plain files ({@value #FONT_DIR_PROPERTY} names their
     * folder): JavaFX reads a file in place, while a font from a stream is first copied to a
     * temporary file, which costs about 20 ms of every start-up.
     */
    static boolean loadFile(Path file) {
        return Files.isRegularFile(file) && Font.loadFont(file.toUri().toString(), 12) != null;
    }

    private static void loadResource(String f) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + f)) {
            if (in != null) {
                Font.loadFont(in, 12);
            }
        } catch (IOException e) {
            // a missing bundled font falls back to the system's; slides still render
        }
    }
}
