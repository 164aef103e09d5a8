package estrado.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --notes handout reads like notes (issue 12): "- item" lines are a list, a formula is text, not TeX. */
class HandoutNotesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void listItemsAreBulletedAndFormulasAreUnicodeInTheTextLayer() throws IOException {
        Path deck = TestDecks.withSection(dir.resolve("deck"), """
                id: s1
                title: Uno
                budget: 10
                slides:
                  - id: a
                    title: Memoria
                    notes: |
                      Qué señalar:
                      - los pesos, que no cambian;
                      - las activaciones, que crecen con el batch
                        y con la secuencia.

                      La regla: $M = \\frac{P \\times b}{8} \\cdot 10^{9}$ bytes.
                """);
        var context = OpenedDeck.open(deck, WidgetViews.none()).context().orElseThrow();
        Path out = dir.resolve("handout.pdf");
        new PdfExporter(context).export(out, new PdfExporter.Options(ExportPage.Steps.FINAL, true),
                ProgressListener.none(), () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("• los pesos, que no cambian;"), text);
            assertTrue(text.contains("• las activaciones, que crecen con el batch y con la secuencia."), text);
            assertFalse(text.contains("- los pesos"), text);
            assertTrue(text.contains("M = (P × b)/8 · 10⁹"), text);
            assertFalse(text.contains("\\frac"), text);
            assertFalse(text.contains("\\times"), text);
        }
    }
}
