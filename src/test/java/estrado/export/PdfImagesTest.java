package estrado.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.RenderedSlide;
import estrado.render.SlideRenderer;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures in the PDF: by default a photograph becomes a JPEG at the resolution it is shown at and a
 * diagram stays lossless; {@code lossless} keeps every file's own bytes or pixels. Each picture has a
 * slide of its own, written 640×360 slide pixels (a photograph keeps 1,5 pixels per slide pixel it is shown at).
 */
class PdfImagesTest {
    @TempDir
    static Path dir;
    static Path deck;
    static SlideContext context;
    static Path compact;
    static Path lossless;

    @BeforeAll
    static void export() throws IOException {
        deck = dir.resolve("deck");
        Path assets = Files.createDirectories(deck.resolve("assets"));
        ImageIO.write(photo(1600, 900), "png", assets.resolve("foto.png").toFile());
        ImageIO.write(diagram(1600, 900), "png", assets.resolve("diagrama.png").toFile());
        ImageIO.write(photo(1600, 900), "jpg", assets.resolve("grande.jpg").toFile());
        ImageIO.write(photo(800, 450), "jpg", assets.resolve("chica.jpg").toFile());
        String slides = """
                id: s1
                title: Imágenes
                budget: 10
                slides:
                """ + slide("foto", "foto.png") + slide("diagrama", "diagrama.png") + slide("grande", "grande.jpg")
                + slide("chica", "chica.jpg");
        TestDecks.write(deck, """
                title: Fotos y diagramas
                duration: 10
                sections:
                  - s1.yaml
                """, slides);
        OpenedDeck opened = OpenedDeck.open(deck, new TestWidgets());
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        context = opened.context().get();
        FxRuntime.startHeadless();
        compact = dir.resolve("compacto.pdf");
        lossless = dir.resolve("sin-perdida.pdf");
        new PdfExporter(context).export(compact, PdfExporter.Options.slides(), ProgressListener.none(), () -> false);
        new PdfExporter(context).export(lossless, new PdfExporter.Options(ExportPage.Steps.FINAL, false, true),
                ProgressListener.none(), () -> false);
    }

    private static String slide(String id, String file) {
        return """
                  - id: %s
                    title: %s
                    blocks:
                      - image: {src: assets/%s, height: 360}
                """.formatted(id, id, file);
    }

    @Test
    void theRuleTellsPhotographsFromDiagramsByHowWellTheyCompress() {
        Path assets = deck.resolve("assets");
        assertEquals(PictureKind.PHOTO, PictureKind.of(assets.resolve("foto.png")));
        assertEquals(PictureKind.GRAPHIC, PictureKind.of(assets.resolve("diagrama.png")));
        assertEquals(PictureKind.PHOTO, PictureKind.of(assets.resolve("grande.jpg")));
    }

    @Test
    void aPhotographBecomesAJpegAtTheResolutionItIsShown() throws IOException {
        try (PDDocument doc = Loader.loadPDF(compact.toFile())) {
            PDImageXObject foto = onlyImage(doc, 0);
            assertEquals(List.of(COSName.DCT_DECODE), foto.getStream().getFilters());
            // the box the slide shows it in: 640×360 as written, larger when the layout lets short content grow
            Bounds shown = shownBox(0);
            assertTrue(shown.getWidth() >= 640 && shown.getWidth() < 1600 / PdfImages.PHOTO_SCALE, shown.toString());
            assertEquals(Math.round(PdfImages.PHOTO_SCALE * shown.getWidth()), foto.getWidth(), 1.0);
            assertEquals(Math.round(PdfImages.PHOTO_SCALE * shown.getHeight()), foto.getHeight(), 1.0);
            PDImageXObject grande = onlyImage(doc, 2);
            assertEquals(List.of(COSName.DCT_DECODE), grande.getStream().getFilters());
            assertEquals(Math.round(PdfImages.PHOTO_SCALE * shownBox(2).getWidth()), grande.getWidth(), 1.0);
        }
    }

    @Test
    void aDiagramStaysLosslessAndKeepsItsPixels() throws IOException {
        try (PDDocument doc = Loader.loadPDF(compact.toFile())) {
            PDImageXObject diagrama = onlyImage(doc, 1);
            assertEquals(List.of(COSName.FLATE_DECODE), diagrama.getStream().getFilters());
            // decoded at twice its box (1280×720) for the slide: those pixels, unchanged
            BufferedImage embedded = diagrama.getImage();
            assertEquals(1280, embedded.getWidth());
            BufferedImage shown = ImageIO.read(deck.resolve("assets/diagrama.png").toFile());
            // the flat colours of the diagram survive exactly: the page's white and the boxes' blue
            assertEquals(shown.getRGB(0, 0), embedded.getRGB(0, 0));
            assertEquals(shown.getRGB(400, 400) & 0xFFFFFF, embedded.getRGB(320, 320) & 0xFFFFFF);
        }
    }

