package estrado.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;

/**
 * Loads the bundled DejaVu fonts once, so a slide has the same metrics on Linux, Windows,
 * macOS and in headless tests: an overflow seen here is the one the projector would show.
 * Also loads JLaTeXMath's own fonts into JavaFX, which its formulas are drawn with.
 */
public final class Fonts {
    public static final String SANS = "DejaVu Sans";
    public static final String MONO = "DejaVu Sans Mono";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"};
    // JLaTeXMath draws its symbols by font name; JavaFX must know these fonts or ∫ comes out as "Z"
    private static final String[] MATH_FONTS = {"base/jlm_cmex10.ttf", "base/jlm_cmmi10.ttf", "base/jlm_cmmib10.ttf",
        "maths/jlm_cmsy10.ttf", "maths/jlm_cmbsy10.ttf", "maths/jlm_msam10.ttf", "maths/jlm_msbm10.ttf",
        "maths/jlm_rsfs10.ttf", "maths/jlm_stmary10.ttf", "maths/jlm_special.ttf", "maths/optional/jlm_dsrom10.ttf",
        "latin/jlm_cmr10.ttf", "latin/jlm_jlmr10.ttf", "latin/jlm_jlmi10.ttf", "latin/jlm_jlmbx10.ttf",
        "latin/jlm_jlmbi10.ttf", "latin/jlm_jlmss10.ttf", "latin/jlm_jlmsb10.ttf", "latin/jlm_jlmsi10.ttf",
        "latin/jlm_jlmsbi10.ttf", "latin/jlm_jlmtt10.ttf", "latin/optional/jlm_cmbx10.ttf",
        "latin/optional/jlm_cmbxti10.ttf", "latin/optional/jlm_cmti10.ttf", "latin/optional/jlm_cmss10.ttf",
        "latin/optional/jlm_cmssi10.ttf", "latin/optional/jlm_cmssbx10.ttf", "latin/optional/jlm_cmtt10.ttf",
        "euler/jlm_eufm10.ttf", "euler/jlm_eufb10.ttf"};
    private static final String MATH_FONT_DIR = "/org/scilab/forge/jlatexmath/fonts/";
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
        for (String f : MATH_FONTS) {
            try (InputStream in = Fonts.class.getResourceAsStream(MATH_FONT_DIR + f)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                // a missing math font shows one symbol in a fallback font, not a broken slide
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
