package estrado.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF shows the glyphs the slide shows: JavaFX draws "fi" as two letters, so the PDF must not
 * swap in DejaVu's "ﬁ" ligature (which also made "figura" unfindable by a reader's search).
 */
class NoLigaturesTest {
    @TempDir
    Path dir;

    @Test
    void fiAndFlStayTwoLettersAndSearchable() throws IOException {
        Path deck = TestDecks.write(dir.resolve("deck"), """
                title: Ligaduras
                duration: 5
                sections:
                  - s1.yaml
                """, """
                id: s1
                title: Uno
                budget: 5
                slides:
                  - id: a
                    title: La figura final
                    blocks:
                      - 'Un flujo fiable, con **figuras** y `file.flush()`.'
                """);
        OpenedDeck opened = OpenedDeck.open(deck, new TestWidgets());
        FxRuntime.startHeadless();
        Path pdf = dir.resolve("l.pdf");
        new PdfExporter(opened.context().orElseThrow()).export(pdf, PdfExporter.Options.slides(), ProgressListener.none(),
                () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // each glyph as drawn (the stripper's own text would fold a ligature back into letters)
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.forEach(p -> glyphs.append(p.getUnicode()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
            String drawn = glyphs.toString();
            assertFalse(drawn.contains("\uFB01") || drawn.contains("\uFB02"), drawn);
            assertTrue(drawn.contains("La figura final"), drawn);
            assertTrue(drawn.contains("Un flujo fiable, con figuras y file.flush()."), drawn);
        }
    }
}
