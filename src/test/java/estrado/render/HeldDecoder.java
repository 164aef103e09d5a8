package estrado.render;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A picture decoder that holds every decode it is given until the test releases one, on the test's own thread:
 * what the windows show meanwhile is what they show while a 12-megapixel photo is being decoded.
 */
public final class HeldDecoder implements Executor {
    private final BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable decode) {
        held.add(decode);
    }

    /** Decodes waiting. */
    public int waiting() {
        return held.size();
    }

    /** Runs the oldest decode handed over here (the cache decides which picture it decodes) on this thread. */
    public void releaseOne() {
        Runnable next = held.poll();
        if (next == null) {
            throw new IllegalStateException("no decode is waiting");
        }
        next.run();
    }

    /** A PNG of {@code w}×{@code h} with a gradient, so it is a picture and not a flat colour. */
    public static java.nio.file.Path png(java.nio.file.Path file, int w, int h) throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | 0x40);
            }
        }
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
