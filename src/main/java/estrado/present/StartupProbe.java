package estrado.present;

import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Opt-in start-up probe for bench/startup.sh. With {@code ESTRADO_STARTUP_PROBE=1} (or the system
 * property {@code estrado.startupProbe=1}) it prints one line once the first window's first frame
 * is out (see {@link FirstFrame}):
 * <pre>estrado: first-frame epoch-ms=EPOCH_MILLISECONDS</pre>
 * The caller compares that wall-clock stamp with the moment it started the process: the JVM cannot
 * tell its own start to the millisecond without java.management, which the runtime leaves out.
 * With the value {@code exit} the process exits right after printing, for repeated cold starts.
 */
public final class StartupProbe {
    private static final String PROPERTY = "estrado.startupProbe";
    private static final String VARIABLE = "ESTRADO_STARTUP_PROBE";
    static final String LINE_START = "estrado: first-frame epoch-ms=";

    private final boolean exitAfter;
    private final PrintStream out;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            for (Window w : change.getAddedSubList()) {
                if (w.getScene() != null) {
                    watch(w.getScene());
                }
            }
        }
    };

    StartupProbe(boolean exitAfter, PrintStream out) {
        this.exitAfter = exitAfter;
        this.out = out;
    }

    /** Installs the probe when asked to by the variable or property; call before the first window shows. */
    public static void installIfRequested() {
        String mode = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (mode == null || mode.isBlank() || "0".equals(mode) || "false".equalsIgnoreCase(mode)) {
            return;
        }
        new StartupProbe("exit".equalsIgnoreCase(mode), System.out).watchWindows();
    }

    void watchWindows() {
        Window.getWindows().addListener(windows);
    }

    /** Stops watching windows that open from now on. */
    void stop() {
        Window.getWindows().removeListener(windows);
    }

    private void watch(Scene scene) {
        FirstFrame.then(scene, () -> {
            if (fired.compareAndSet(false, true)) {
                report(System.currentTimeMillis());
            }
        });
    }

    void report(long epochMs) {
        out.println(LINE_START + epochMs);
        out.flush();
        if (exitAfter) {
            System.exit(0);
        }
    }

    /** The wall-clock instant a report line names. */
    static Instant instantOf(String line) {
        return Instant.ofEpochMilli(Long.parseLong(line.substring(line.indexOf(LINE_START) + LINE_START.length()).trim()));
    }
}
