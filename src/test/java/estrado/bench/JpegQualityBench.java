package estrado.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Prints the size/quality table behind the PDF export's JPEG settings: for each picture, shown in a
 * box {@code W×H} slide pixels, the JPEG bytes at several resolutions (1×, 1,5×, 2× the box, never
 * above the file's own) and qualities, with the structural similarity (SSIM, 1 = identical) of what a
 * 1080p screen shows: the JPEG drawn at the box's size against the original drawn at the same size.
 * The exporter uses the same encoder (ImageIO's).
 *
 * <p>{@code java -cp … estrado.bench.JpegQualityBench BOX_W BOX_H FILE...}
 */
public final class JpegQualityBench {
    private static final double[] SCALES = {1, 1.5, 2};
    private static final float[] QUALITIES = {0.6f, 0.7f, 0.75f, 0.8f, 0.85f, 0.9f, 0.95f};

    private JpegQualityBench() {
    }

    public static void main(String[] args) throws IOException {
        int boxW = Integer.parseInt(args[0]);
        int boxH = Integer.parseInt(args[1]);
        System.out.println("| picture | own size | resolution | quality | KB | SSIM at 1× | SSIM at its size |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            BufferedImage src = rgb(ImageIO.read(file.toFile()));
            double fit = Math.min((double) boxW / src.getWidth(), (double) boxH / src.getHeight());
            int shownW = (int) Math.round(src.getWidth() * fit);
            int shownH = (int) Math.round(src.getHeight() * fit);
            BufferedImage seen = resize(src, shownW, shownH);
            for (double s : SCALES) {
                int w = Math.min(src.getWidth(), (int) Math.round(shownW * s));
                int h = Math.min(src.getHeight(), (int) Math.round(shownH * s));
                BufferedImage at = w == src.getWidth() ? src : resize(src, w, h);
                for (float q : QUALITIES) {
                    byte[] jpeg = jpeg(at, q);
                    BufferedImage back = rgb(ImageIO.read(new ByteArrayInputStream(jpeg)));
                    System.out.printf("| %s | %d×%d (%d KB) | %d×%d (%.1f×) | %.2f | %d | %.4f | %.4f |%n", file.getFileName(),
                            src.getWidth(), src.getHeight(), Files.size(file) / 1024, w, h, (double) w / shownW, q,
                            jpeg.length / 1024, ssim(seen, resize(back, shownW, shownH)), ssim(at, back));
                }
            }
        }
    }

    static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static BufferedImage rgb(BufferedImage in) {
        if (in.getType() == BufferedImage.TYPE_INT_RGB) {
            return in;
        }
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(in, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Bilinear in halving steps, then once to the exact size (close to what a viewer's downscale does). */
    static BufferedImage resize(BufferedImage in, int w, int h) {
        BufferedImage cur = in;
        while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
            cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        }
        return cur.getWidth() == w && cur.getHeight() == h ? cur : draw(cur, w, h);
    }

    private static BufferedImage draw(BufferedImage in, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Mean SSIM of the luma over 8×8 windows (step 4), the usual constants for 8-bit values. */
    static double ssim(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        double[] ya = luma(a, w, h);
        double[] yb = luma(b, w, h);
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double sum = 0;
        int n = 0;
        for (int y = 0; y + 8 <= h; y += 4) {
            for (int x = 0; x + 8 <= w; x += 4) {
                double ma = 0, mb = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        ma += ya[(y + j) * w + x + i];
                        mb += yb[(y + j) * w + x + i];
                    }
                }
                ma /= 64;
                mb /= 64;
                double va = 0, vb = 0, cov = 0;
                for (int j = 0; j < 8; j++) {
                    for (int i = 0; i < 8; i++) {
                        double da = ya[(y + j) * w + x + i] - ma;
                        double db = yb[(y + j) * w + x + i] - mb;
                        va += da * da;
                        vb += db * db;
                        cov += da * db;
                    }
                }
                va /= 63;
                vb /= 63;
                cov /= 63;
                sum += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
                n++;
            }
        }
        return sum / n;
    }

    private static double[] luma(BufferedImage img, int w, int h) {
        double[] out = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                out[y * w + x] = 0.299 * (p >> 16 & 255) + 0.587 * (p >> 8 & 255) + 0.114 * (p & 255);
            }
        }
        return out;
    }
}
