package estrado.present;

import estrado.app.Main;
import estrado.preflight.Display;
import estrado.preflight.Displays;
import estrado.preflight.ScreenChoices;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.Chrome;
import estrado.present.window.PresenterPrefs;
import estrado.present.window.SlideView;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import estrado.timing.RunLogStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both windows of one talk, headless (Monocle), for the TestFX tests of keys, pointer, zoom, ink and the widget
 * mode: a clock that moves only when the test moves it, run logs in a temporary folder, the screens as the test
 * sets them, and the robot's moves every such test makes. A test opens the windows in its own {@code @BeforeEach}
 * (its deck, its scheduler for pauses); they are closed after each test.
 */
abstract class TwoWindowsFixture {
    static final Instant T0 = Instant.parse("2025-05-06T10:00:00Z");
    /** A deck with every widget kind. */
    static final Path WIDGETS_DECK = Path.of("src", "test", "resources", "decks", "widgets");

    @TempDir
    Path stateDir;
    final FxRobot robot = new FxRobot();
    final MutableClock clock = new MutableClock(T0, ZoneId.of("UTC"));
    /** The screens the windows are placed on: the headless screen at the start; a test may plug a projector in. */
    final AtomicReference<List<Display>> displays = new AtomicReference<>();
    Presentation presentation;
    TalkSession session;
    Windows windows;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    static SlideContext widgetsDeck() {
        return OpenedDeck.open(WIDGETS_DECK, WidgetViews.of(Main.widgetRegistry())).context().orElseThrow();
    }

    /** Opens both windows on {@code context}, light theme, prefs in memory; {@code scheduler} plays out pauses. */
    void openWindows(SlideContext context, WidgetMode.Scheduler scheduler) {
        windows = FxRuntime.call(() -> {
            displays.set(Displays.current());
            Chrome chrome = new Chrome();
            chrome.apply(PresenterPrefs.Theme.LIGHT);
            presentation = new Presentation(context);
            session = new TalkSession(presentation, clock, PaceSettings.defaults(), new RunLogStore(stateDir), false);
            return Windows.open(new Stage(), new Stage(), presentation, session,
                    PresenterPrefs.inMemory(PresenterPrefs.Theme.LIGHT), chrome, ScreenChoices.inMemory(),
                    displays::get, scheduler);
        });
    }

    @AfterEach
    void close() {
        FxRuntime.call(() -> {
            windows.presenter().stopTicking();
            windows.presenter().stage().close();
            windows.audience().stage().close();
            return null;
        });
    }

    /** Brings {@code stage} to the front: typed characters go to the robot's target window, keys to the focused one. */
    void front(Stage stage) {
        robot.targetWindow(stage);
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts {@code stage} at the screen's corner with this size (the headless screen is 1280×800). */
    void resize(Stage stage, double w, double h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    SlideView presenterSlide() {
        return windows.presenter().currentView();
    }

    SlideView audienceSlide() {
        return windows.audience().view();
    }
}
