package estrado.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lecturer exported a deck with {@code theme: dark}: the pages came out white with the light text almost invisible
 * (the slide's background was a fill without its rectangle). The dark pages must look like the dark slides.
 */
class DarkPdfTest {
    @TempDir
    Path dir;

    @Test
    void aDarkDeckExportsDarkPages() throws IOException {
        Path deck = ExportFixtures.everyBlock(dir.resolve("deck"));
        Path yaml = deck.resolve("slides/deck.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("duration: 20\n", "duration: 20\ntheme: dark\n"));
        OpenedDeck opened = OpenedDeck.open(deck, new TestWidgets());
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        SlideContext context = opened.context().get();
        FxRuntime.startHeadless();
        Path pdf = dir.resolve("out/dark.pdf");
        new PdfExporter(context).export(pdf, PdfExporter.Options.slides(), ProgressListener.none(), () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImage(1, 0.5f);
            Color corner = new Color(page.getRGB(4, 4));
            assertTrue(corner.getRed() + corner.getGreen() + corner.getBlue() < 3 * 60,
                    "the page's background is the dark theme's, not white: " + corner);
        }
        PdfExporterTest.assertPagesLookLikeTheirSlides(context, pdf);
    }
}
