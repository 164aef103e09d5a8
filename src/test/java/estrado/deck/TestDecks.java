package estrado.deck;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Writes small decks into a folder so each test shows the exact YAML it checks. */
public final class TestDecks {
    public static final String SECTION_OK = """
            id: s1
            title: Sección uno
            budget: 90
            slides:
              - id: a
                title: Hola
                blocks:
                  - 'Texto'
            """;

    private TestDecks() {
    }

    public static Path write(Path dir, String deckYaml, String... sections) {
        try {
            Path slides = Files.createDirectories(dir.resolve("slides"));
            Files.writeString(slides.resolve("deck.yaml"), deckYaml);
            for (int i = 0; i < sections.length; i++) {
                Files.writeString(slides.resolve("s" + (i + 1) + ".yaml"), sections[i]);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String deckYaml(int sections) {
        StringBuilder b = new StringBuilder("title: Prueba\nduration: 90\nsections:\n");
        for (int i = 1; i <= sections; i++) {
            b.append("  - s").append(i).append(".yaml\n");
        }
        return b.toString();
    }

    /** A deck with one section file holding {@code section}. */
    public static Path withSection(Path dir, String section) {
        return write(dir, deckYaml(1), section);
    }

    /**
     * The bundled deck's YAML form as it was when it was converted to Markdown
     * (src/test/resources/decks/clase2-yaml), copied into {@code dir} with the repository's theme and
     * bibliography, laid out as the deck was.
     */
    public static Path bundledYamlForm(Path dir) {
        try {
            Path slides = Files.createDirectories(dir.resolve("slides"));
            try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/test/resources/decks/clase2-yaml/slides"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, slides.resolve(f.getFileName().toString()));
                }
            }
            Files.copy(Path.of("slides/theme.css"), slides.resolve("theme.css"));
            Path bib = Files.createDirectories(dir.resolve("bib"));
            Files.copy(Path.of("bib/referencias_entrenamiento.bib"), bib.resolve("referencias_entrenamiento.bib"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's own deck (tests run from the project folder). */
    public static Path bundled() {
        return Path.of("").toAbsolutePath().resolve("slides");
    }

    public static List<Problem> errors(DeckLoader.Result r) {
        return r.problems().stream().filter(Problem::isError).toList();
    }

    /** A real PNG whose header claims {@code w}×{@code h}: what a decompression bomb looks like before decoding. */
    public static byte[] pngClaiming(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, w).putInt(20, h); // IHDR data starts after the 8-byte signature, length and type
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" and its 13 data bytes
        b.putInt(29, (int) crc.getValue());
        return png;
    }

}
