package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.i18n.Messages;
import estrado.preflight.Display;
import estrado.present.overlay.ConfirmQuitOverlay;
import estrado.present.overlay.ConfirmResetOverlay;
import estrado.present.overlay.GoToOverlay;
import estrado.present.overlay.HelpOverlay;
import estrado.present.overlay.OverviewOverlay;
import estrado.present.overlay.RehearsalOverlay;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.window.NotesView;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import estrado.timing.TimerState;
import java.time.Duration;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter window and its keys, headless (Monocle), on the fixture deck (see {@link TalkSessionTest}): keys
 * are typed with TestFX's robot into the focused window, time moves only when the test moves the clock.
 */
class PresenterWindowTest extends TwoWindowsFixture {
    @BeforeEach
    void open() throws Exception {
        openWindows(TalkSessionTest.fixture(), WidgetMode.Scheduler.fx());
        front(windows.presenter().stage());
    }

    private void chord(KeyCode modifier, KeyCode key) {
        robot.press(modifier).type(key).release(modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void at(Duration sinceStart) {
        clock.set(T0.plus(sinceStart));
        robot.interact(() -> session.tick());
    }

    private <T> T fx(java.util.concurrent.Callable<T> c) {
        return FxRuntime.call(c);
    }

    @Test
    void rightAdvancesBothViewsAndTheNextPreview() {
        type(KeyCode.RIGHT);
        assertEquals(new Position(1, 0), presentation.position());
        assertEquals("a1", fx(() -> windows.presenter().currentView().shown().slide().id()));
        assertEquals("a1", fx(() -> windows.audience().view().shown().slide().id()));
        // a1 has two steps: the preview shows its second step before the next slide
        assertEquals(new Position(1, 1), fx(() -> windows.presenter().nextPreview().shown()));
        type(KeyCode.RIGHT);
        assertEquals(1, fx(() -> windows.audience().view().shown().step()));
        assertEquals(new Position(2, 0), fx(() -> windows.presenter().nextPreview().shown()));
        assertEquals("Nota larga de la primera idea.", fx(() -> windows.presenter().notes().text()));
        // the preview's picture follows a frame later
        estrado.render.Pulses.until(() -> new Position(2, 0).equals(windows.presenter().nextPreview().drawn()));
        assertEquals(new Position(2, 0), fx(() -> windows.presenter().nextPreview().drawn()));
    }

    @Test
    void theFirstAdvanceStartsTheClock() {
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
        type(KeyCode.PAGE_DOWN);
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(T0, session.timer().startedAt());
    }

    @Test
    void tStartsTheClockOnTheTitleSlide() {
        type(KeyCode.T);
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(0, presentation.position().slide());
    }

    @Test
    void tPausesAndResumesWhileSpaceAndPKeepMovingTheTalk() {
        type(KeyCode.T);
        at(Duration.ofMinutes(2));
        type(KeyCode.T);
        assertEquals(TimerState.PAUSED, session.timer().state());
        assertTrue(fx(() -> windows.presenter().timerPanel().getStyleClass().contains("timer-paused")));
        at(Duration.ofMinutes(5));
        assertEquals("02:00", fx(() -> windows.presenter().timerPanel().elapsedText()));
        // the clicker and the keyboard still move the talk during questions
        type(KeyCode.SPACE);
        assertEquals(1, presentation.position().slide());
        type(KeyCode.P);
        assertEquals(0, presentation.position().slide());
        assertEquals(TimerState.PAUSED, session.timer().state());
        type(KeyCode.T);
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(1, session.timer().pauses().size());
        assertEquals(Duration.ofMinutes(3), session.timer().pauses().get(0).length());
    }

    @Test
    void plusAndMinusCorrectTheClockByAMinute() {
        type(KeyCode.T);
        at(Duration.ofMinutes(3));
        write("+");
        assertEquals("04:00", fx(() -> windows.presenter().timerPanel().elapsedText()));
        write("-");
        write("-");
        assertEquals("02:00", fx(() -> windows.presenter().timerPanel().elapsedText()));
    }

    @Test
    void resetAsksAndAnyOtherKeyCancels() {
        type(KeyCode.T);
        at(Duration.ofMinutes(3));
        chord(KeyCode.CONTROL, KeyCode.R);
        assertInstanceOf(ConfirmResetOverlay.class, fx(() -> windows.presenter().overlay()));
        assertEquals(TimerState.RUNNING, session.timer().state());
        type(KeyCode.ESCAPE);
        assertNull(fx(() -> windows.presenter().overlay()));
        assertEquals(TimerState.RUNNING, session.timer().state());
        chord(KeyCode.CONTROL, KeyCode.R);
        type(KeyCode.R);
        assertEquals(TimerState.RUNNING, session.timer().state(), "a plain R does not confirm");
        chord(KeyCode.CONTROL, KeyCode.R);
        chord(KeyCode.CONTROL, KeyCode.R);
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
    }

    @Test
    void thePaceIsColouredByTheToleranceBand() {
        type(KeyCode.RIGHT); // starts at T0 on a1
        robot.interact(() -> presentation.goTo(new Position(2, 0))); // b1: expected 9:45
        at(Duration.ofSeconds(9 * 60 + 45 + 60));
        assertEquals("pace-on-plan", fx(() -> windows.presenter().timerPanel().paceStyle()));
        assertEquals("+01:00", fx(() -> windows.presenter().timerPanel().deltaText()));
        at(Duration.ofSeconds(9 * 60 + 45 + 61));
        assertEquals("pace-behind", fx(() -> windows.presenter().timerPanel().paceStyle()));
        at(Duration.ofSeconds(9 * 60 + 45 - 90));
        assertEquals("pace-ahead", fx(() -> windows.presenter().timerPanel().paceStyle()));
        assertEquals("\u221201:30", fx(() -> windows.presenter().timerPanel().deltaText()));
        // remaining and the projected end: 30 − 8:15 = 21:45 left; end = now + (30:00 − 9:45) = 10:28:30
        assertEquals("21:45", fx(() -> windows.presenter().timerPanel().remainingText()));
        assertTrue(fx(() -> windows.presenter().timerPanel().endText()).contains("10:28"));
    }

    @Test
    void theSectionBarShowsTheSectionAgainstItsBudget() {
        type(KeyCode.RIGHT);
        at(Duration.ofMinutes(7));
        robot.interact(() -> presentation.goTo(new Position(2, 0)));
        at(Duration.ofMinutes(16));
        assertEquals("09:00 / 18:00", fx(() -> windows.presenter().sectionBar().timeText()));
        assertEquals(0.5, fx(() -> windows.presenter().sectionBar().progress()), 1e-9);
    }

    @Test
    void theMismatchIsShownAtTheStartOnly() {
        assertTrue(fx(() -> windows.presenter().banner().texts()).stream().anyMatch(t -> t.contains("40")),
                fx(() -> windows.presenter().banner().texts()).toString());
        type(KeyCode.RIGHT);
        assertTrue(fx(() -> windows.presenter().banner().texts()).stream().noneMatch(t -> t.contains("×0,75")));
    }

    @Test
    void warningsInTheLastMinutesOfASectionAndOfTheSlot() {
        type(KeyCode.RIGHT);
        at(Duration.ofMinutes(5) .plusSeconds(20)); // apertura: 6 min budget, 40 s left
        assertTrue(fx(() -> windows.presenter().banner().texts()).stream().anyMatch(t -> t.contains("Apertura")));
        robot.interact(() -> presentation.goTo(new Position(6, 0)));
        at(Duration.ofMinutes(27));
        assertTrue(fx(() -> windows.presenter().banner().texts()).stream().anyMatch(t -> t.contains("a cerrar")));
        at(Duration.ofMinutes(31));
        assertTrue(fx(() -> windows.presenter().banner().texts()).stream().anyMatch(t -> t.contains("+01:00")));
    }

    @Test
    void blackoutIsAStateInThePresenter() {
        assertFalse(fx(() -> windows.presenter().blankBadge().isVisible()));
        type(KeyCode.B);
        assertEquals(Presentation.Blank.BLACK, presentation.blankProperty().get());
        assertTrue(fx(() -> windows.presenter().blankBadge().isVisible()));
        type(KeyCode.PERIOD);
        assertFalse(fx(() -> windows.presenter().blankBadge().isVisible()));
    }

    @Test
    void helpListsTheKeysAndClickerKeysStillWorkOverIt() {
        type(KeyCode.F1);
        assertInstanceOf(HelpOverlay.class, fx(() -> windows.presenter().overlay()));
        type(KeyCode.PAGE_DOWN);
        assertEquals(1, presentation.position().slide());
        assertInstanceOf(HelpOverlay.class, fx(() -> windows.presenter().overlay()));
        type(KeyCode.RIGHT);
        assertEquals(1, presentation.position().slide(), "arrows belong to the overlay while it is open");
        type(KeyCode.ESCAPE);
        assertNull(fx(() -> windows.presenter().overlay()));
        write("?");
        assertInstanceOf(HelpOverlay.class, fx(() -> windows.presenter().overlay()));
    }

    /**
     * Seen on a 1920×1080 laptop: with the projector-buttons and Ctrl+D rows the help grew taller than the window and
     * its texts were cut with "…". At 16:9 (the laptop's shape), in Spanish and English, every text shows whole.
     */
    @Test
    void helpShowsEveryTextWholeOnASixteenByNineLaptop() {
        resize(windows.presenter().stage(), 1280, 720);
        java.util.Locale before = estrado.i18n.Messages.locale();
        try {
            for (java.util.Locale language : java.util.List.of(before, java.util.Locale.ENGLISH)) {
                estrado.i18n.Messages.use(language);
                type(KeyCode.F1);
                java.util.List<String> cut = fx(() -> windows.presenter().overlay().lookupAll(".label").stream()
                        .map(javafx.scene.control.Label.class::cast)
                        .filter(l -> l.lookup(".text") instanceof javafx.scene.text.Text shown
                                && !shown.getText().replace("\n", " ").equals(l.getText().replace("\n", " ")))
                        .map(l -> l.getText() + " → " + ((javafx.scene.text.Text) l.lookup(".text")).getText())
                        .toList());
                assertEquals(java.util.List.of(), cut, "help texts shown cut, " + language);
                type(KeyCode.ESCAPE);
            }
        } finally {
            estrado.i18n.Messages.use(before);
        }
    }

    @Test
    void overviewPicksASlideWithTheArrows() {
        type(KeyCode.O);
        assertInstanceOf(OverviewOverlay.class, fx(() -> windows.presenter().overlay()));
        type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals(3, fx(() -> ((OverviewOverlay) windows.presenter().overlay()).selected()));
        type(KeyCode.ENTER);
        assertNull(fx(() -> windows.presenter().overlay()));
        assertEquals(new Position(3, 0), presentation.position());
    }

    @Test
    void goToFindsASlideByTitle() {
        type(KeyCode.G);
        assertInstanceOf(GoToOverlay.class, fx(() -> windows.presenter().overlay()));
        write("conclusiones");
        type(KeyCode.ENTER);
        assertEquals(6, presentation.position().slide());
        type(KeyCode.G);
        write("3");
        type(KeyCode.ENTER);
        assertEquals(2, presentation.position().slide());
        // typed in the search field, B is a letter, not a blackout
        type(KeyCode.G);
        write("b");
        assertEquals(Presentation.Blank.NONE, presentation.blankProperty().get());
        type(KeyCode.ESCAPE);
    }

    @Test
    void notesGrowAndShrinkWithControlPlusAndMinus() {
        double before = fx(() -> windows.presenter().notes().size());
        chord(KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals(before + 2, fx(() -> windows.presenter().notes().size()));
        chord(KeyCode.CONTROL, KeyCode.MINUS);
        chord(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(before - 2, fx(() -> windows.presenter().notes().size()));
        chord(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(NotesView.DEFAULT_SIZE, fx(() -> windows.presenter().notes().size()));
        assertEquals(TimerState.NOT_STARTED, session.timer().state(), "Ctrl+− is not the −1 min key");
    }

    @Test
    void swappingWithOneScreenSaysSoAndDoesNotCrash() {
        assertEquals(1, displays.get().size());
        type(KeyCode.S);
        assertTrue(fx(() -> windows.presenter().banner().texts()).stream().anyMatch(t -> t.contains("una pantalla")));
        assertTrue(fx(() -> windows.presenter().stage().isShowing()));
        assertTrue(fx(() -> windows.audience().stage().isShowing()));
        assertFalse(fx(() -> windows.audience().stage().isFullScreen()));
    }

    @Test
    void aProjectorPluggedInAndPulledOutMovesTheWindows() {
        Display laptop = displays.get().get(0);
        Display projector = new Display(laptop.width(), 0, 1920, 1080, false);
        displays.set(List.of(laptop, projector));
        robot.interact(() -> windows.screens().apply());
        assertTrue(fx(() -> windows.screens().roles().canSwap()));
        assertTrue(fx(() -> windows.audience().stage().isFullScreen()));
        type(KeyCode.S);
        assertTrue(fx(() -> windows.screens().roles().presenter() == projector));
        displays.set(List.of(laptop));
        robot.interact(() -> windows.screens().apply());
        assertFalse(fx(() -> windows.audience().stage().isFullScreen()));
        assertTrue(fx(() -> windows.audience().stage().isShowing()));
        assertTrue(fx(() -> windows.presenter().stage().isShowing()));
    }

    @Test
    void presenterKeysWorkFromTheAudienceWindow() {
        front(windows.audience().stage());
        type(KeyCode.T);
        assertEquals(TimerState.RUNNING, session.timer().state());
        type(KeyCode.RIGHT);
        assertEquals(1, presentation.position().slide());
    }

    @Test
    void theRehearsalReportOpensWithE() {
        type(KeyCode.E);
        assertInstanceOf(RehearsalOverlay.class, fx(() -> windows.presenter().overlay()));
        type(KeyCode.E);
        assertNull(fx(() -> windows.presenter().overlay()));
    }

    @Test
    void theWallClockAndCountFollowTheClockAndThePlan() {
        at(Duration.ofMinutes(14));
        assertEquals("10:14", fx(() -> windows.presenter().wallClockLabel().getText()));
        robot.interact(() -> presentation.goTo(new Position(5, 0))); // the backup slide
        // the projected footer's numbering (sixth of all slides), marked as outside the plan
        String count = fx(() -> windows.presenter().topCountLabel().getText());
        int total = fx(() -> presentation.deckProperty().get().slides().size());
        assertEquals(Messages.get("top.backup", 6, total), count);
        assertTrue(count.contains("6/" + total), count);
    }

    @Test
    void quittingARunningTalkAsksOnceEnterConfirmsEscGoesBack() {
        java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> windows.presenter().onQuit(quits::incrementAndGet));
        type(KeyCode.T);
        chord(KeyCode.CONTROL, KeyCode.Q);
        assertInstanceOf(ConfirmQuitOverlay.class, fx(() -> windows.presenter().overlay()));
        assertEquals(0, quits.get(), "asked, not quit");
        type(KeyCode.ESCAPE);
        assertNull(fx(() -> windows.presenter().overlay()), "Esc goes back to the talk");
        assertEquals(0, quits.get());
        assertEquals(TimerState.RUNNING, session.timer().state());
        chord(KeyCode.CONTROL, KeyCode.Q);
        type(KeyCode.ENTER);
        assertEquals(1, quits.get(), "Enter confirms, once");
        assertEquals(new Position(0, 0), presentation.position(), "Enter did not also move the talk");
    }

    @Test
    void theQuitQuestionShowsTheTalkClockRunningNotAsItWasWhenAsked() {
        robot.interact(() -> windows.presenter().onQuit(() -> { }));
        type(KeyCode.T);
        at(Duration.ofSeconds(8));
        chord(KeyCode.CONTROL, KeyCode.Q);
        assertEquals(Messages.get("quit.text", "00:08"), quitText());
        at(Duration.ofSeconds(75));
        assertEquals(Messages.get("quit.text", "01:15"), quitText(), "the question follows the clock");
    }

    private String quitText() {
        return fx(() -> ((javafx.scene.control.Label) windows.presenter().overlay().lookup("#quit-text")).getText());
    }

    @Test
    void beforeTheTalkCtrlQQuitsWithoutAsking() {
        java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> windows.presenter().onQuit(quits::incrementAndGet));
        chord(KeyCode.CONTROL, KeyCode.Q);
        assertEquals(1, quits.get());
        assertNull(fx(() -> windows.presenter().overlay()));
    }
}
