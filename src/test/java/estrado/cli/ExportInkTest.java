package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.render.WidgetViews;
import estrado.timing.InkStroke;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import estrado.timing.RunSection;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: {@code export --pdf --ink RUN.json} draws a run's strokes on the pages as vector paths, in their colours,
 * on the page of their slide and step; a run of other slides is said, not fatal; a broken run file stops with its
 * name.
 */
class ExportInkTest {
    @TempDir
    Path dir;
    private Path deck;

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, WidgetViews.of(estrado.app.Main.widgetRegistry()), folder -> {
            throw new AssertionError("export must never open a window");
        }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void deck() {
        deck = TestDecks.withSection(dir.resolve("deck"), """
                id: s1
                title: Uno
                budget: 10
                slides:
                  - id: a
                    title: Primera
                    blocks:
                      - Un párrafo.
                  - id: b
                    title: Segunda, en dos pasos
                    blocks:
                      - Antes de la pausa.
                      - pause
                      - Después de la pausa.
                """);
    }

    private Path runWith(String deckId, InkStroke... strokes) throws IOException {
        Instant t0 = Instant.parse("2025-05-06T10:00:00Z");
        RunLog run = RunLog.start("r1", deckId, "Prueba", List.of(new RunSection("s1", "Uno", 10)), t0)
                .enter("a", "Primera", "s1", t0).withInk(List.of(strokes)).finish(t0.plusSeconds(600));
        return new RunLogStore(dir.resolve("state")).saveRun(run);
    }

    private static InkStroke pen(String slide, int step, String colour, double... xy) {
        List<InkStroke.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new InkStroke.Point(xy[i], xy[i + 1]));
        }
        return new InkStroke(slide, step, InkStroke.Tool.PEN, colour, 12, points);
    }

    /** The pixel at canvas point (x, y) of a page rendered at 2× (960 pt → 1920 px: canvas pixels). */
    private static int rgb(BufferedImage page, double x, double y) {
        return page.getRGB((int) x, (int) y) & 0xffffff;
    }

    /** The operators of a page's content stream, e.g. "m", "l", "S", "RG". */
    private static List<String> operators(PDDocument doc, int page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(doc.getPage(page));
        return parser.parse().stream().filter(Operator.class::isInstance).map(o -> ((Operator) o).getName()).toList();
    }

    @Test
    void theRunsStrokesAreVectorLinesOnTheirSlidesPagesInTheirColours() throws IOException {
        Path runFile = runWith(deck.toAbsolutePath().normalize().toString(),
                pen("a", 0, "#d62828", 300, 700, 900, 700, 1500, 720),
                pen("b", 1, "#1c7a43", 200, 950, 1700, 950),
                new InkStroke("b", 0, InkStroke.Tool.HIGHLIGHTER, "#ffd60a", 30,
                        List.of(new InkStroke.Point(200, 850), new InkStroke.Point(1700, 850))));
        Path pdf = dir.resolve("tinta.pdf");
        Path plain = dir.resolve("sin-tinta.pdf");
        Run r = run("export", deck.toString(), "--pdf", pdf.toString(), "--ink", runFile.toString(), "--steps", "all");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(0, run("export", deck.toString(), "--pdf", plain.toString(), "--steps", "all").code());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument without = Loader.loadPDF(plain.toFile())) {
            assertEquals(3, doc.getNumberOfPages(), "a, b step 1, b step 2");
            PDFRenderer renderer = new PDFRenderer(doc);
            BufferedImage a = renderer.renderImage(0, 2f);
            BufferedImage b1 = renderer.renderImage(1, 2f);
            BufferedImage b2 = renderer.renderImage(2, 2f);
            assertEquals(0xd62828, rgb(a, 900, 700), "the red pen on slide a");
            assertEquals(0xd62828, rgb(a, 1200, 710), "along the line");
            assertEquals(0xffffff, rgb(a, 900, 760), "and only there");
            assertEquals(0xffffff, rgb(b1, 900, 950), "step 2's pen is not on step 1's page");
            int highlighted = rgb(b1, 900, 850);
            assertTrue(highlighted != 0xffffff && highlighted != 0xffd60a,
                    "the highlighter is translucent yellow: " + Integer.toHexString(highlighted));
            assertTrue((highlighted & 0xff) < 0xe0 && (highlighted >> 16) > 0xf0, Integer.toHexString(highlighted));
            assertEquals(0x1c7a43, rgb(b2, 900, 950), "step 2's page has step 2's pen");
            assertEquals(highlighted, rgb(b2, 900, 850), "and step 1's highlighter still");

            // vectors: the ink adds moves, lines and strokes to the page, no picture
            List<String> inked = operators(doc, 0);
            List<String> bare = operators(without, 0);
            assertEquals(count(bare, "Do"), count(inked, "Do"), "no image added");
            assertEquals(count(bare, "S") + 1, count(inked, "S"), "one stroked path for the one stroke");
            assertEquals(count(bare, "l") + 2, count(inked, "l"), "a line to each point after the first");
        }
        assertFalse(r.err().contains("aviso"), r.err());
    }

    private static long count(List<String> ops, String op) {
        return ops.stream().filter(op::equals).count();
    }

    @Test
    void aRunOfOtherSlidesIsSaidAndWhatFitsIsDrawn() throws IOException {
        Path runFile = runWith("otro-mazo", pen("a", 0, "#d62828", 300, 700, 900, 700),
                pen("ya-no-esta", 0, "#d62828", 300, 700, 900, 700));
        Path pdf = dir.resolve("tinta.pdf");
        Run r = run("export", deck.toString(), "--pdf", pdf.toString(), "--ink", runFile.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(runFile + ": aviso: la ejecución es del mazo «otro-mazo»"), r.err());
        assertTrue(r.err().contains("ya no están en el mazo y se omiten: ya-no-esta"), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(0xd62828, rgb(new PDFRenderer(doc).renderImage(0, 2f), 600, 700));
        }
    }

    @Test
    void inkNeedsAPdfAndAnUnreadableRunStopsWithItsName() throws IOException {
        Run png = run("export", deck.toString(), "--png", dir.resolve("png").toString(), "--ink", "x.json");
        assertEquals(2, png.code());
        assertTrue(png.err().contains("--ink solo vale con --pdf"), png.err());
        Path broken = dir.resolve("run-roto.json");
        Files.writeString(broken, "{\"format\": 1, \"runId\": ", StandardCharsets.UTF_8);
        Path pdf = dir.resolve("x.pdf");
        Run r = run("export", deck.toString(), "--pdf", pdf.toString(), "--ink", broken.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(broken + ": no se puede leer la tinta"), r.err());
        assertFalse(Files.exists(pdf), "nothing written");
    }
}
