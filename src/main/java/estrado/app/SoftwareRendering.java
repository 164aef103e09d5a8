package estrado.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * JavaFX tries the graphics hardware first. Where it refuses it (no GPU driver, a virtual or remote display, Xvfb:
 * Mesa's software OpenGL), it has by then loaded the OpenGL driver, which for Mesa maps LLVM (~26 MB resident for the
 * whole talk), and it draws in software anyway; GTK loads the same driver once more to choose its visuals. So a
 * start that ends in software on a display leaves a mark in the user's cache, and for a week the starts on that
 * display go to JavaFX's software pipeline at once ({@code prism.order=sw}) and, when relaunched, start GTK without
 * OpenGL ({@code GDK_GL=disable}): ~35 MB less while presenting and ~0,1 s less CPU at start (decision 0019 (d)).
 * After a week the hardware is tried again, in case a driver was installed since. A choice of the user's
 * ({@code -Dprism.order}, {@code GDK_GL}) always stands, and then nothing is learnt.
 */
final class SoftwareRendering {
    static final String PRISM_ORDER = "prism.order";
    static final String GDK_GL = "GDK_GL";
    static final long KEPT_MILLIS = 7L * 24 * 3_600_000;

    private SoftwareRendering() {
    }

    /**
     * Only on Linux: the saving measured is Mesa's LLVM, which only GTK's OpenGL maps there. Windows and macOS always
     * try the hardware, so a laptop that once started in software (a remote session, a driver update mid-install)
     * is never held in software on the projector.
     */
    static boolean learnsOn(String osName) {
        return osName.startsWith("Linux");
    }

    /** The mark for the display this process was started on (X11 or Wayland; one mark where there is neither). */
    static Path mark(Path cacheDir, Map<String, String> env) {
        String display = String.join("|", env.getOrDefault("DISPLAY", ""), env.getOrDefault("WAYLAND_DISPLAY", ""));
        return cacheDir.resolve("software-rendering-".concat(Long.toHexString(Relaunch.fnv64(display))));
    }

    /** Whether a start on this display ended in software less than a week before {@code nowMillis}. */
    static boolean known(Path mark, long nowMillis) {
        try {
            return nowMillis - Files.getLastModifiedTime(mark).toMillis() < KEPT_MILLIS;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Before the toolkit starts: the software pipeline when the mark says so and nobody chose one. Returns whether
     * this start tries the hardware on its own, so that its outcome is worth {@linkplain #record recording}.
     */
    static boolean chooseBeforeStart(Path mark, long nowMillis) {
        if (System.getProperty(PRISM_ORDER) != null) {
            return false;
        }
        if (known(mark, nowMillis)) {
            System.setProperty(PRISM_ORDER, "sw");
            return false;
        }
        return true;
    }

    /** What the toolkit ended up with: the hardware removes the mark, software (re)writes it. */
    static void record(Path mark, boolean hardware) {
        try {
            if (hardware) {
                Files.deleteIfExists(mark);
            } else {
                Files.createDirectories(mark.getParent());
                Files.write(mark, new byte[0]);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only cache: every start tries the hardware, as before
        }
    }

    /** The environment for a relaunched child that shows windows: GTK without OpenGL where the mark says so. */
    static void prepareChild(Map<String, String> childEnv, Path mark, long nowMillis) {
        if (!childEnv.containsKey(GDK_GL) && known(mark, nowMillis)) {
            childEnv.put(GDK_GL, "disable");
        }
    }
}
