package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.render.FxRuntime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up probe bench/startup.sh reads, and the first-frame hook under it. */
class StartupProbeTest {
    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void reportsTheFirstFrameOfTheFirstWindowOnce() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StartupProbe probe = new StartupProbe(false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        probe.watchWindows();
        Instant before = Instant.now();
        try {
            Stage first = show();
            Stage second = show();
            waitForFirstFrame(second.getScene());
            waitForFirstFrame(first.getScene());
            FxRuntime.call(() -> {
                first.close();
                second.close();
                return null;
            });
        } finally {
            probe.stop();
        }
        Instant after = Instant.now();

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), () -> "one report for two windows, got " + lines);
        assertTrue(lines.get(0).startsWith("estrado: first-frame epoch-ms="), lines.get(0));
        Instant at = StartupProbe.instantOf(lines.get(0));
        assertFalse(at.isBefore(before.minusMillis(1)) || at.isAfter(after), () -> at + " not within the test");
    }

    @Test
    void firstFrameWaitsForTheWindowToShow() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        Stage stage = FxRuntime.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 200, 100));
            FirstFrame.then(s.getScene(), ran::countDown);
            return s;
        });
        // pulses without the window showing must not count as its first frame
        FxRuntime.call(() -> {
            javafx.application.Platform.requestNextPulse();
            return null;
        });
        estrado.render.Pulses.await(3);
        assertEquals(1, ran.getCount(), "ran before the window showed");
        FxRuntime.call(() -> {
            stage.show();
            return null;
        });
        assertTrue(ran.await(60, TimeUnit.SECONDS), "did not run after the first frame (a hang detector)");
        FxRuntime.call(() -> {
            stage.close();
            return null;
        });
    }

    private static Stage show() {
        return FxRuntime.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 320, 180));
            s.show();
            return s;
        });
    }

    private static void waitForFirstFrame(Scene scene) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        FxRuntime.call(() -> {
            FirstFrame.then(scene, latch::countDown);
            javafx.application.Platform.requestNextPulse();
            return null;
        });
        assertTrue(latch.await(60, TimeUnit.SECONDS), "no pulse after the window showed (a hang detector)");
    }
}
