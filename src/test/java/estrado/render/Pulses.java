package estrado.render;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/** Waits for the JavaFX thread to draw frames: an event to wait on, where a sleep would guess the machine's speed. */
public final class Pulses {
    private Pulses() {
    }

    /** Blocks the calling (non-JavaFX) thread until {@code count} more pulses ran; 60 s is a hang. */
    public static void await(int count) {
        CountDownLatch left = new CountDownLatch(count);
        AnimationTimer timer = FxRuntime.call(() -> {
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    left.countDown();
                }
            };
            t.start();
            return t;
        });
        try {
            if (!left.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX thread drew no frame for 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for frames", e);
        } finally {
            FxRuntime.call(() -> {
                timer.stop();
                return null;
            });
        }
    }

    /**
     * Waits, a frame at a time, until {@code condition} (read on the JavaFX thread) holds; false after 60 s of
     * frames without it, a hang.
     */
    public static boolean until(BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!FxRuntime.call(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                return false;
            }
            await(1);
        }
        return true;
    }
}
