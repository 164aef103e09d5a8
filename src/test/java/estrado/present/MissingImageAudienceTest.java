package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.export.PdfExporter;
import estrado.present.talk.Presentation;
import estrado.present.window.AudienceWindow;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.RenderedSlide;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A missing image never reaches the room: the presenter view (and {@code check}) show the labelled
 * placeholder, the projector and the exports show the caption alone, or nothing without a caption.
 */
@ExtendWith(ApplicationExtension.class)
class MissingImageAudienceTest {
    @TempDir
    static Path dir;

    private Path deck;
    private SlideContext context;
    private Presentation presentation;
    private AudienceWindow audience;

    @Start
    void start(Stage stage) {
        deck = TestDecks.withSection(dir.resolve("d" + System.nanoTime()), """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: con-pie
                    title: Con pie
                    blocks:
                      - image: {src: assets/falta.png, caption: 'El ciclo de OLMo', describe: 'tres etapas'}
                  - id: sin-pie
                    title: Sin pie
                    blocks:
                      - 'Texto de la diapositiva'
                      - image: {src: assets/falta-tambien.png, describe: 'un gráfico'}
                """);
        context = OpenedDeck.open(deck, WidgetViews.none()).context().orElseThrow();
        presentation = new Presentation(context);
        audience = new AudienceWindow(stage, presentation);
        stage.show();
    }

    private static <T> T fx(Callable<T> task) {
        return FxRuntime.call(task);
    }

    @Test
    void theProjectorShowsTheCaptionAloneAndThePresenterThePlaceholder(FxRobot robot) {
        Node room = fx(() -> audience.view().shown().root());
        assertTrue(fx(() -> room.lookupAll(".placeholder")).isEmpty(), "a placeholder on the projector");
        List<String> roomText = fx(() -> texts(room));
        assertTrue(roomText.contains("El ciclo de OLMo"), roomText::toString);
        assertTrue(roomText.stream().noneMatch(t -> t.contains("pendiente") || t.contains("falta.png")
                || t.contains("tres etapas")), roomText::toString);

        SlideView lecturer = fx(() -> new SlideView(presentation));
        Node own = fx(() -> lecturer.shown().root());
        assertEquals(1, fx(() -> own.lookupAll(".placeholder")).size());
        assertTrue(fx(() -> texts(own)).contains("Imagen pendiente: assets/falta.png"));

        robot.interact(presentation::next);
        List<String> second = fx(() -> texts(audience.view().shown().root()));
        assertTrue(second.contains("Texto de la diapositiva"), second::toString);
        assertTrue(second.stream().noneMatch(t -> t.contains("pendiente") || t.contains("gráfico")), second::toString);
    }

    @Test
    void checkStillDrawsThePlaceholderAndTheExportsDoNot() throws Exception {
        SlideRenderer checkView = fx(() -> new SlideRenderer(context));
        SlideRenderer roomView = fx(() -> SlideRenderer.forAudience(context));
        for (int i = 0; i < context.slides().size(); i++) {
            int at = i;
            RenderedSlide checked = fx(() -> checkView.render(context.slides().get(at), 0));
            RenderedSlide shown = fx(() -> roomView.render(context.slides().get(at), 0));
            assertEquals(1, fx(() -> checked.root().lookupAll(".placeholder")).size());
            assertTrue(fx(() -> shown.root().lookupAll(".placeholder")).isEmpty());
        }
        Path pdf = dir.resolve("out" + System.nanoTime() + ".pdf");
        FxRuntime.startHeadless();
        new PdfExporter(context).export(pdf, PdfExporter.Options.slides(), (d, t) -> { }, () -> false);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("El ciclo de OLMo") && text.contains("Texto de la diapositiva"), text);
        assertFalse(text.contains("pendiente") || text.contains("falta") || text.contains("etapas"), text);
    }

    private static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Text t && !t.getText().isBlank()) {
            out.add(t.getText());
        } else if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
