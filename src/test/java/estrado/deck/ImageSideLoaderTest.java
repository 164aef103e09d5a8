package estrado.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 items 6-7 in the deck's files: an image's side and width, and the deck's bundled theme. */
class ImageSideLoaderTest {
    @TempDir
    Path dir;

    private DeckLoader.Result load(String slidesYaml) {
        return new DeckLoader().load(TestDecks.withSection(dir, "id: s1\ntitle: Uno\nbudget: 90\nslides:\n" + slidesYaml));
    }

    private List<String> errors(DeckLoader.Result r) {
        return TestDecks.errors(r).stream().map(p -> p.format(dir)).toList();
    }

    @Test
    void aSideAndAWidthAreReadAsAShareOfTheBody() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Al costado
                    blocks:
                      - image: {src: assets/x.png, side: right, width: 40%}
                      - 'Texto'
                  - id: b
                    title: A la izquierda
                    blocks:
                      - image: {src: assets/x.png, side: left, width: 0.55}
                      - 'Texto'
                  - id: c
                    title: A sangre
                    blocks:
                      - image: {src: assets/x.png, side: full}
                """);
        assertEquals(List.of(), errors(r));
        List<Slide> slides = r.deck().orElseThrow().slides();
        Block.Image right = (Block.Image) slides.get(0).blocks().get(0);
        assertEquals(Block.Side.RIGHT, right.side());
        assertEquals(0.40, right.width(), 1e-9);
        Block.Image left = (Block.Image) slides.get(1).blocks().get(0);
        assertEquals(Block.Side.LEFT, left.side());
        assertEquals(0.55, left.width(), 1e-9);
        assertEquals(Block.Side.FULL, ((Block.Image) slides.get(2).blocks().get(0)).side());
    }

    @Test
    void aSpanishSideIsAnErrorThatNamesTheFormatsWord() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Al costado
                    blocks:
                      - image: {src: assets/x.png, side: izquierda}
                      - image: {src: assets/x.png, side: rigth}
                """);
        assertEquals(List.of(
                "slides/s1.yaml:8:42: posición de imagen desconocida «izquierda»; ¿quisiste decir «left»?",
                "slides/s1.yaml:9:42: posición de imagen desconocida «rigth»; ¿quisiste decir «right»?"), errors(r));
    }

    @Test
    void aBadWidthSaysHowToWriteOne() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: Anchos
                    blocks:
                      - image: {src: assets/x.png, side: left, width: 40}
                      - 'Texto'
                  - id: b
                    title: Muy ancha
                    blocks:
                      - image: {src: assets/x.png, side: left, width: 80%}
                  - id: c
                    title: Sin costado
                    blocks:
                      - image: {src: assets/x.png, width: 30%}
                """);
        List<String> e = errors(r);
        assertEquals(3, e.size(), e::toString);
        assertTrue(e.get(0).startsWith("slides/s1.yaml:8:55: ancho de imagen «40» no válido"), e::toString);
        assertTrue(e.get(0).contains("40% o 0.4"), e::toString);
        assertTrue(e.get(1).startsWith("slides/s1.yaml:13:55: ancho de imagen 80% fuera de rango: entre 20 % y 70 %"),
                e::toString);
        assertTrue(e.get(2).startsWith("slides/s1.yaml:17:36: «width» es el ancho de una imagen al costado"), e::toString);
    }

    @Test
    void aPlacedImageIsOnePerSlideAtTheTopLevelAndAFullOneTakesTheSlideAlone() {
        DeckLoader.Result r = load("""
                  - id: a
                    title: En columnas
                    blocks:
                      - columns:
                          - [{image: {src: assets/x.png, side: left}}]
                          - ['Texto']
                  - id: b
                    title: Dos
                    blocks:
                      - image: {src: assets/x.png, side: left}
                      - image: {src: assets/y.png, side: right}
                  - id: c
                    title: A sangre con texto
                    blocks:
                      - image: {src: assets/x.png, side: full}
                      - 'Esto no se vería'
                """);
        List<String> e = errors(r);
        assertEquals(3, e.size(), e::toString);
        assertTrue(e.get(0).startsWith("slides/s1.yaml:9:15: una imagen con side: left va entre los bloques de la "
                + "diapositiva, no dentro de columnas"), e::toString);
        assertTrue(e.get(1).startsWith("slides/s1.yaml:15:9: una diapositiva lleva una sola imagen al costado o de "
                + "fondo; la anterior está en la línea 14"), e::toString);
        assertTrue(e.get(2).startsWith("slides/s1.yaml:20:9: una imagen con side: full ocupa toda la diapositiva"),
                e::toString);
    }

    @Test
    void theMarkdownImageFenceTakesTheSameFields() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("slides"));
        Files.writeString(slides.resolve("deck.yaml"), "title: P\nduration: 10\nsections:\n  - s1.md\n");
        Files.writeString(slides.resolve("s1.md"), """
                ---
                id: s1
                title: Uno
                budget: 10
                ---

                ---
                id: a
                ---
                # Con foto

                - Un punto

                ```image
                src: assets/x.png
                side: right
                width: 35%
                ```

                ---
                id: b
                ---
                # Mal

                ```image
                src: assets/x.png
                side: derecha
                ```
                """);
        DeckLoader.Result r = new DeckLoader().load(dir);
        assertEquals(List.of("slides/s1.md:27:7: posición de imagen desconocida «derecha»; ¿quisiste decir «right»?"),
                errors(r));
        Files.writeString(slides.resolve("s1.md"), Files.readString(slides.resolve("s1.md")).replace("derecha", "right"));
        Block.Image img = (Block.Image) new DeckLoader().load(dir).deck().orElseThrow().slides().get(0).blocks().get(1);
        assertEquals(Block.Side.RIGHT, img.side());
        assertEquals(0.35, img.width(), 1e-9);
    }

    @Test
    void convertingAYamlSectionToMarkdownKeepsTheSideAndTheWidth() throws IOException {
        TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Al costado
                    blocks:
                      - image: {src: assets/x.png, side: left, width: 30%}
                      - 'Texto'
                """);
        Path yaml = dir.resolve("slides/s1.yaml");
        YamlNode node = new YamlReader().read(yaml, new Problems()).orElseThrow();
        Files.writeString(dir.resolve("slides/s1.md"),
                estrado.deck.markdown.MarkdownWriter.section((YamlNode.Mapping) node));
        Files.delete(yaml);
        Files.writeString(dir.resolve("slides/deck.yaml"), TestDecks.deckYaml(1).replace("s1.yaml", "s1.md"));
        DeckLoader.Result r = new DeckLoader().load(dir);
        assertEquals(List.of(), errors(r));
        Block.Image img = (Block.Image) r.deck().orElseThrow().slides().get(0).blocks().get(0);
        assertEquals(Block.Side.LEFT, img.side());
        assertEquals(0.30, img.width(), 1e-9);
    }

    @Test
    void theThemeIsABundledNameAPathOrBoth() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("slides"));
        Files.writeString(slides.resolve("theme.css"), ".slide { -slide-accent: #aa0000; }\n");
        String deck = "title: P\nduration: 90\nsections:\n  - s1.yaml\n";
        TestDecks.write(dir, deck + "theme: dark\n", TestDecks.SECTION_OK);
        Deck dark = new DeckLoader().load(dir).deck().orElseThrow();
        assertEquals(BundledTheme.DARK, dark.baseTheme());
        assertTrue(dark.theme().isEmpty());

        TestDecks.write(dir, deck + "theme: slides/theme.css\n", TestDecks.SECTION_OK);
        Deck own = new DeckLoader().load(dir).deck().orElseThrow();
        assertEquals(BundledTheme.LIGHT, own.baseTheme());
        assertEquals(slides.resolve("theme.css").toAbsolutePath().normalize(), own.theme().orElseThrow());

        TestDecks.write(dir, deck + "theme: {base: dark, css: slides/theme.css}\n", TestDecks.SECTION_OK);
        Deck both = new DeckLoader().load(dir).deck().orElseThrow();
        assertEquals(BundledTheme.DARK, both.baseTheme());
        assertTrue(both.theme().isPresent());

        TestDecks.write(dir, deck + "theme: drak\n", TestDecks.SECTION_OK);
        assertEquals(List.of("slides/deck.yaml:5:8: tema incluido desconocido «drak»; ¿quisiste decir «dark»? "
                + "(o la ruta de una hoja de estilo .css)"), errors(new DeckLoader().load(dir)));
        TestDecks.write(dir, deck + "theme: {base: oscuro}\n", TestDecks.SECTION_OK);
        List<String> e = errors(new DeckLoader().load(dir));
        assertEquals(1, e.size(), e::toString);
        assertTrue(e.get(0).startsWith("slides/deck.yaml:5:15: tema incluido desconocido «oscuro»; ¿quisiste decir «dark»?"),
                e::toString);
        // seen: theme: oscuro was read as a stylesheet's path, a warning, and the deck stayed light
        TestDecks.write(dir, deck + "theme: oscuro\n", TestDecks.SECTION_OK);
        assertEquals(List.of("slides/deck.yaml:5:8: tema incluido desconocido «oscuro»; ¿quisiste decir «dark»? "
                + "(o la ruta de una hoja de estilo .css)"), errors(new DeckLoader().load(dir)));
        TestDecks.write(dir, deck + "theme: azul\n", TestDecks.SECTION_OK);
        assertEquals(List.of("slides/deck.yaml:5:8: tema incluido desconocido «azul»; se conocen: light, dark "
                + "(o la ruta de una hoja de estilo .css)"), errors(new DeckLoader().load(dir)));
    }
}
