package estrado.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Decoded pixels (a JavaFX image) turned into a PDF image: lossless (Flate) or JPEG, with any
 * transparency as a lossless soft mask beside it.
 *
 * <p>Flate here is plain deflate of the RGB bytes, no PNG predictor: on this project's diagrams and
 * screenshots it came out 10–20 % smaller than PDFBox's {@code LosslessFactory} (which tries five
 * predictors per row) in about a fifth of the time (docs/export.md).
 */
final class PdfPixels {
    /** JPEG quality for photographs, chosen with {@code JpegQualityBench} (docs/export.md). */
    static final float JPEG_QUALITY = 0.85f;
    /** Deflate level for lossless pixels: 6 is zlib's default, the usual balance of size and time. */
    static final int FLATE_LEVEL = 6;

    private PdfPixels() {
    }

    /** The image's own pixels, losslessly. */
    static PDImageXObject flate(PDDocument doc, Image image) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = argb(image, w, h);
        ByteArrayOutputStream rgb = new ByteArrayOutputStream(Math.max(1024, w * h / 8));
        Deflater deflater = new Deflater(FLATE_LEVEL);
        try (DeflaterOutputStream out = new DeflaterOutputStream(rgb, deflater, 1 << 16)) {
            byte[] row = new byte[w * 3];
            for (int y = 0; y < h; y++) {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    int p = argb[i];
                    row[3 * x] = (byte) (p >> 16);
                    row[3 * x + 1] = (byte) (p >> 8);
                    row[3 * x + 2] = (byte) p;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        PDImageXObject img = fromDeflated(doc, rgb.toByteArray(), w, h, PDDeviceRGB.INSTANCE);
        withAlpha(doc, img, argb, w, h);
        return img;
    }

    /**
     * The image as a JPEG of at most {@code maxW}×{@code maxH} pixels (never enlarged), at
     * {@link #JPEG_QUALITY}; transparency, if any, goes in a lossless mask.
     */
    static PDImageXObject jpeg(PDDocument doc, Image image, int maxW, int maxH) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = argb(image, w, h);
        BufferedImage colour = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        colour.setRGB(0, 0, w, h, argb, 0, w);
        double scale = Math.min(1, Math.min((double) maxW / w, (double) maxH / h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        boolean alpha = hasAlpha(argb);
        if (tw != w || th != h) {
            colour = resize(colour, tw, th);
            if (alpha) {
                BufferedImage a = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                a.setRGB(0, 0, w, h, argb, 0, w);
                argb = resize(a, tw, th).getRGB(0, 0, tw, th, null, 0, tw);
            }
        }
        PDImageXObject img = JPEGFactory.createFromImage(doc, colour, JPEG_QUALITY);
        if (alpha) {
            withAlpha(doc, img, argb, tw, th);
        }
        return img;
    }

    /** Non-premultiplied ARGB, row by row. */
    private static int[] argb(Image image, int w, int h) {
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static boolean hasAlpha(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** Adds a soft mask when some pixel is not fully opaque (JavaFX keeps decoded PNGs with alpha). */
    private static void withAlpha(PDDocument doc, PDImageXObject img, int[] argb, int w, int h) throws IOException {
        if (!hasAlpha(argb)) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, w * h / 16));
        Deflater deflater = new Deflater(FLATE_LEVEL);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            byte[] row = new byte[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0, i = y * w; x < w; x++, i++) {
                    row[x] = (byte) (argb[i] >>> 24);
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        PDImageXObject mask = fromDeflated(doc, bytes.toByteArray(), w, h, PDDeviceGray.INSTANCE);
        img.getCOSObject().setItem(COSName.SMASK, mask);
    }

    private static PDImageXObject fromDeflated(PDDocument doc, byte[] deflated, int w, int h, PDColorSpace space)
            throws IOException {
        return new PDImageXObject(doc, new ByteArrayInputStream(deflated), COSName.FLATE_DECODE, w, h, 8, space);
    }

    /** Bilinear, in halving steps when shrinking more than twofold (one step alone would alias). */
    private static BufferedImage resize(BufferedImage in, int w, int h) {
        BufferedImage cur = in;
        while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
            cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        }
        return cur.getWidth() == w && cur.getHeight() == h ? cur : draw(cur, w, h);
    }

    private static BufferedImage draw(BufferedImage in, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, in.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
