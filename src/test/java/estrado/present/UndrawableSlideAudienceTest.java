package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.app.Main;
import estrado.deck.TestDecks;
import estrado.present.talk.Presentation;
import estrado.present.window.AudienceWindow;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.References;
import estrado.render.SlideContext;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A slide that cannot be drawn while presenting: the lecturer's view says why in a box, the projector shows
 * the same slide (never the previous one, never the error): the failing block's place left blank, or, when the
 * whole slide fails, its title alone.
 */
@ExtendWith(ApplicationExtension.class)
class UndrawableSlideAudienceTest {
    @TempDir
    static Path dir;

    private Presentation presentation;
    private AudienceWindow audience;
    private SlideView lecturer;

    @Start
    void start(Stage stage) {
        Path deck = TestDecks.withSection(dir.resolve("d" + System.nanoTime()), """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: antes
                    title: Antes
                  - id: widget-roto
                    title: Con un widget que falla
                    blocks:
                      - 'Texto que se ve'
                      - widget: vram-calculator
                  - id: pie-roto
                    title: Con una cita que falla
                    blocks:
                      - 'Según \\cite{k}'
                """);
        SlideContext loaded = OpenedDeck.open(deck, WidgetViews.of(Main.widgetRegistry())).context().orElseThrow();
        // the failures no limit foresees: a widget that runs out of memory, a reference that throws at the foot
        WidgetViews broken = new WidgetViews() {
            @Override
            public java.util.Optional<Node> create(estrado.deck.Block.Widget widget, String slideId) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public java.util.Set<String> names() {
                return java.util.Set.of("vram-calculator");
            }
        };
        References throwing = key -> {
            throw new IllegalStateException("referencia rota");
        };
        SlideContext ctx = new SlideContext(loaded.deck(), throwing, loaded.images(), broken);
        presentation = new Presentation(ctx);
        audience = new AudienceWindow(stage, presentation);
        lecturer = new SlideView(presentation);
        stage.show();
    }

    private static <T> T fx(Callable<T> task) {
        return FxRuntime.call(task);
    }

    @Test
    void aBlockThatFailsIsABoxForTheLecturerAndABlankForTheRoom(FxRobot robot) {
        robot.interact(presentation::next);
        assertEquals("widget-roto", fx(() -> presentation.currentSlide().id()));
        assertEquals("widget-roto", fx(() -> audience.view().shown().slide().id()), "the header's slide, not the previous");
        assertEquals("widget-roto", fx(() -> lecturer.shown().slide().id()));

        Node room = fx(() -> audience.view().shown().root());
        List<String> roomText = fx(() -> texts(room));
        assertTrue(roomText.contains("Con un widget que falla"), roomText::toString);
        assertTrue(roomText.contains("Texto que se ve"), roomText::toString);
        assertTrue(roomText.stream().noneMatch(t -> t.contains("⚠") || t.contains("memoria") || t.contains("dibujar")),
                roomText::toString);
        assertTrue(fx(() -> room.lookupAll(".block-failed")).isEmpty());

        Node own = fx(() -> lecturer.shown().root());
        List<String> ownText = fx(() -> texts(own));
        assertEquals(1, fx(() -> own.lookupAll(".block-failed")).size());
        assertTrue(ownText.contains("Texto que se ve"), ownText::toString);
        assertTrue(ownText.stream().anyMatch(t -> t.startsWith("⚠ este bloque no se pudo dibujar: ")), ownText::toString);
    }

    @Test
    void aSlideThatFailsWholeShowsItsTitleToTheRoomAndWhyToTheLecturer(FxRobot robot) {
        robot.interact(() -> presentation.goTo(3)); // numbers count from 1
        assertEquals("pie-roto", fx(() -> audience.view().shown().slide().id()), "the header's slide, not the previous");

        Node room = fx(() -> audience.view().shown().root());
        List<String> roomText = fx(() -> texts(room));
        assertEquals(List.of("Con una cita que falla"), roomText, "the title alone, no error");
        assertTrue(fx(() -> room.lookupAll(".slide-failed")).isEmpty());

        Node own = fx(() -> lecturer.shown().root());
        assertEquals(List.of("⚠ la diapositiva «Con una cita que falla» no se pudo dibujar: "
                + "IllegalStateException: referencia rota"), fx(() -> texts(own)));
    }

    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            if (!l.getText().isBlank()) {
                out.add(l.getText()); // its skin's Text child holds the same words
            }
            return;
        } else if (n instanceof Text t && !t.getText().isBlank()) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
