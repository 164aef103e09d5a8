package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A code slide in the PDF: its code as real text in the mono face, line by line, drawn as vectors. */
class CodeBlockPdfTest {
    static final List<String> CODE = List.of(
            "from peft import LoraConfig, get_peft_model",
            "",
            "config = LoraConfig(r=16, lora_alpha=32,",
            "                    target_modules=[\"q_proj\", \"v_proj\"])",
            "model = get_peft_model(model, config)  # solo A y B se entrenan",
            "model.print_trainable_parameters()");

    @TempDir
    static Path dir;
    static PdfExporter.Result result;
    static Path pdf;

    @BeforeAll
    static void export() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : CODE) {
            text.append("            ").append(line).append('\n');
        }
        Path deck = TestDecks.withSection(dir.resolve("deck"), """
                id: s1
                title: Código
                budget: 10
                slides:
                  - id: lora
                    title: LoRA con PEFT
                    blocks:
                      - code:
                          language: python
                          highlight: "3-4|5"
                          text: |
                """ + text);
        OpenedDeck opened = OpenedDeck.open(deck, new TestWidgets());
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        SlideContext context = opened.context().get();
        FxRuntime.startHeadless();
        pdf = dir.resolve("code.pdf");
        result = new PdfExporter(context).export(pdf, new PdfExporter.Options(ExportPage.Steps.ALL, false),
                (done, total) -> { }, () -> false);
    }

    @Test
    void thePageTextIsTheCodeLineByLineAfterItsLineNumber() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages(), "one page per highlight step");
            for (int page = 1; page <= 2; page++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(page);
                s.setEndPage(page);
                List<String> lines = s.getText(doc).lines().map(String::strip).toList();
                int at = lines.indexOf("1 " + CODE.get(0));
                assertTrue(at >= 0, "first code line on page " + page + ": " + lines);
                for (int i = 0; i < CODE.size(); i++) {
                    String expected = CODE.get(i).isEmpty() ? String.valueOf(i + 1)
                            : (i + 1) + " " + CODE.get(i).strip().replaceAll("\\s+", " ");
                    // the stripper writes a run of spaces as one: the words and their order are what is compared
                    assertEquals(expected, lines.get(at + i).replaceAll("\\s+", " "), "line " + (i + 1) + " on page " + page);
                }
            }
        }
    }

    @Test
    void theCodeIsVectorTextInTheEmbeddedMonoFace() throws IOException {
        assertEquals(0, result.rasterizedParts(), "nothing of a code slide is drawn as pixels");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                fonts.add(f.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSansMono")), fonts::toString);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSansMono-Bold")),
                    () -> "keywords are bold: " + fonts);
        }
    }
}
