package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.SlideImages;
import estrado.render.SlideRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.embed.swing.SwingFXUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {
    @TempDir
    static Path dir;
    static SlideContext context;
    static Path pdf;
    static List<Integer> progress = new ArrayList<>();

    @BeforeAll
    static void export() throws IOException {
        OpenedDeck opened = OpenedDeck.open(ExportFixtures.everyBlock(dir.resolve("deck")), new TestWidgets());
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        context = opened.context().get();
        FxRuntime.startHeadless();
        pdf = dir.resolve("out/deck.pdf");
        new PdfExporter(context).export(pdf, PdfExporter.Options.slides(), (done, total) -> {
            assertEquals(context.slides().size(), total);
            progress.add(done);
        }, () -> false);
    }

    @Test
    void onePageOfSixteenByNinePerSlideAndProgressCountsEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(context.slides().size(), doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(16.0 / 9, box.getWidth() / box.getHeight(), 1e-3);
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= context.slides().size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, progress);
        assertFalse(Files.exists(dir.resolve("out/deck.pdf.part")), "the scratch file must be gone");
    }

    @Test
    void textIsRealSelectableTextWithSpanishAccentsOnTheRightPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < context.slides().size(); i++) {
                Slide s = context.slides().get(i);
                String page = text(doc, i + 1).replaceAll("\\s+", " ");
                String expected = PdfExporter.slideTitle(s, context.deck());
                assertTrue(page.contains(expected), () -> "page of " + s.id() + " lacks «" + expected + "»: " + page);
            }
            // a wrapped paragraph comes out whole, in reading order, with its inline marks' text
            String texto = text(doc, 2).replaceAll("\\s+", " ");
            assertTrue(texto.contains(
                    "Un párrafo largo que tiene que partirse en varias líneas para comprobar que el PDF corta"), texto);
            assertTrue(texto.contains("W = W₀ + BA"), texto);
            assertTrue(texto.contains("US$ 4,6 M"), texto);
            // the final step shows every step's content
            assertTrue(texto.contains("otro subítem"), texto);
            assertTrue(text(doc, 1).contains("ñandú"), "title slide keeps ñ and ú");
            // the widget is drawn as pixels, but its readout stays searchable
            assertTrue(text(doc, 6).contains(TestWidgets.READOUT), text(doc, 6));
        }
    }

    @Test
    void everyFontIsEmbeddedDejaVu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (var name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    assertTrue(f.isEmbedded(), f::getName);
                    assertTrue(f.getName().contains("DejaVu"), f::getName);
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void outlineHasASectionBookmarkWithOneChildPerSlide() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> sections = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(sections::add);
            assertEquals(List.of("Texto y listas", "Imágenes y columnas"), sections.stream().map(PDOutlineItem::getTitle).toList());
            List<String> children = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem s : sections) {
                for (PDOutlineItem c : s.children()) {
                    children.add(c.getTitle());
                    pages.add(doc.getPages().indexOf(c.findDestinationPage(doc)));
                }
            }
            assertEquals(context.slides().size(), children.size());
            assertEquals("2. ¿Cuánto cuesta entrenar un LLM?", children.get(1));
            assertEquals("1. Prueba de exportación: ñandú y acentos", children.get(0));
            for (int i = 0; i < pages.size(); i++) {
                assertEquals(i, pages.get(i), "bookmark " + children.get(i));
            }
        }
    }

    @Test
    void metadataCarriesTitleAuthorSubjectAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var info = doc.getDocumentInformation();
            assertEquals("Prueba de exportación: ñandú y acentos", info.getTitle());
            assertEquals("Equipo docente", info.getAuthor());
            assertEquals("Todas las clases de bloque", info.getSubject());
            assertEquals("es", doc.getDocumentCatalog().getLanguage());
        }
    }

    /**
     * The vector page, drawn back to pixels by PDFBox, looks like the slide JavaFX draws: every slide
     * is close to its own snapshot and far from its neighbour's, so a shifted line or a lost box fails.
     */
    @Test
    void pagesLookLikeTheSlidesTheyCameFrom() throws IOException {
        assertPagesLookLikeTheirSlides(context, pdf);
    }

    /** Each page of {@code pdf}, drawn by PDFBox, is close to its slide's JavaFX snapshot and far from the next. */
    static void assertPagesLookLikeTheirSlides(SlideContext context, Path pdf) throws IOException {
        List<BufferedImage> snapshots = new ArrayList<>();
        SlideRenderer renderer = FxRuntime.call(() -> SlideRenderer.forAudience(context));
        for (Slide s : context.slides()) {
            snapshots.add(SwingFXUtils.fromFXImage(FxRuntime.call(() -> SlideImages.snapshot(renderer, s, s.steps() - 1, 1)), null));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < snapshots.size(); i++) {
                BufferedImage page = r.renderImage(i, 2f); // 960 pt × 2 = 1920 px
                double own = ImageDiff.meanDifference(page, snapshots.get(i));
                String id = context.slides().get(i).id();
                assertTrue(own < 2.5, id + ": mean difference " + own + " per channel (of 255)");
                double mismatched = ImageDiff.fractionDifferent(page, snapshots.get(i), 96);
                assertTrue(mismatched < 0.004, id + ": " + mismatched * 100 + " % of pixels differ strongly");
                BufferedImage other = snapshots.get((i + 1) % snapshots.size());
                assertTrue(ImageDiff.meanDifference(page, other) > 2 * own, id + " must be nearer its own slide than the next");
            }
        }
    }

    @Test
    void everyStepGetsItsOwnPage() throws IOException {
        Path out = dir.resolve("steps.pdf");
        PdfExporter.Result r = new PdfExporter(context).export(out,
                new PdfExporter.Options(ExportPage.Steps.ALL, false), ProgressListener.none(), () -> false);
        int steps = context.slides().stream().mapToInt(Slide::steps).sum();
        assertTrue(steps > context.slides().size(), "the fixture must have stepwise slides");
        assertEquals(steps, r.pages());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(steps, doc.getNumberOfPages());
            // slide 2 starts with only its paragraph and first bullet; the callout comes last
            String firstStep = text(doc, 2);
            assertTrue(firstStep.contains("Primero"), firstStep);
            assertFalse(firstStep.contains("Tercero"), firstStep);
            assertFalse(firstStep.contains("Un aviso"), firstStep);
        }
    }

    @Test
    void handoutPutsTheNotesUnderTheSlideAndContinuesLongNotes() throws IOException {
        Path out = dir.resolve("handout.pdf");
        PdfExporter.Result r = new PdfExporter(context).export(out,
                new PdfExporter.Options(ExportPage.Steps.FINAL, true), ProgressListener.none(), () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            // the outline points at the first page of each slide's handout
            List<Integer> first = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(s -> s.children().forEach(c -> {
                try {
                    first.add(doc.getPages().indexOf(c.findDestinationPage(doc)));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            assertEquals(r.pages(), first.size());
            int tabla = 2;
            for (int i = 0; i < first.size() - 1; i++) {
                int extra = first.get(i + 1) - first.get(i) - 1;
                if (i == tabla) {
                    assertTrue(extra >= 1, "the long note continues on more pages");
                } else {
                    assertEquals(0, extra, "slide " + (i + 1) + " has a short note: one page");
                }
            }
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), a4.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), a4.getHeight(), 0.5);
            String second = text(doc, 2);
            assertTrue(second.indexOf("¿Cuánto cuesta") < second.indexOf("Primera línea de la nota con negrita."), second);
            assertTrue(second.contains("Segunda línea, con código."), second);
            StringBuilder notes = new StringBuilder();
            for (int p = first.get(tabla); p < first.get(tabla + 1); p++) {
                notes.append(text(doc, p + 1)).append(' ');
            }
            int copies = notes.toString().replaceAll("\\s+", " ").split("debe seguir en otra página", -1).length - 1;
            assertEquals(120, copies, "every sentence of the long note is printed once, none lost at a page break");
        }
    }

    @Test
    void cancellingStopsAtThePageAndLeavesNoFile() {
        Path out = dir.resolve("cancelled.pdf");
        AtomicInteger pages = new AtomicInteger();
        assertThrows(ExportCancelledException.class, () -> new PdfExporter(context).export(out, PdfExporter.Options.slides(),
                (done, total) -> pages.set(done), () -> pages.get() >= 3));
        assertEquals(3, pages.get(), "the flag is checked before every page");
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("cancelled.pdf.part")));
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }
}
