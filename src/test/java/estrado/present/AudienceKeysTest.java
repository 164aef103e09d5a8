package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.window.AudienceWindow;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audience keys, pressed for real on a window (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class AudienceKeysTest {
    @TempDir
    static Path dir;

    private Presentation presentation;
    private AudienceWindow window;

    @Start
    void start(Stage stage) {
        Path deck = TestDecks.withSection(dir.resolve("d" + System.nanoTime()), """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Primera
                  - id: b
                    title: Segunda
                    blocks:
                      - bullets: [uno, dos, tres]
                        steps: true
                  - id: c
                    title: Tercera
                  - id: d
                    title: Cuarta
                """);
        presentation = new Presentation(OpenedDeck.open(deck, WidgetViews.none()).context().orElseThrow());
        window = new AudienceWindow(stage, presentation);
        stage.show();
    }

    @Test
    void forwardKeysIncludingClickerPageDownWalkSteps(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertEquals(new Position(1, 0), presentation.position());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(new Position(1, 2), presentation.position());
        robot.type(KeyCode.DOWN, KeyCode.N, KeyCode.ENTER);
        assertEquals(new Position(3, 0), presentation.position());
    }

    @Test
    void backKeysIncludingClickerPageUp(FxRobot robot) {
        robot.type(KeyCode.END);
        assertEquals(new Position(3, 0), presentation.position());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(new Position(2, 0), presentation.position());
        robot.type(KeyCode.LEFT);
        assertEquals(new Position(1, 2), presentation.position());
        robot.type(KeyCode.UP, KeyCode.BACK_SPACE, KeyCode.P);
        assertEquals(new Position(0, 0), presentation.position());
        robot.type(KeyCode.END, KeyCode.HOME);
        assertEquals(Position.START, presentation.position());
    }

    @Test
    void digitsThenEnterGoToASlide(FxRobot robot) {
        robot.type(KeyCode.DIGIT3, KeyCode.ENTER);
        assertEquals(new Position(2, 0), presentation.position());
        assertTrue(window.stage().getTitle().contains("3 de 4"), window.stage().getTitle());
    }

    @Test
    void blackAndWhiteScreensToggle(FxRobot robot) {
        robot.type(KeyCode.B);
        assertEquals(Presentation.Blank.BLACK, presentation.blankProperty().get());
        robot.type(KeyCode.PERIOD);
        assertEquals(Presentation.Blank.NONE, presentation.blankProperty().get());
        robot.type(KeyCode.W);
        assertEquals(Presentation.Blank.WHITE, presentation.blankProperty().get());
        robot.type(KeyCode.B);
        assertEquals(Presentation.Blank.BLACK, presentation.blankProperty().get());
        // blanking never moves the talk
        assertEquals(Position.START, presentation.position());
    }

    @Test
    void theViewFollowsThePresentation(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertEquals("b", window.view().shown().slide().id());
        assertEquals(0, window.view().shown().step());
    }
}
