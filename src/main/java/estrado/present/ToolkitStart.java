package estrado.present;

import estrado.render.Fonts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/**
 * Starts JavaFX for the windows as soon as the process knows it will show them, on a thread of its own: the
 * toolkit's start (the window system, the graphics pipeline: about a second on a busy 2-core machine) then runs
 * while the command line is read and the deck is opened instead of after them. {@link PresenterApp#launch} waits
 * for it before {@code Application.launch}, which then finds the toolkit up and goes straight to the windows.
 */
public final class ToolkitStart {
    static final String HEADLESS_AWT = "java.awt.headless";

    private static CompletableFuture<Void> started;

    private ToolkitStart() {
    }

    /** Starts the toolkit in the background, once; what goes wrong is rethrown by {@link #join()}. */
    public static void begin() {
        begin(hardware -> { });
    }

    /**
     * As {@link #begin()}; {@code pipeline} then learns, on the start's thread, whether JavaFX draws with the
     * graphics hardware (true) or fell back to software (false: no 3D, the one public sign of it).
     */
    public static synchronized void begin(Consumer<Boolean> pipeline) {
        if (started != null) {
            return;
        }
        prepare();
        CompletableFuture<Void> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Platform.startup(() -> { });
                f.complete(null);
                pipeline.accept(Platform.isSupported(ConditionalFeature.SCENE3D));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e); // no display, no GTK: said in one line by the caller of join()
                return;
            }
            try {
                // the slides' fonts (36 files), here while the deck is still being read: loaded by the first
                // slide's renderer, they held the JavaFX thread ~0,15 s before the first frame
                Fonts.load();
            } catch (RuntimeException e) {
                // the renderer loads them again and says what is wrong
            }
        }, "fx-start");
        t.setDaemon(true);
        t.start();
        started = f;
    }

    /** Waits for {@link #begin()}'s start, if there was one, and rethrows its failure as it was thrown. */
    static synchronized void join() {
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Lets a start under way finish before the process exits (a usage error of {@code present}): a JVM that
     * exits in the middle of the toolkit's start can print the toolkit's trace.
     */
    public static void settle() {
        try {
            join();
        } catch (RuntimeException | Error e) {
            // the command's own message has been printed; this one is not the user's concern
        }
    }

    /**
     * What the toolkit and AWT read when they start, set unless the user set it. Both before the first window:
     * <ul>
     * <li>no JavaFX warning about running from the class path (the installer ships a jlinked runtime);
     * <li>no region-cache texture: 8 MB per screen in the software pipeline (decision 0019);
     * <li>AWT without a display: the windows use it only for fonts and pixels (formulas, reference pages,
     * picture conversion), and AWT opening its own X connection while GTK opened JavaFX's hung the start
     * once under load (both threads in Xlib; GTK warned "XSetErrorHandler() called with a GDK error trap
     * pushed").
     * </ul>
     */
    static void prepare() {
        estrado.render.FxRuntime.quietStartupWarning();
        PresenterApp.keepNoRegionCache();
        if (System.getProperty(HEADLESS_AWT) == null) {
            System.setProperty(HEADLESS_AWT, "true");
        }
    }
}
