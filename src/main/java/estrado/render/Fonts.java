package estrado.render;

import java.io.IOException;
import java.io.InputStream;
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
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String f : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + f)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                // a missing bundled font falls back to the system's; slides still render
            }
        }
        loaded = true;
    }
}
