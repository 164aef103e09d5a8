package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a deck may not do: huge pictures, web addresses, paths out of its folder, code in its theme. */
class DeckLimitsTest {
    @TempDir
    Path dir;

    private final DeckLoader loader = new DeckLoader();

    private static final String ONE_IMAGE = """
            id: s1
            title: Uno
            budget: 90
            slides:
              - id: a
                title: Uno
                blocks:
                  - image: SRC
            """;

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column())).toList();
    }

    private Path deckWithImage(String src) {
        return TestDecks.withSection(dir, ONE_IMAGE.replace("SRC", src));
    }

    @Test
    void aPictureOverFortyMegapixelsIsAPlaceholderWithItsSizeInTheMessage() throws IOException {
        Path d = deckWithImage("assets/bomba.png");
        Files.createDirectories(d.resolve("assets"));
        Files.write(d.resolve("assets/bomba.png"), TestDecks.pngClaiming(20_000, 20_000));
        long t0 = System.nanoTime();
        DeckLoader.Result r = loader.load(d);
        assertTrue((System.nanoTime() - t0) < 60_000_000_000L, "a hang detector: the header is read, nothing is decoded");
        assertTrue(r.deck().isPresent(), "a placeholder replaces it; the talk goes on");
        Problem w = r.problems().get(0);
        assertFalse(w.isError());
        assertEquals(8, w.location().line());
        assertTrue(w.message().contains("20000×20000") && w.message().contains("400 megapíxeles")
                && w.message().contains("el límite es 40"), w::message);
    }

    @Test
    void aPictureJustUnderTheLimitIsFine() throws IOException {
        Path d = deckWithImage("assets/grande.png");
        Files.createDirectories(d.resolve("assets"));
        Files.write(d.resolve("assets/grande.png"), TestDecks.pngClaiming(8000, 5000)); // exactly 40 MP
        assertEquals(List.of(), loader.load(d).problems());
        assertEquals(40_000_000L, ImageHeader.read(d.resolve("assets/grande.png")).orElseThrow().pixels());
    }

    @Test
    void aFileThatIsNotAPictureIsAPlaceholder() throws IOException {
        Path d = deckWithImage("assets/falsa.png");
        Files.createDirectories(d.resolve("assets"));
        Files.writeString(d.resolve("assets/falsa.png"), "<svg>no soy un PNG</svg>");
        Problem w = loader.load(d).problems().get(0);
        assertFalse(w.isError());
        assertTrue(w.message().contains("no es una imagen PNG, JPEG, GIF o BMP"), w::message);
    }

    @Test
    void webAddressesAreRefusedWhereverAPathGoes() {
        for (String src : List.of("http://127.0.0.1/x.png", "https://example.org/a.jpg", "file:///etc/passwd",
                "jar:http://x/y.jar!/a.png", "data:image/png;base64,AAAA", "//example.org/x.png")) {
            List<Problem> errors = TestDecks.errors(loader.load(deckWithImage("'" + src + "'")));
            assertEquals(1, errors.size(), () -> src + ": " + errors);
            assertTrue(errors.get(0).message().contains("dirección web") || errors.get(0).message().contains("absoluta"),
                    errors.get(0)::message);
            assertEquals(8, errors.get(0).location().line());
        }
        Path d = TestDecks.write(dir.resolve("b"), "title: T\nduration: 90\nbibliography: https://x.org/r.bib\n"
                + "theme: http://x.org/t.css\nsections:\n  - s1.yaml\n", TestDecks.SECTION_OK);
        List<Problem> errors = TestDecks.errors(loader.load(d));
        assertEquals(2, errors.size(), errors::toString);
        errors.forEach(e -> assertTrue(e.message().contains("dirección web"), e::message));
    }

    @Test
    void bibliographyThemeAndSectionsStayInsideTheDeckToo() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("fuera")); // beside the deck, not in it
        Files.writeString(outside.resolve("r.bib"), "@misc{k, title={x}}");
        Files.writeString(outside.resolve("s.yaml"), TestDecks.SECTION_OK);
        Path d = TestDecks.write(dir.resolve("deck"), "title: T\nduration: 90\nbibliography: bib/r.bib\ntheme: ../../t.css\n"
                + "sections:\n  - s1.yaml\n  - otra/s.yaml\n  - /etc/hosts\n", TestDecks.SECTION_OK);
        Files.createSymbolicLink(d.resolve("bib"), outside);           // a linked folder leading out
        Files.createSymbolicLink(d.resolve("slides/otra"), outside);
        List<Problem> errors = sorted(TestDecks.errors(loader.load(d)));
        List<String> lines = errors.stream().map(p -> p.location().line() + ": " + p.message()).toList();
        assertEquals(4, errors.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("3: ") && lines.get(0).contains("sale de la carpeta"), lines::toString);
        assertTrue(lines.get(1).startsWith("4: ") && lines.get(1).contains("sale de la carpeta"), lines::toString);
        assertTrue(lines.get(2).startsWith("7: ") && lines.get(2).contains("sale de la carpeta"), lines::toString);
        assertTrue(lines.get(3).startsWith("8: ") && lines.get(3).contains("absoluta"), lines::toString);
    }

    @Test
    void aThemeMayOnlyChangeTheLook() throws IOException {
        Path d = TestDecks.write(dir, "title: T\nduration: 90\ntheme: slides/theme.css\nsections:\n  - s1.yaml\n",
                TestDecks.SECTION_OK);
        Files.createDirectories(d.resolve("assets"));
        Files.write(d.resolve("assets/fondo.png"), TestDecks.pngClaiming(2, 2));
        Files.writeString(d.resolve("slides/theme.css"), """
                .slide { -fx-background-image: url("../assets/fondo.png"); }
                /* url(http://in-a-comment.example) is not a reference */
                .title { -fx-background-image: url(http://127.0.0.1:9/x.png); }
                @import "https://example.org/more.css";
                .x { -fx-background-image: \\75 rl('ftp://example.org/y.png'); }
                .y { -fx-skin: "com.example.EvilSkin"; }
                .z { -fx-background-image: url(../../../etc/passwd); }
                @font-face { src: url('//fonts.example.org/f.ttf'); }
                """);
        List<Problem> errors = sorted(TestDecks.errors(loader.load(d)));
        List<String> at = errors.stream().map(p -> p.location().file().getFileName() + ":" + p.location().line() + ":"
                + p.location().column() + " " + p.message()).toList();
        assertEquals(6, errors.size(), at::toString);
        assertTrue(at.get(0).startsWith("theme.css:3:36 ") && at.get(0).contains("http://127.0.0.1:9/x.png"), at::toString);
        assertTrue(at.get(1).startsWith("theme.css:4:10 ") && at.get(1).contains("por la red"), at::toString);
        assertTrue(at.get(2).startsWith("theme.css:5:36 ") && at.get(2).contains("ftp://example.org/y.png"), at::toString);
        assertTrue(at.get(3).startsWith("theme.css:6:6 ") && at.get(3).contains("-fx-skin"), at::toString);
        assertTrue(at.get(4).startsWith("theme.css:7:32 ") && at.get(4).contains("sale de la carpeta"), at::toString);
        assertTrue(at.get(5).startsWith("theme.css:8:24 ") && at.get(5).contains("por la red"), at::toString);
    }

    @Test
    void aParserQuotingALineBreakStillGivesOneLine() {
        // found by the fuzz test: SnakeYAML quotes the offending character, here the end of the line
        Path d = TestDecks.withSection(dir, "id: s1\ntitle: \"\\x\n\"\nbudget: 90\nslides: []\n");
        Problem p = TestDecks.errors(loader.load(d)).get(0);
        assertFalse(p.message().contains("\n"), p::message);
        assertTrue(p.message().contains("\\n"), p::message);
        assertEquals(2, p.location().line());
    }
}
