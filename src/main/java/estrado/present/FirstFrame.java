package estrado.present;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs a task once a window's first frame is out: after the end of the first pulse that laid out
 * its scene while the window was showing, the pulse that also synchronised that frame and handed
 * it to the renderer. Work that the first frame does not need can wait for this.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void then(Scene scene, Runnable task) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                if (scene.getWindow() == null || !scene.getWindow().isShowing() || !done.compareAndSet(false, true)) {
                    return;
                }
                // queued during the pulse, so it runs after the pulse has finished
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    task.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
    }
}
