package estrado.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The app a launcher started ends with it, even when the launcher is killed outright (no shutdown hook runs):
 * otherwise it went on presenting beside the next start. An estrado that app starts in turn does not.
 */
class LauncherEndTest {
    /** Stands for {@code java -jar estrado.jar}: starts the "app" with the launcher's variables and waits. */
    public static final class FakeLauncher {
        public static void main(String[] args) throws Exception {
            ProcessBuilder b = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    FakeApp.class.getName()).inheritIO();
            b.environment().put(Relaunch.LAUNCHER_PID, Long.toString(ProcessHandle.current().pid()));
            b.start().waitFor();
        }
    }

    /** Stands for the relaunched app: says its pid, then presents forever. */
    public static final class FakeApp {
        public static void main(String[] args) throws Exception {
            Relaunch.endWithLauncher(System.getenv());
            System.out.println(ProcessHandle.current().pid());
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theAppEndsWhenItsLauncherIsKilledOutright() throws Exception {
        Process launcher = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                FakeLauncher.class.getName()).redirectErrorStream(true).start();
        long appPid = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            appPid = Long.parseLong(out.readLine().trim()); // the app is up and watching
            ProcessHandle app = ProcessHandle.of(appPid).orElseThrow();
            launcher.destroyForcibly(); // SIGKILL on Linux: the launcher's shutdown hook never runs
            launcher.waitFor();
            // a hang detector, not a speed limit: the app ends within moments of its launcher
            app.onExit().get(60, TimeUnit.SECONDS);
            assertFalse(app.isAlive(), "the orphan app ended");
        } finally {
            launcher.destroyForcibly();
            ProcessHandle.of(appPid).ifPresent(ProcessHandle::destroyForcibly); // a failed run leaves no orphan
        }
    }

    @Test
    void onlyTheLauncherThatStartedThisProcessIsWatched() {
        assertTrue(Relaunch.startedBy("4242", 4242));
        assertFalse(Relaunch.startedBy("4242", 5150), "another deck started by the app: its parent is the app");
        assertFalse(Relaunch.startedBy(null, 4242), "started by hand or by the installer's launcher");
    }
}
