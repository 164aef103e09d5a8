package estrado.present;

import estrado.preflight.Display;
import estrado.preflight.ScreenChoices;
import java.util.List;
import java.util.function.Supplier;
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
}
