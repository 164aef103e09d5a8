package estrado.export;

import estrado.deck.ImageHeader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pictures embedded in one PDF, each once however many pages show it.
 *
 * <p>By default a picture goes in at the resolution it is shown at: a photograph ({@link PictureKind})
 * as a JPEG of at most {@value #PHOTO_SCALE} pixels per slide pixel of its box (a JPEG file already
 * that small goes in unchanged), a diagram or screenshot losslessly from the pixels the slide was
 * laid out with (decoded at twice its box at most, like the rest of the slide's pixels). Lossless
 * export instead keeps every file as it is where PDF allows it (JPEG unchanged, PNG data copied when
 * its format permits), so the PDF carries the originals at full resolution.
 */
final class PdfImages {
    /** Pixels per slide pixel a photograph keeps: sharp on a 1,5× laptop screen and a 1080p projector. */
    static final double PHOTO_SCALE = 1.5;

    private record Shown(String url, int maxW, int maxH) { }

    private final PDDocument doc;
    private final boolean lossless;
    private final Map<Object, PDImageXObject> byFile = new HashMap<>();
    private final Map<Image, PDImageXObject> byImage = new IdentityHashMap<>();

    PdfImages(PDDocument doc) {
        this(doc, false);
    }

    PdfImages(PDDocument doc, boolean lossless) {
        this.doc = doc;
        this.lossless = lossless;
    }

    /** {@code image} as shown in a box of {@code boxW}×{@code boxH} slide pixels. */
    PDImageXObject of(Image image, double boxW, double boxH) throws IOException {
        String url = image.getUrl();
        Path file = url != null && url.startsWith("file:") ? Path.of(URI.create(url)) : null;
        if (file == null || !Files.isRegularFile(file)) {
            return byImage.computeIfAbsent(image, this::lossless);
        }
        if (lossless) {
            PDImageXObject known = byFile.get(url);
            if (known == null) {
                known = original(file.toFile(), image);
                byFile.put(url, known);
            }
            return known;
        }
        if (PictureKind.of(file) == PictureKind.GRAPHIC) {
            return byImage.computeIfAbsent(image, this::lossless);
        }
        int maxW = (int) Math.ceil(boxW * PHOTO_SCALE);
        int maxH = (int) Math.ceil(boxH * PHOTO_SCALE);
        Shown key = new Shown(url, maxW, maxH);
        PDImageXObject known = byFile.get(key);
        if (known == null) {
            known = photo(file, image, maxW, maxH);
            byFile.put(key, known);
        }
        return known;
    }

    /** A one-off picture (a snapshot of something drawn only as pixels); not cached. */
    PDImageXObject of(Image pixels) throws IOException {
        return PdfPixels.flate(doc, pixels);
    }

    private PDImageXObject photo(Path file, Image decoded, int maxW, int maxH) throws IOException {
        boolean smallJpeg = ImageHeader.read(file)
                .filter(h -> h.format().equals("jpeg") && h.width() <= maxW && h.height() <= maxH).isPresent();
        if (smallJpeg) {
            // already no larger than shown: re-encoding would only lose quality
            try {
                return JPEGFactory.createFromByteArray(doc, Files.readAllBytes(file));
            } catch (IOException | IllegalArgumentException e) {
                // a JPEG PDF cannot carry as it is (an odd colour model): encode what JavaFX decoded
            }
        }
        return PdfPixels.jpeg(doc, decoded, maxW, maxH);
    }

    private PDImageXObject lossless(Image image) {
        try {
            return PdfPixels.flate(doc, image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDImageXObject original(File file, Image decoded) throws IOException {
        try {
            return PDImageXObject.createFromFileByContent(file, doc);
        } catch (IOException | IllegalArgumentException e) {
            // a format PDF cannot hold directly (BMP variants): embed what JavaFX decoded
            return PdfPixels.flate(doc, decoded);
        }
    }
}