    @Test
    void aJpegAlreadyNoLargerThanShownGoesInUnchanged() throws IOException {
        try (PDDocument doc = Loader.loadPDF(compact.toFile())) {
            PDImageXObject chica = onlyImage(doc, 3);
            assertEquals(List.of(COSName.DCT_DECODE), chica.getStream().getFilters());
            assertArrayEquals(Files.readAllBytes(deck.resolve("assets/chica.jpg")), raw(chica));
        }
    }

    @Test
    void losslessKeepsTheOriginalBytesAndPixels() throws IOException {
        try (PDDocument doc = Loader.loadPDF(lossless.toFile())) {
            PDImageXObject grande = onlyImage(doc, 2);
            assertArrayEquals(Files.readAllBytes(deck.resolve("assets/grande.jpg")), raw(grande));
            PDImageXObject foto = onlyImage(doc, 0);
            assertEquals(List.of(COSName.FLATE_DECODE), foto.getStream().getFilters());
            BufferedImage original = ImageIO.read(deck.resolve("assets/foto.png").toFile());
            BufferedImage embedded = foto.getImage();
            assertEquals(original.getWidth(), embedded.getWidth());
            assertEquals(original.getHeight(), embedded.getHeight());
            for (int y = 0; y < original.getHeight(); y += 7) {
                for (int x = 0; x < original.getWidth(); x += 5) {
                    assertEquals(original.getRGB(x, y), embedded.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theDefaultPdfIsMuchSmallerWithTheSamePagesAndOutline() throws IOException {
        assertTrue(Files.size(compact) * 3 < Files.size(lossless), Files.size(compact) + " vs " + Files.size(lossless));
        try (PDDocument a = Loader.loadPDF(compact.toFile()); PDDocument b = Loader.loadPDF(lossless.toFile())) {
            assertEquals(context.slides().size(), a.getNumberOfPages());
            assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
            assertEquals(outline(a), outline(b));
            assertEquals(List.of("Imágenes", "1. foto", "2. diagrama", "3. grande", "4. chica"), outline(a));
        }
    }

    /** The picture's box on slide {@code index}, in slide pixels (1920×1080), as the renderer lays it out. */
    private static Bounds shownBox(int index) {
        return FxRuntime.call(() -> {
            RenderedSlide r = new SlideRenderer(context).render(context.slides().get(index), 0);
            r.layoutNow();
            Node picture = r.root().lookupAll("*").stream().filter(n -> n instanceof ImageView).findFirst().orElseThrow();
            Bounds b = picture.getBoundsInParent();
            for (Node n = picture.getParent(); n != r.root(); n = n.getParent()) {
                b = n.localToParent(b);
            }
            return b;
        });
    }

    private static List<String> outline(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem section : doc.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(section.getTitle());
            section.children().forEach(s -> titles.add(s.getTitle()));
        }
        return titles;
    }

    private static PDImageXObject onlyImage(PDDocument doc, int page) throws IOException {
        PDPage p = doc.getPage(page);
        Map<COSName, PDImageXObject> found = new HashMap<>();
        for (COSName name : p.getResources().getXObjectNames()) {
            if (p.getResources().getXObject(name) instanceof PDImageXObject image) {
                found.put(name, image);
            }
        }
        assertEquals(1, found.size(), "images on page " + (page + 1));
        return found.values().iterator().next();
    }

    private static byte[] raw(PDImageXObject image) throws IOException {
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Smooth colour with grain, like a photograph: compresses badly as PNG. */
    private static BufferedImage photo(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = clamp(40 + 180 * x / w + grain.nextInt(40));
                int g = clamp(90 + 100 * y / h + grain.nextInt(40));
                int b = clamp(160 - 80 * x / w + grain.nextInt(40));
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return img;
    }

    /** Boxes, a line and a label on white: a diagram. */
    private static BufferedImage diagram(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x2A76DD));
        g.fillRect(200, 200, 500, 400);
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(6));
        g.drawLine(700, 400, 1100, 400);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("Entrenamiento", 900, 700);
        g.dispose();
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
