package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import estrado.plan.DeckPlan;
import estrado.preflight.CheckItem;
import estrado.preflight.PreLectureCheck;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slide's {@code todo} is for whoever prepares the deck: no slide, export, handout or pre-lecture item shows it. */
class TodosNeverShownTest {
    static final String MARK = "ZZTAREA";

    @TempDir
    Path dir;

    @Test
    void toDosReachNoSlideNoPdfNoHandoutAndNoPreLectureItem() throws Exception {
        TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Con pendientes
                    notes: Nota para el docente.
                    todo: ['%1$s uno: VERIFICAR la cifra', '%1$s dos']
                    blocks: ['Texto visible']
                  - id: b
                    title: Otra
                    todo: '%1$s tres'
                    blocks: [Texto]
                """.formatted(MARK));
        OpenedDeck opened = OpenedDeck.open(dir, new TestWidgets());
        SlideContext ctx = opened.context().orElseThrow(() -> new AssertionError(opened.problems()));
        // the to-dos are there to be listed, which is what makes their absence below mean something
        assertEquals(3, ctx.deck().slides().stream().mapToInt(s -> s.todos().size()).sum());

        FxRuntime.startHeadless();
        SlideRenderer renderer = new SlideRenderer(ctx);
        List<String> shown = FxRuntime.call(() -> {
            List<String> out = new ArrayList<>();
            for (Slide s : ctx.slides()) {
                texts(renderer.render(s, s.steps() - 1).root(), out);
            }
            return out;
        });
        assertTrue(shown.stream().anyMatch(t -> t.contains("Texto visible")), shown::toString);
        assertTrue(shown.stream().noneMatch(t -> t.contains(MARK)), shown::toString);

        Path slides = dir.resolve("out/slides.pdf");
        Path handout = dir.resolve("out/notas.pdf");
        new PdfExporter(ctx).export(slides, PdfExporter.Options.slides(), (d, t) -> { }, () -> false);
        new PdfExporter(ctx).export(handout, new PdfExporter.Options(ExportPage.Steps.FINAL, true), (d, t) -> { },
                () -> false);
        String slideText = pdfText(slides);
        String handoutText = pdfText(handout);
        assertTrue(slideText.contains("Texto visible"), slideText);
        assertTrue(handoutText.contains("Nota para el docente"), handoutText);
        assertFalse(slideText.contains(MARK), slideText);
        assertFalse(handoutText.contains(MARK), handoutText);

        List<CheckItem> items = new ArrayList<>(PreLectureCheck.plan(DeckPlan.of(ctx.deck())));
        items.addAll(PreLectureCheck.deck(opened.problems(), opened.root()));
        assertTrue(items.stream().noneMatch(i -> i.text().contains(MARK)), items::toString);
        assertTrue(ctx.slides().stream().noneMatch(s -> s.notes().contains(MARK)));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof Labeled l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }
}
