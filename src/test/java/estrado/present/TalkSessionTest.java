package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.PresenterWindow;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.WidgetViews;
import estrado.timing.Loaded;
import estrado.timing.PaceSettings;
import estrado.timing.PaceStatus;
import estrado.timing.Pause;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunListing;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import estrado.timing.SlideVisit;
import estrado.timing.TimerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talk clock against the fixture deck's plan. Slides: 0 portada, 1 a1 (2 steps) — section "apertura", 6 min
 * scaled; 2 b1, 3 b2 (3 min), 4 b3, 5 backup — "bloque", 18 min; 6 c1 — "cierre", 6 min. Expected talk time at
 * b1 = 6:00 + 3:45 = 9:45; at b2 = 6:00 + 7:30 + 1:30 = 15:00. Time only moves when the test moves the clock.
 */
class TalkSessionTest {
    private static final Instant T0 = Instant.parse("2025-05-06T10:00:00Z");

    @TempDir
    Path stateDir;
    private MutableClock clock;
    private Presentation presentation;
    private TalkSession session;
    private RunLogStore store;

    static SlideContext fixture() throws Exception {
        Path dir = Path.of(TalkSessionTest.class.getResource("/estrado/present/pacing").toURI());
        return OpenedDeck.open(dir, WidgetViews.none()).context().orElseThrow();
    }

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @BeforeEach
    void setUp() throws Exception {
        clock = new MutableClock(T0, java.time.ZoneId.of("UTC"));
        presentation = new Presentation(fixture());
        store = new RunLogStore(stateDir);
        session = new TalkSession(presentation, clock, PaceSettings.defaults(), store, false);
    }

    /** Moves the clock and refreshes, as the window's ticker does. */
    private void at(Duration sinceStart) {
        clock.set(T0.plus(sinceStart));
        session.tick();
    }

    private void goTo(int slide) {
        presentation.goTo(new Position(slide, 0));
    }

    @Test
    void theFirstAdvanceFromTheTitleSlideStartsTheClock() {
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
        assertEquals(PaceStatus.PRE_TALK, session.pace().status());
        clock.set(T0);
        presentation.next();
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(T0, session.timer().startedAt());
        assertEquals("a1", session.run().visits().get(0).slideId());
    }

    @Test
    void browsingBackOrStayingOnTheTitleDoesNotStartIt() {
        presentation.next();
        session.reset();
        presentation.previous();
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
        presentation.toggleBlank(Presentation.Blank.BLACK);
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
    }

    @Test
    void tStartsTheClockOnTheTitleSlide() {
        session.startOrTogglePause();
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(0, presentation.position().slide());
        assertEquals("portada", session.run().visits().get(0).slideId());
    }

    @Test
    void paceIsElapsedAgainstTheExpectedTimeOfTheSlide() {
        presentation.next();
        goTo(2);
        at(Duration.ofSeconds(9 * 60 + 45));
        assertEquals(Duration.ZERO, session.pace().delta());
        assertEquals(PaceStatus.ON_PLAN, session.pace().status());
        at(Duration.ofSeconds(9 * 60 + 45 + 61));
        assertEquals(PaceStatus.BEHIND, session.pace().status());
        assertEquals("+01:01", session.pace().formattedDelta());
        at(Duration.ofSeconds(9 * 60 + 45 - 61));
        assertEquals(PaceStatus.AHEAD, session.pace().status());
    }

    @Test
    void theSectionClockCountsFromWhenTheSectionWasEntered() {
        presentation.next();
        at(Duration.ofMinutes(7));
        goTo(2); // enters "bloque" at 7:00
        at(Duration.ofMinutes(11));
        assertEquals(1, session.pace().sectionIndex());
        assertEquals(Duration.ofMinutes(4), session.pace().sectionElapsed());
        assertEquals(Duration.ofMinutes(18), session.pace().sectionBudget());
        assertEquals(Duration.ofMinutes(4), session.sectionActuals().get("bloque"));
        assertEquals(Duration.ofMinutes(7), session.sectionActuals().get("apertura"));
    }

