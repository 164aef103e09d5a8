package estrado.timing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RehearsalReportTest {

    private static final Instant T0 = TalkTimerTest.T0;

    /** A finished run of {@code plan} spending the given whole minutes in each section, one slide each. */
    private static RunLog runWith(Plan plan, String id, int... minutes) {
        RunLog run = RunLog.start(id, "deck", "Clase 2", RunLog.sectionsOf(plan), T0);
        Instant t = T0;
        for (int k = 0; k < minutes.length; k++) {
            SectionBudget s = plan.sections().get(k);
            run = run.enter(s.slides().get(0).slideId(), null, s.id(), t);
            t = t.plusSeconds(minutes[k] * 60L);
        }
        return run.finish(t);
    }

    @Test
    void onlyRunsOfAtLeastHalfTheSlotAreCompared() {
        Plan plan = SeedPlan.plan();
        RunLog full = runWith(plan, "full", 10, 5, 20, 5, 10, 30, 5, 10, 5);
        RunLog half = runWith(plan, "half", 10, 5, 20, 5, 5);      // 45 of 90 minutes
        RunLog falseStart = runWith(plan, "short", 10, 5, 20, 5, 4); // 44 minutes
        RunLog open = RunLog.start("open", "deck", "Clase 2", RunLog.sectionsOf(plan), T0);
        assertEquals(List.of(full, half), RehearsalReport.substantial(plan, List.of(full, half, falseStart, open)));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(Duration.ofMinutes(2), RehearsalReport.median(
                List.of(Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ofMinutes(2))));
        assertEquals(Duration.ofSeconds(150), RehearsalReport.median(
                List.of(Duration.ofMinutes(4), Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(2))));
        assertNull(RehearsalReport.median(List.of()));
    }

    @Test
    void largestRemainderAddsUpExactly() {
        // seed budgets into 90: quotas 9, 4.5, 18, 4.5, 9, 27, 4.5, 9, 4.5 → floors sum 88;
        // the two spare minutes go to the earliest of the tied .5 remainders (sections 2 and 4)
        List<Double> seed = List.of(10.0, 5.0, 20.0, 5.0, 10.0, 30.0, 5.0, 10.0, 5.0);
        assertArrayEquals(new int[]{9, 5, 18, 5, 9, 27, 4, 9, 4}, Apportion.largestRemainder(seed, 90));
        assertArrayEquals(new int[]{4, 3, 3}, Apportion.largestRemainder(List.of(0.0, 0.0, 0.0), 10));
        assertArrayEquals(new int[]{}, Apportion.largestRemainder(List.of(), 90));
    }

    @Test
    void comparesBudgetsWithMediansAndSuggestsAPlanThatFitsTheSlot() {
        Plan plan = Plan.of(60, List.of(
                new SectionBudget("a", "A", 10, List.of(SlideBudget.of("a1"))),
                new SectionBudget("b", "B", 20, List.of(SlideBudget.of("b1"))),
                new SectionBudget("c", "C", 30, List.of(SlideBudget.of("c1")))));
        List<RunLog> runs = new ArrayList<>(List.of(
                runWith(plan, "r1", 12, 20, 31),
                runWith(plan, "r2", 14, 18, 35),
                runWith(plan, "r3", 13, 25, 33)));
        // an abandoned rehearsal is left out
        runs.add(RunLog.start("r4", "deck", "", RunLog.sectionsOf(plan), T0).enter("a1", null, "a", T0));

        RehearsalReport report = RehearsalReport.compare(plan, runs);
        assertEquals(3, report.runsCompared());
        assertEquals(Duration.ofMinutes(13), report.sections().get(0).medianActual());
        assertEquals(Duration.ofMinutes(20), report.sections().get(1).medianActual());
        assertEquals(Duration.ofMinutes(33), report.sections().get(2).medianActual());
        assertEquals(Duration.ofMinutes(3), report.sections().get(2).overrun().orElseThrow());
        assertEquals(3, report.sections().get(0).runsCounted());
        // medians 13 + 20 + 33 = 66 → × 60/66 = 11.82, 18.18, 30.00 → floors 11, 18, 30 (59); +1 to the .82
        assertEquals(List.of(12, 18, 30),
                report.sections().stream().map(SectionComparison::suggestedMinutes).toList());
        assertEquals(60, report.suggestedTotalMinutes());
    }

    @Test
    void seedRehearsalsAreRebudgetedToExactly90Minutes() {
        Plan plan = SeedPlan.plan();
        List<RunLog> runs = List.of(
                runWith(plan, "r1", 12, 5, 22, 4, 10, 33, 5, 9, 5),
                runWith(plan, "r2", 11, 6, 25, 5, 9, 35, 4, 10, 6),
                runWith(plan, "r3", 13, 5, 21, 6, 11, 31, 6, 8, 4));
        RehearsalReport report = RehearsalReport.compare(plan, runs);
        // medians 12, 5, 22, 5, 10, 33, 5, 9, 5 (sum 106) × 90/106; floors sum 87, the 3 spare minutes go to the
        // largest remainders: Hardware (.68), Deployment (.64), Ciclo (.49)
        assertEquals(List.of(10, 4, 19, 4, 9, 28, 4, 8, 4),
                report.sections().stream().map(SectionComparison::suggestedMinutes).toList());
        assertEquals(90, report.suggestedTotalMinutes());
        assertEquals(Duration.ofMinutes(27), report.sections().get(5).scaledBudget());
        assertEquals(Duration.ofMinutes(30), report.sections().get(5).budget());
    }

    @Test
    void pausesAreNotChargedToASectionAndMissingSectionsKeepTheirBudget() {
        Plan plan = Plan.of(30, List.of(
                new SectionBudget("a", "A", 10, List.of(SlideBudget.of("a1"))),
                new SectionBudget("new", "Nueva", 20, List.of(SlideBudget.of("n1")))));
        // an older run that only knew section a: 15 min on the wall clock, 5 of them paused
        RunLog old = RunLog.start("r1", "deck", "", List.of(new RunSection("a", "A", 10)), T0)
                .enter("a1", null, "a", T0)
                .withPauses(List.of(new Pause(T0.plusSeconds(300), T0.plusSeconds(600))))
                .finish(T0.plusSeconds(900));
        RehearsalReport report = RehearsalReport.compare(plan, List.of(old));
        assertEquals(Duration.ofMinutes(10), report.sections().get(0).medianActual());
        assertNull(report.sections().get(1).medianActual());
        assertEquals(0, report.sections().get(1).runsCounted());
        // weights: a's median 10, the new section's budget 20 → exactly 10 + 20
        assertEquals(List.of(10, 20),
                report.sections().stream().map(SectionComparison::suggestedMinutes).toList());
    }
}
