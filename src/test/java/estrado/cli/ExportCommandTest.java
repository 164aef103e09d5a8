package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.DeckLoader;
import estrado.deck.TestDecks;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void pdfAndPngTogetherFromTheBundledDeck() throws IOException {
        // the opened deck, with its generated reference pages
        int slides = estrado.render.OpenedDeck.open(TestDecks.bundled(), WidgetViews.of(estrado.app.Main.widgetRegistry()))
                .deck().orElseThrow().slides().size();
        Path pdf = dir.resolve("clase.pdf");
        Path png = dir.resolve("png");
        CliRun r = run("export", TestDecks.bundled().toString(), "--pdf", pdf.toString(), "--png", png.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(slides, doc.getNumberOfPages());
        }
        try (Stream<Path> files = Files.list(png)) {
            assertEquals(slides, files.filter(f -> f.toString().endsWith(".png")).count());
        }
        // the progress line rewrites itself on the terminal and ends at the last page
        assertTrue(r.err().contains("\rExportando " + slides + "/" + slides + "…"), r.err());
        assertTrue(r.out().contains("PDF escrito en"), r.out());
    }

    @Test
    void withoutAnOutputItSaysWhatToGive() {
        CliRun r = run("export", TestDecks.bundled().toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--pdf ARCHIVO.pdf, --png CARPETA"), r.err());
    }

    @Test
    void notesNeedAPdfAndStepsAreFinalOrAll() {
        CliRun notes = run("export", TestDecks.bundled().toString(), "--png", dir.toString(), "--notes");
        assertEquals(2, notes.code());
        assertTrue(notes.err().contains("--notes"), notes.err());
        CliRun lossless = run("export", TestDecks.bundled().toString(), "--png", dir.toString(), "--lossless");
        assertEquals(2, lossless.code());
        assertTrue(lossless.err().contains("--lossless solo vale con --pdf"), lossless.err());
        CliRun steps = run("export", TestDecks.bundled().toString(), "--pdf", dir.resolve("x.pdf").toString(), "--steps", "todos");
        assertEquals(2, steps.code());
        assertTrue(steps.err().contains("«todos»"), steps.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void brokenDeckPrintsLocatedErrorsAndWritesNothing() {
        TestDecks.withSection(dir.resolve("deck"), """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    layuot: content
                """);
        Path pdf = dir.resolve("out.pdf");
        CliRun r = run("export", dir.resolve("deck").toString(), "--pdf", pdf.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("slides/s1.yaml:7:5:"), r.out());
        assertFalse(Files.exists(pdf));
    }
}
