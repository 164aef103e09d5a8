package estrado.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * Starts JavaFX without a window system (Monocle headless, software rendering) so `check`,
 * `export` and tests draw slides on machines with no display.
 */
public final class FxRuntime {
    // held strongly: JUL keeps loggers weakly, and a collected logger forgets its level
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");
    private static boolean started;

    private FxRuntime() {
    }

    public static synchronized void startHeadless() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        quietStartupWarning();
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // a test harness (TestFX) may have started the toolkit already
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /**
     * JavaFX warns that it runs from the class path; that is our supported set-up (the installer
     * ships a jlinked runtime), so the warning would only alarm users of `check` and `export`.
     */
    public static void quietStartupWarning() {
        FX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Runs {@code task} on the JavaFX thread and waits for its result. */
    public static <T> T call(Callable<T> task) {
        if (Platform.isFxApplicationThread()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
