package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.SectionBar;
import estrado.render.FxRuntime;
import estrado.timing.PaceSettings;
import estrado.timing.RunLogStore;
import estrado.timing.SlotEnd;
import estrado.timing.TimerState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pacing follows the real slot (issue 12), on the fixture deck (budgets 8 + 24 + 8 = 40 min, a 30-minute class;
 * slides 0 portada, 1 a1, 2 b1, 3 b2, 4 b3, 5 backup, 6 c1): a 10:00–10:30 class that starts 7 minutes late, or
 * from b1 where the last class ended, is paced against the time actually left, not against minute 0.
 */
class SlotPacingTest {
    private static final Instant T0 = Instant.parse("2025-05-06T10:00:00Z");

    @TempDir
    Path stateDir;
    private MutableClock clock;
    private Presentation presentation;
    private TalkSession session;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @BeforeEach
    void setUp() throws Exception {
        clock = new MutableClock(T0, ZoneId.of("UTC"));
        presentation = new Presentation(TalkSessionTest.fixture());
        session = new TalkSession(presentation, clock, PaceSettings.defaults(), new RunLogStore(stateDir), false);
    }

    @Test
    void aLateStartScalesTheWholePlanIntoTheMinutesLeftAndSaysSoOnce() {
        session.setSlotEnd(SlotEnd.parse("10:30").orElseThrow());
        clock.set(T0.plus(Duration.ofMinutes(7)));
        presentation.next(); // the first advance starts the clock, 7 minutes late
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(23.0, session.plan().durationMinutes(), 1e-9);
        assertEquals(Duration.ofMinutes(23), session.pace().remaining());
        // mid-slide on a1 of a 23-minute plan: the deck's own expectation there, scaled by 23/30, not 7 min behind
        double full = estrado.plan.DeckPlan.of(presentation.deckProperty().get().deck()).expectedElapsedAt(1).toMillis();
        assertEquals(full * 23 / 30, session.pace().expected().toMillis(), 5);
        assertEquals(session.pace().expected().negated(), session.pace().delta());
        assertTrue(session.slotNoticeProperty().get().contains("10:30"), session.slotNoticeProperty().get());
        assertEquals("10:30", session.run().slot().end());
        assertEquals(23.0, session.run().slot().minutesLeft(), 1e-9);
        assertEquals(40.0, session.run().slot().planMinutes(), 1e-9);
        // the plan is fixed at the start: later ticks do not shrink it again
        clock.set(T0.plus(Duration.ofMinutes(12)));
        session.tick();
        assertEquals(23.0, session.plan().durationMinutes(), 1e-9);
    }

    @Test
    void startingFromALaterSlideGivesTheRestOfThePlanTheWholeSlot() {
        assertTrue(session.startFrom(2));
        assertEquals(new Position(2, 0), presentation.position());
        assertEquals(TimerState.NOT_STARTED, session.timer().state(), "the clock waits for T or the next advance");
        assertEquals(2, session.fromSlide());
        assertEquals(32.0, session.plan().budgetSumMinutes(), 1e-9, "bloque 24 + cierre 8");
        presentation.next(); // b1 → b2: starts the clock
        assertEquals(TimerState.RUNNING, session.timer().state());
        assertEquals(30.0, session.plan().durationMinutes(), 1e-9);
        assertEquals("b1", session.run().slot().fromSlideId());
        assertNull(session.run().slot().end());
        // expected at b2: b1's share and half of b2's, nothing for apertura, which this class skips
        var plan = session.plan();
        assertEquals(plan.slideShare(2).toMillis() + plan.slideShare(3).toMillis() / 2.0,
                session.pace().expected().toMillis(), 2);
        assertEquals(Duration.ZERO, plan.expectedElapsedAt(1));
        assertFalse(session.startFrom(4), "once the clock runs, the start is history");
    }

    @Test
    void theRunFileKeepsHowThePlanWasFitted() throws Exception {
        session.setSlotEnd(SlotEnd.parse("10:30").orElseThrow());
        session.startFrom(2);
        clock.set(T0.plus(Duration.ofMinutes(5)));
        session.start();
        clock.set(T0.plus(Duration.ofMinutes(9)));
        Path file = session.finish().orElseThrow();
        var runs = new RunLogStore(stateDir).listRuns(session.deckId()).runs();
        assertEquals(1, runs.size(), file.toString());
        assertEquals("b1", runs.get(0).slot().fromSlideId());
        assertEquals("10:30", runs.get(0).slot().end());
        assertEquals(25.0, runs.get(0).slot().minutesLeft(), 1e-9);
    }

    /** Back into apertura, which this class skipped by starting from b1: "omitida", never "excedida". */
    @Test
    void goingBackIntoASkippedSectionShowsItSkippedNotOverItsBudget() {
        session.startFrom(2);
        presentation.next(); // b1 → b2: the clock starts
        clock.set(T0.plus(Duration.ofMinutes(4)));
        presentation.goTo(new Position(1, 0)); // a1, in apertura
        clock.set(T0.plus(Duration.ofMinutes(6)));
        session.tick();
        var pace = session.pace();
        assertTrue(pace.sectionSkipped());
        assertFalse(pace.sectionOverrun());
        assertEquals(Duration.ofMinutes(2), pace.delta(), "the two minutes spent off the plan");
        SectionBar bar = FxRuntime.call(() -> new SectionBar(session)); // it reads the session's pace and plan
        assertEquals("02:00", bar.timeText());
        assertEquals(estrado.i18n.Messages.get("section.skipped"), bar.leftText());
        assertFalse(bar.leftText().contains("excedida"));
        assertEquals(0.0, bar.progress());
    }
}