    @Test
    void aPauseStopsTheTalkAndSectionClocksAndIsLogged() {
        presentation.next();
        goTo(2);
        at(Duration.ofMinutes(10));
        session.startOrTogglePause();
        assertEquals(TimerState.PAUSED, session.timer().state());
        at(Duration.ofMinutes(13));
        assertEquals(Duration.ofMinutes(10), session.pace().elapsed());
        assertEquals(Duration.ofMinutes(10), session.pace().sectionElapsed());
        session.startOrTogglePause();
        assertEquals(TimerState.RUNNING, session.timer().state());
        Pause logged = new Pause(T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(13)));
        assertEquals(List.of(logged), session.timer().pauses());
        assertEquals(List.of(logged), session.run().pauses());
        at(Duration.ofMinutes(14));
        assertEquals(Duration.ofMinutes(11), session.pace().elapsed());
    }

    @Test
    void stepsWithinASlideAreNotNewVisits() {
        presentation.next(); // to a1, step 0
        presentation.next(); // a1, step 1
        assertEquals(new Position(1, 1), presentation.position());
        assertEquals(1, session.run().visits().size());
    }

    @Test
    void plusAndMinusAMinuteCorrectTheClockOnlyWhileItRuns() {
        assertFalse(session.adjust(Duration.ofMinutes(1)));
        presentation.next();
        at(Duration.ofMinutes(5));
        assertTrue(session.adjust(Duration.ofMinutes(1)));
        assertEquals(Duration.ofMinutes(6), session.pace().elapsed());
        assertTrue(session.adjust(Duration.ofMinutes(-1)));
        assertEquals(Duration.ofMinutes(5), session.pace().elapsed());
        assertEquals(2, session.timer().corrections().size());
    }

    @Test
    void theStateIsSavedOnEveryChangeAndOftenEnoughToResumeWithinFiveSeconds() {
        Duration tick = Duration.ofMillis((long) PresenterWindow.TICK.toMillis());
        assertTrue(TalkSession.SAVE_EVERY.plus(tick).compareTo(Duration.ofSeconds(5)) <= 0,
                "a save interval plus one tick must stay under the 5 s a resume promises");
        presentation.next();
        assertEquals(T0, saved().savedAt());
        Duration justUnder = TalkSession.SAVE_EVERY.minusMillis(250);
        at(justUnder);
        assertEquals(T0, saved().savedAt(), "no change and under the interval: no write");
        at(TalkSession.SAVE_EVERY);
        assertEquals(T0.plus(TalkSession.SAVE_EVERY), saved().savedAt());
        clock.set(T0.plus(TalkSession.SAVE_EVERY).plusSeconds(1));
        presentation.next(); // a step is a change
        assertEquals(T0.plus(TalkSession.SAVE_EVERY).plusSeconds(1), saved().savedAt());
        assertEquals(1, saved().step());
    }

    private PresentationSnapshot saved() {
        Loaded<PresentationSnapshot> l = store.loadSnapshot(session.deckId());
        return l.get().orElseThrow(() -> new AssertionError(l.message().orElse("no snapshot")));
    }

    @Test
    void checkingSlidesBeforeTheTalkNeitherStartsNorSaves() {
        presentation.goTo(new Position(3, 0));
        presentation.goTo(new Position(0, 0));
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
        assertTrue(store.loadSnapshot(session.deckId()).get().isEmpty());
        presentation.next();
        assertEquals(TimerState.RUNNING, session.timer().state());
    }

    @Test
    void aCrashedRunResumesAtTheSameSlideWithTheClockWhereItWas() throws Exception {
        presentation.next();
        at(Duration.ofMinutes(7));
        goTo(2);
        at(Duration.ofMinutes(12));
        goTo(3); // b2, saved at 12:00 of talk
        // the process dies here: no finish, no close. Seven minutes later estrado starts again.
        clock.set(T0.plus(Duration.ofMinutes(19)));
        Presentation p2 = new Presentation(fixture());
        TalkSession s2 = new TalkSession(p2, clock, PaceSettings.defaults(), store, false);
        PresentationSnapshot snap = store.loadSnapshot(s2.deckId()).get().orElseThrow();
        assertTrue(estrado.preflight.PreLectureCheck.resumable(snap));
        s2.resume(snap);

        assertEquals(new Position(3, 0), p2.position());
        assertEquals(TimerState.RUNNING, s2.timer().state());
        assertEquals(Duration.ofMinutes(12), s2.pace().elapsed(), "the clock continues from where it was");
        assertEquals(List.of(new Pause(T0.plus(Duration.ofMinutes(12)), T0.plus(Duration.ofMinutes(19)))),
                s2.timer().pauses());
        List<String> visited = s2.run().visits().stream().map(SlideVisit::slideId).toList();
        assertEquals(List.of("a1", "b1", "b2", "b2"), visited);
        assertEquals(session.run().runId(), s2.run().runId());

        clock.set(T0.plus(Duration.ofMinutes(20)));
        s2.tick();
        assertEquals(Duration.ofMinutes(13), s2.pace().elapsed());
        // b2 has its own share: expected 15:00, so 13:00 is two minutes ahead
        assertEquals(PaceStatus.AHEAD, s2.pace().status());
        // the section clock kept its 5 minutes from before the crash (7:00 → 12:00) plus one
        assertEquals(Duration.ofMinutes(6), s2.pace().sectionElapsed());
    }

    @Test
    void aPausedRunResumesPaused() throws Exception {
        presentation.next();
        at(Duration.ofMinutes(3));
        session.startOrTogglePause();
        clock.set(T0.plus(Duration.ofMinutes(30)));
        Presentation p2 = new Presentation(fixture());
        TalkSession s2 = new TalkSession(p2, clock, PaceSettings.defaults(), store, false);
        s2.resume(store.loadSnapshot(s2.deckId()).get().orElseThrow());
        assertEquals(TimerState.PAUSED, s2.timer().state());
        assertEquals(Duration.ofMinutes(3), s2.pace().elapsed());
    }

    @Test
    void anInterruptedWriteLeavesThePreviousStateIntact() throws Exception {
        presentation.next();
        at(Duration.ofMinutes(2));
        goTo(2);
        PresentationSnapshot before = saved();
        // a crash in the middle of the next save: the temp file holds half a snapshot, the rename never happened
        byte[] whole = Files.readAllBytes(store.snapshotFile(session.deckId()));
        Files.write(stateDir.resolve(".current-123.tmp"), java.util.Arrays.copyOf(whole, whole.length / 2));

        Presentation p2 = new Presentation(fixture());
        TalkSession s2 = new TalkSession(p2, clock, PaceSettings.defaults(), store, false);
        PresentationSnapshot after = store.loadSnapshot(s2.deckId()).get().orElseThrow();
        assertEquals(before.slideId(), after.slideId());
        assertEquals(before.timer(), after.timer());
        s2.resume(after);
        assertEquals(new Position(2, 0), p2.position());
    }

    @Test
    void aFailingDiskIsReportedAndTheTalkGoesOn() throws Exception {
        Path notADirectory = Files.createFile(stateDir.resolve("file"));
        TalkSession broken = new TalkSession(new Presentation(fixture()), clock, PaceSettings.defaults(),
                new RunLogStore(notADirectory), false);
        broken.startOrTogglePause();
        FxRuntime.call(() -> null); // the problem is published on the JavaFX thread
        assertFalse(broken.problemProperty().get().isEmpty());
        assertEquals(TimerState.RUNNING, broken.timer().state());
    }

    @Test
    void finishingWritesTheRunAndForgetsTheLiveState() {
        presentation.next();
        at(Duration.ofMinutes(4));
        session.startOrTogglePause();
        at(Duration.ofMinutes(6));
        session.startOrTogglePause();
        goTo(6);
        at(Duration.ofMinutes(20));
        assertTrue(session.finish().isPresent());
        assertEquals(TimerState.FINISHED, session.timer().state());
        assertTrue(store.loadSnapshot(session.deckId()).get().isEmpty());
        RunListing runs = store.listRuns(session.deckId());
        assertEquals(1, runs.runs().size());
        RunLog run = runs.runs().get(0);
        assertTrue(run.isFinished());
        assertEquals(1, run.pauses().size());
        // 20 minutes of wall clock, 2 of them paused, all in apertura until c1 at 6:00 of wall time
        assertEquals(Duration.ofMinutes(4), run.sectionDurations().get("apertura"));
        assertEquals(Duration.ofMinutes(14), run.sectionDurations().get("cierre"));
    }

    @Test
    void resetDropsTheRunAndTheLiveState() {
        presentation.next();
        at(Duration.ofMinutes(4));
        session.reset();
        assertEquals(TimerState.NOT_STARTED, session.timer().state());
        assertNull(session.run());
        assertTrue(store.loadSnapshot(session.deckId()).get().isEmpty());
        assertEquals(PaceStatus.PRE_TALK, session.pace().status());
    }

    @Test
    void anUnresumedRunIsKeptAsAFinishedRun() throws Exception {
        presentation.next();
        at(Duration.ofMinutes(8));
        goTo(2);
        PresentationSnapshot snap = saved();
        assertTrue(TalkSession.archive(store, snap).isPresent());
        assertTrue(store.loadSnapshot(session.deckId()).get().isEmpty());
        RunLog kept = store.listRuns(session.deckId()).runs().get(0);
        assertEquals(T0.plus(Duration.ofMinutes(8)), kept.finishedAt());
    }

    @Test
    void lastMinutesAndOvertimeFollowTheSlot() {
        presentation.next();
        goTo(6);
        at(Duration.ofMinutes(26));
        assertEquals(PaceStatus.LAST_MINUTES, session.pace().status());
        at(Duration.ofMinutes(31));
        assertEquals(PaceStatus.OVERTIME, session.pace().status());
    }
}
