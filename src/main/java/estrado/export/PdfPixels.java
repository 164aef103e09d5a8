package estrado.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
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

    /** The image's own pixels, losslessly; read a row at a time, so no second copy of the picture is made. */
    static PDImageXObject flate(PDDocument doc, Image image) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[w];
        boolean alpha = false;
        for (int y = 0; y < h && !alpha; y++) {
            pixels.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            alpha = hasAlpha(row);
        }
        byte[] rgb = deflateRows(w * 3, h, (y, out) -> {
            pixels.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                out[3 * x] = (byte) (p >> 16);
                out[3 * x + 1] = (byte) (p >> 8);
                out[3 * x + 2] = (byte) p;
            }
        });
        PDImageXObject img = fromDeflated(doc, rgb, w, h, PDDeviceRGB.INSTANCE);
        if (alpha) {
            img.getCOSObject().setItem(COSName.SMASK, fromDeflated(doc, deflateRows(w, h, (y, out) -> {
                pixels.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
                for (int x = 0; x < w; x++) {
                    out[x] = (byte) (row[x] >>> 24);
                }
            }), w, h, PDDeviceGray.INSTANCE));
        }
        return img;
    }

    /**
     * The image as a JPEG of at most {@code maxW}×{@code maxH} pixels (never enlarged), at
     * {@link #JPEG_QUALITY}; transparency, if any, goes in a lossless mask.
     */
    static PDImageXObject jpeg(PDDocument doc, Image image, int maxW, int maxH) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        // the pixels go straight into the picture JPEG is written from: one copy of them, not two
        BufferedImage colour = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] argb = ((DataBufferInt) colour.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        boolean alpha = hasAlpha(argb);
        BufferedImage mask = null;
        if (alpha) {
            mask = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            mask.setRGB(0, 0, w, h, argb, 0, w);
        }
        double scale = Math.min(1, Math.min((double) maxW / w, (double) maxH / h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        if (tw != w || th != h) {
            colour = resize(colour, tw, th);
            mask = mask == null ? null : resize(mask, tw, th);
        }
        PDImageXObject img = new PDImageXObject(doc, new ByteArrayInputStream(jpegBytes(colour, JPEG_QUALITY)),
                COSName.DCT_DECODE, tw, th, 8, PDDeviceRGB.INSTANCE);
        if (mask != null) {
            int[] a = mask.getRGB(0, 0, tw, th, null, 0, tw);
            img.getCOSObject().setItem(COSName.SMASK, fromDeflated(doc, deflateRows(tw, th, (y, out) -> {
                for (int x = 0; x < tw; x++) {
                    out[x] = (byte) (a[y * tw + x] >>> 24);
                }
            }), tw, th, PDDeviceGray.INSTANCE));
        }
        return img;
    }

    /** ImageIO's baseline JPEG encoder (4:2:0 chroma) at {@code quality}; no metadata beyond JFIF's. */
    static byte[] jpegBytes(BufferedImage rgb, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, rgb.getWidth() * rgb.getHeight() / 8));
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean hasAlpha(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** Fills one row of {@code out} with row {@code y}'s bytes. */
    @FunctionalInterface
    private interface RowBytes {
        void fill(int y, byte[] out);
    }

    private static byte[] deflateRows(int rowBytes, int rows, RowBytes fill) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, rowBytes * rows / 16));
        Deflater deflater = new Deflater(FLATE_LEVEL);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            byte[] row = new byte[rowBytes];
            for (int y = 0; y < rows; y++) {
                fill.fill(y, row);
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
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
