package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.bib.Bibliography;
import estrado.deck.TestDecks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression corpus of hostile and real-world input (issue 18): each deck under
 * {@code src/test/resources/hostile/} is opened as `check` opens it, and every problem, as
 * {@code file:line:col: message}, must be exactly the lines of its {@code expected.txt} (none: clean).
 * The big inputs (thousands of braces, long formulas, animated pictures) are generated here.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static List<String> outcome(Path deck) {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        return opened.problems().stream().map(p -> p.format(deck.toAbsolutePath())).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheCorpusGivesExactlyItsExpectedProblems() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 8, cases::toString);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(c.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertEquals(expected, outcome(c));
        }));
    }

    @Test
    void deepFormulasAreLocatedErrorsNotStackOverflows() {
        String braces = "{".repeat(5000) + "x" + "}".repeat(5000);
        String roots = "\\sqrt{".repeat(3000) + "x" + "}".repeat(3000);
        Path deck = TestDecks.withSection(dir, "id: s1\ntitle: S\nbudget: 90\nslides:\n  - id: a\n    title: A\n"
                + "    blocks:\n      - formula: '" + braces + "'\n      - formula: '" + roots + "'\n");
        List<String> problems = outcome(deck);
        assertEquals(List.of(
                "slides/s1.yaml:8:19: la fórmula no se puede componer: tiene 10.001 caracteres; el límite es 2.000: divídala en varias",
                "slides/s1.yaml:9:19: la fórmula no se puede componer: tiene 21.001 caracteres; el límite es 2.000: divídala en varias"),
                problems);
        String nested = "{".repeat(31) + "x" + "}".repeat(31);
        assertEquals("anida más de 30 niveles de llaves, \\left o entornos: simplifíquela",
                Tex.fault(nested).orElseThrow().message());
        assertEquals(30, Tex.fault(nested).orElseThrow().at(), "at the brace one level too deep");
        String unbraced = "\\sqrt".repeat(390) + " x"; // 1,952 characters, nested with no braces at all
        assertEquals(java.util.Optional.empty(), Tex.fault(unbraced), "nested without braces: the worker's stack holds it");
    }

    @Test
    void aLongButLegalFormulaIsBoundedByItsLength() {
        String line = "x+".repeat(120) + "x"; // a long line, typeset in milliseconds
        assertTrue(Tex.fault(line).isEmpty(), () -> Tex.fault(line).toString());
        String sum = "x+".repeat(999) + "x"; // 1,999 characters: parsed and laid out, then too wide for any slide
        assertEquals("ocupa más de 500 veces el tamaño de su letra: revise \\rule, \\hspace o \\scalebox",
                Tex.fault(sum).orElseThrow().message());
        String more = "x+".repeat(100_000) + "x"; // the issue's 60 s / 3.2 GB case, refused before parsing
        assertEquals(Tex.Fault.Kind.REFUSED, Tex.fault(more).orElseThrow().kind());
    }

    @Test
    void aBibFieldWithThousandsOfNestedBracesIsOneLocatedErrorAndTheOtherEntriesLoad() throws Exception {
        String bib = "@misc{bien, title = {Bien}, url = {https://example.org}}\n"
                + "@misc{honda,\n  title = {" + "{".repeat(3000) + "x" + "}".repeat(3000) + "}\n}\n"
                + "@misc{despues, title = {Después}, url = {https://example.org/d}}\n";
        Bibliography b = Bibliography.parseAll(bib, "r.bib");
        assertEquals(List.of("bien", "despues"), List.copyOf(b.keys()));
        assertEquals(List.of(new Bibliography.Problem(3, 111, true, "más de 100 llaves anidadas; la entrada se ignora")),
                b.problems());
    }

    @Test
    void referencesShowLatexFullyConverted() throws Exception {
        Bibliography b = Bibliography.read(CORPUS.resolve("bib-real-world/bib/refs.bib"));
        assertEquals("Vida media T_1/2 de 24.4 s", b.entry("uno").orElseThrow().title());
        assertEquals("Con paréntesis (y todo)", b.entry("paren").orElseThrow().title(), "@misc(…) read as @misc{…}");
        assertEquals("Tras una marca de orden de bytes", b.entry("bom").orElseThrow().title());
        assertEquals("Dos", b.entry("dos").orElseThrow().title(), "the copy commented out with % is not a duplicate");
        assertEquals(List.of("Muñoz"), Bibliography.read(CORPUS.resolve("bib-latin1/bib/refs.bib")).entry("latina")
                .orElseThrow().authors().stream().map(a -> a.family()).toList(), "Latin-1 read as Latin-1");
        assertTrue(Bibliography.read(CORPUS.resolve("bib-errors/bib/refs.bib")).entry("ultima").isPresent(),
                "an entry after one never closed is still read");
    }

    @Test
    void anAnimatedGifIsItsFirstFrameDecodedAtTheSizeShown() throws Exception {
        Path gif = dir.resolve("anim.gif");
        writeGif(gif, 2000, 1600, 4);
        ImageCache cache = new ImageCache();
        Image img = FxRuntime.call(() -> cache.get(gif, 400, 300)).orElseThrow();
        assertTrue(img.getWidth() <= 2000 / 2 && img.getWidth() >= 800, () -> img.getWidth() + "×" + img.getHeight());
        assertEquals(0xFF00FF00, img.getPixelReader().getArgb(10, 10), "the first frame (green), not a later one");
        assertTrue(cache.usedBytes() <= 1000L * 800 * 4, () -> "bytes: " + cache.usedBytes());
    }

    @Test
    void theCacheKeepsWithinItsBudgetInBytes() throws Exception {
        ImageCache cache = new ImageCache(3L * 100 * 100 * 4); // three 100×100 pictures
        for (int i = 0; i < 6; i++) {
            Path png = dir.resolve("p" + i + ".png");
            ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            assertTrue(FxRuntime.call(() -> cache.get(png, 1000, 1000)).isPresent());
            assertTrue(cache.usedBytes() <= 3L * 100 * 100 * 4, () -> "bytes: " + cache.usedBytes());
        }
        assertFalse(cache.usedBytes() == 0);
    }

    /** Frame k is a solid colour: green first, then red. */
    private static void writeGif(Path file, int w, int h, int frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < frames; k++) {
                BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = frame.createGraphics();
                g.setColor(k == 0 ? java.awt.Color.GREEN : java.awt.Color.RED);
                g.fillRect(0, 0, w, h);
                g.dispose();
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }
}
