package estrado.present.window;

import estrado.i18n.Messages;
import estrado.present.keys.Keys;
import estrado.present.overlay.ConfirmQuitOverlay;
import estrado.present.overlay.ConfirmResetOverlay;
import estrado.present.overlay.GoToOverlay;
import estrado.present.overlay.HelpOverlay;
import estrado.present.overlay.OverlayHost;
import estrado.present.overlay.OverviewOverlay;
import estrado.present.overlay.RehearsalOverlay;
import estrado.present.overlay.SlideSearch;
import estrado.present.overlay.Thumbnails;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.timing.RehearsalReport;
import estrado.timing.RunListing;
import estrado.timing.TalkTimer;
import estrado.timing.TimeFormat;
import estrado.timing.TimerState;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What the presenter's keys and buttons do: the talk clock, the overlays (overview, go to, help, rehearsals, the
 * questions before resetting or quitting a running talk), the notes' size, the theme, the screens.
 */
final class PresenterActions {
    private final Stage stage;
    private final Presentation presentation;
    private final TalkSession session;
    private final PresenterPrefs prefs;
    private final Chrome chrome;
    private final PresenterLayout layout;
    private final StandingWarnings warnings;
    private final Thumbnails thumbnails;
    private Runnable swapScreens = () -> notice(Messages.get("screens.one"));

    PresenterActions(Stage stage, Presentation presentation, TalkSession session, PresenterPrefs prefs, Chrome chrome,
            PresenterLayout layout, Thumbnails thumbnails) {
        this.stage = stage;
        this.presentation = presentation;
        this.session = session;
        this.prefs = prefs;
        this.chrome = chrome;
        this.layout = layout;
        this.thumbnails = thumbnails;
        this.warnings = new StandingWarnings(session, layout.banner());
    }

    /** Does what a presenter key or button asks. */
    void perform(Keys.Action action) {
        switch (action) {
            case START_PAUSE -> session.startOrTogglePause();
            case PLUS_MINUTE, MINUS_MINUTE -> {
                boolean plus = action == Keys.Action.PLUS_MINUTE;
                boolean done = session.adjust(plus ? TalkTimer.CORRECTION_STEP : TalkTimer.CORRECTION_STEP.negated());
                notice(Messages.get(!done ? "timer.notRunning" : plus ? "timer.plusMinute" : "timer.minusMinute"));
            }
            case RESET_CLOCK -> askToReset();
            case OVERVIEW -> overlays().open(new OverviewOverlay(presentation.deckProperty().get().slides(),
                    presentation.position().slide(), thumbnails, this::jumpTo, startHere()));
            case FIND_SLIDE -> overlays().open(new GoToOverlay(new SlideSearch(presentation.deckProperty().get().deck()),
                    presentation.position().slide(), this::jumpTo, startHere()));
            case SWAP_SCREENS -> swapScreens.run();
            case THEME -> {
                prefs.setTheme(chrome.flipped());
                chrome.apply(prefs.theme());
            }
            case HELP -> overlays().open(new HelpOverlay());
            case REHEARSALS -> openRehearsals();
            case NOTES_BIGGER -> resizeNotes(1);
            case NOTES_SMALLER -> resizeNotes(-1);
            case NOTES_DEFAULT -> resizeNotes(0);
            case NOTES_DOWN -> layout.notes().scrollBy(0.5);
            case NOTES_UP -> layout.notes().scrollBy(-0.5);
            case CLOSE -> warnings.dismissSlot();
            case UNDO_INK -> presentation.ink().undo(presentation.inkPage());
            case SLIDE_THEME -> presentation.toggleSlideTheme();
            case QUIT -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            default -> { } // the talk's own keys: the window applies them
        }
    }

    /**
     * What closing the window or Ctrl+Q does: {@code quit} at once before the talk, or after one question while
     * the clock runs (Enter confirms, Esc goes back). Either way the run is written by {@code quit}.
     */
    void onQuit(Runnable quit) {
        stage.setOnCloseRequest(e -> {
            TimerState s = session.timer().state();
            boolean asking = overlays().shown() instanceof ConfirmQuitOverlay;
            if ((s == TimerState.RUNNING || s == TimerState.PAUSED) && !asking) {
                e.consume();
                overlays().open(new ConfirmQuitOverlay(talkClock(), quit, overlays()::close));
            } else if (asking) {
                e.consume(); // already asking: a second close request is the answer
                quit.run();
            } else {
                quit.run();
            }
        });
    }

    /** What S does (the screen manager swaps the roles). */
    void setSwapScreens(Runnable r) {
        swapScreens = r;
    }

    private void askToReset() {
        if (session.timer().state() == TimerState.NOT_STARTED) {
            notice(Messages.get("timer.notRunning"));
            return;
        }
        overlays().open(new ConfirmResetOverlay(talkClock(), () -> {
            overlays().close();
            session.reset();
            warnings.restoreSlot();
            notice(Messages.get("reset.done"));
        }, overlays()::close));
    }

    /** The talk clock as the questions show it, following the session's pace. */
    private ObservableValue<String> talkClock() {
        return session.paceProperty().map(p -> TimeFormat.minutesSeconds(p.elapsed()));
    }

    private void resizeNotes(int steps) {
        layout.notes().resize(steps);
        prefs.setNotesSize(layout.notes().size());
    }

    private void openRehearsals() {
        var store = session.store();
        if (store == null) {
            notice(Messages.get("rehearsals.noStore"));
            return;
        }
        RunListing listing = store.listRuns(session.deckId());
        overlays().open(new RehearsalOverlay(RehearsalReport.compare(session.plan(),
                RehearsalReport.substantial(session.plan(), listing.runs())), listing.runs().size(),
                listing.problems()));
    }

    /** "Empezar desde aquí" for the overlays, only before the clock starts. */
    private IntConsumer startHere() {
        if (session.timer().state() != TimerState.NOT_STARTED) {
            return null;
        }
        return index -> {
            overlays().close();
            if (session.startFrom(index)) {
                notice(Messages.get("slot.startedHere", index + 1));
            }
        };
    }

    private void jumpTo(int index) {
        overlays().close();
        presentation.goTo(new Position(index, 0));
    }

    private OverlayHost overlays() {
        return layout.overlays();
    }

    private void notice(String text) {
        layout.banner().notice(Banner.Level.INFO, text);
    }
}
