package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.preflight.Displays;
import estrado.preflight.ScreenChoices;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.Chrome;
import estrado.present.window.PresenterPrefs;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.timing.PaceSettings;
import estrado.timing.RunLogStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talk's windows open audience first: the projector's window is shown with the first slide, and the presenter
 * window is built only when the deferred part runs (after the audience's first frame in the app; here, when the
 * test says so: no clock).
 */
class AudienceFirstTest {
    @TempDir
    Path stateDir;
    private final Stage presenterStage = FxRuntime.call(Stage::new);
    private final Stage audienceStage = FxRuntime.call(Stage::new);
    private final AtomicReference<Windows> opened = new AtomicReference<>();
    private Presentation presentation;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @AfterEach
    void close() {
        FxRuntime.call(() -> {
            if (opened.get() != null) {
                opened.get().presenter().stopTicking();
            }
            presenterStage.close();
            audienceStage.close();
            return null;
        });
    }

    private void open(BiConsumer<Scene, Runnable> later) throws Exception {
        var context = TalkSessionTest.fixture();
        FxRuntime.call(() -> {
            Chrome chrome = new Chrome();
            chrome.apply(PresenterPrefs.Theme.LIGHT);
            presentation = new Presentation(context);
            TalkSession session = new TalkSession(presentation, Clock.systemUTC(), PaceSettings.defaults(),
                    new RunLogStore(stateDir), false);
            Windows.openAudienceFirst(presenterStage, audienceStage, presentation, session,
                    PresenterPrefs.inMemory(PresenterPrefs.Theme.LIGHT), chrome, ScreenChoices.inMemory(),
                    Displays::current, later, opened::set);
            return null;
        });
    }

    @Test
    void theAudienceShowsTheFirstSlideBeforeThePresenterWindowIsBuilt() throws Exception {
        List<Runnable> deferred = new ArrayList<>();
        List<Scene> waitedOn = new ArrayList<>();
        open((scene, task) -> {
            waitedOn.add(scene);
            deferred.add(task);
        });
        assertTrue(FxRuntime.call(audienceStage::isShowing));
        assertEquals(presentation.deckProperty().get().deck().slides().get(0).id(),
                FxRuntime.call(() -> audienceView().shown().slide().id()), "the first slide is drawn");
        assertFalse(FxRuntime.call(presenterStage::isShowing), "the presenter window waits");
        assertNull(presenterStage.getScene(), "not even built");
        assertNull(opened.get());
        assertEquals(List.of(audienceStage.getScene()), waitedOn, "it waits on the audience's frame");

        FxRuntime.call(() -> {
            deferred.get(0).run();
            return null;
        });
        Windows w = opened.get();
        assertNotNull(w);
        assertSame(audienceStage, w.audience().stage());
        assertSame(presenterStage, w.presenter().stage());
        assertTrue(FxRuntime.call(presenterStage::isShowing));
        assertTrue(FxRuntime.call(audienceStage::isShowing));
    }

    @Test
    void inTheAppThePresenterWindowFollowsTheAudiencesFirstFrame() throws Exception {
        open(FirstFrame::then);
        assertTrue(estrado.render.Pulses.until(() -> opened.get() != null), "the presenter window came");
        assertTrue(FxRuntime.call(presenterStage::isShowing));
    }

    private SlideView audienceView() {
        return (SlideView) audienceStage.getScene().getRoot();
    }
}
