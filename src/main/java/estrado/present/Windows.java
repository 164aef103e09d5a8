package estrado.present;

import estrado.preflight.Display;
import estrado.preflight.ScreenChoices;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.AudienceWindow;
import estrado.present.window.Banner;
import estrado.present.window.Chrome;
import estrado.present.window.PresenterPrefs;
import estrado.present.window.PresenterWindow;
import estrado.present.window.WidgetMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The two windows of a talk and what keeps them on their monitors, wired to each other: the presenter's keys
 * work from the audience window, S swaps the monitors, F toggles the projector's full screen.
 */
record Windows(PresenterWindow presenter, AudienceWindow audience, ScreenManager screens) {

    /** Builds both windows on one presentation and places them; nothing is shown before the placement. */
    static Windows open(Stage presenterStage, Stage audienceStage, Presentation presentation, TalkSession session,
            PresenterPrefs prefs, Chrome chrome, ScreenChoices choices, Supplier<List<Display>> displays) {
        return open(presenterStage, audienceStage, presentation, session, prefs, chrome, choices, displays,
                WidgetMode.Scheduler.fx());
    }

    /** The same, with the timer that ends a window's widget mode after a pause (tests move it themselves). */
    static Windows open(Stage presenterStage, Stage audienceStage, Presentation presentation, TalkSession session,
            PresenterPrefs prefs, Chrome chrome, ScreenChoices choices, Supplier<List<Display>> displays,
            WidgetMode.Scheduler scheduler) {
        AudienceWindow audience = new AudienceWindow(audienceStage, presentation, scheduler);
        PresenterWindow presenter = new PresenterWindow(presenterStage, presentation, session, prefs, chrome,
                scheduler);
        audience.setOtherKeys(presenter::foreignKey);
        ScreenManager screens = new ScreenManager(presenterStage, audienceStage, choices, displays, presenter::notice);
        presenter.setSwapScreens(screens::swap);
        presenter.setAudienceFullScreen(screens::toggleAudienceFullScreen);
        screens.apply();
        return new Windows(presenter, audience, screens);
    }

    /**
     * The talk's start: the audience window is built and shown first, and the presenter window (controls, notes,
     * previews, timeline, the chrome's style sheet: most of the work) only after the audience's first frame is
     * out, so the room sees the first slide without waiting for the laptop's view. {@code opened} gets both
     * windows, wired as {@link #open} wires them. What the placement reports before the presenter window exists
     * is shown in it once it does.
     *
     * @param later runs the presenter window's part; {@link FirstFrame} in the app, at once in tests
     */
    static void openAudienceFirst(Stage presenterStage, Stage audienceStage, Presentation presentation,
            TalkSession session, PresenterPrefs prefs, Chrome chrome, ScreenChoices choices,
            Supplier<List<Display>> displays, BiConsumer<Scene, Runnable> later, Consumer<Windows> opened) {
        WidgetMode.Scheduler scheduler = WidgetMode.Scheduler.fx();
        AudienceWindow audience = new AudienceWindow(audienceStage, presentation, scheduler);
        PresenterWindow[] presenter = new PresenterWindow[1];
        List<Runnable> early = new ArrayList<>();
        BiConsumer<Banner.Level, String> notice = (level, text) -> {
            if (presenter[0] != null) {
                presenter[0].notice(level, text);
            } else {
                early.add(() -> presenter[0].notice(level, text));
            }
        };
        ScreenManager screens = new ScreenManager(presenterStage, audienceStage, choices, displays, notice);
        screens.holdPresenter();
        screens.apply();
        Runnable rest = () -> {
            presenter[0] = new PresenterWindow(presenterStage, presentation, session, prefs, chrome, scheduler);
            audience.setOtherKeys(presenter[0]::foreignKey);
            presenter[0].setSwapScreens(screens::swap);
            presenter[0].setAudienceFullScreen(screens::toggleAudienceFullScreen);
            screens.releasePresenter();
            early.forEach(Runnable::run);
            opened.accept(new Windows(presenter[0], audience, screens));
        };
        if (audienceStage.isShowing()) {
            later.accept(audienceStage.getScene(), rest);
        } else {
            rest.run(); // no monitor to show it on: nothing to wait for
        }
    }
}
