package estrado.export;

import java.awt.image.BufferedImage;

/** Pixel comparisons for checking that a PDF page looks like the slide it came from. */
final class ImageDiff {
    private ImageDiff() {
    }

    /** Mean absolute difference per colour channel, 0–255, over the common area. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
                        + Math.abs((p & 255) - (q & 255));
            }
        }
        return sum / (3.0 * w * h);
    }

    /** Share of pixels where some channel differs by more than {@code threshold}. */
    static double fractionDifferent(BufferedImage a, BufferedImage b, int threshold) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.max(Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)),
                        Math.max(Math.abs(((p >> 8) & 255) - ((q >> 8) & 255)), Math.abs((p & 255) - (q & 255))));
                if (d > threshold) {
                    n++;
                }
            }
        }
        return n / (double) (w * h);
    }
}
