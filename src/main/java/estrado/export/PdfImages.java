package estrado.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pictures embedded in one PDF, each once however many pages show it. A deck's image files go in
 * as they are where PDF allows it (JPEG unchanged, PNG data copied when its format permits), so the
 * PDF keeps their full resolution without re-encoding.
 */
final class PdfImages {
    private final PDDocument doc;
    private final Map<String, PDImageXObject> byFile = new HashMap<>();
    private final Map<Image, PDImageXObject> byImage = new IdentityHashMap<>();

    PdfImages(PDDocument doc) {
        this.doc = doc;
    }

    PDImageXObject of(Image image) throws IOException {
        String url = image.getUrl();
        Path file = url != null && url.startsWith("file:") ? Path.of(URI.create(url)) : null;
        if (file != null && Files.isRegularFile(file)) {
            PDImageXObject known = byFile.get(url);
            if (known == null) {
                known = fromFile(file.toFile(), image);
                byFile.put(url, known);
            }
            return known;
        }
        PDImageXObject known = byImage.get(image);
        if (known == null) {
            known = LosslessFactory.createFromImage(doc, SwingFXUtils.fromFXImage(image, null));
            byImage.put(image, known);
        }
        return known;
    }

    /** A one-off picture (a snapshot of something drawn only as pixels); not cached. */
    PDImageXObject of(BufferedImage pixels) throws IOException {
        return LosslessFactory.createFromImage(doc, pixels);
    }

    private PDImageXObject fromFile(File file, Image decoded) throws IOException {
        try {
            return PDImageXObject.createFromFileByContent(file, doc);
        } catch (IOException | IllegalArgumentException e) {
            // a format PDF cannot hold directly (BMP variants, odd PNGs): embed what JavaFX decoded
            return LosslessFactory.createFromImage(doc, SwingFXUtils.fromFXImage(decoded, null));
        }
    }
}
