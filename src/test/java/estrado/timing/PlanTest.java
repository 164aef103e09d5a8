package estrado.timing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanTest {

    private static Duration minutes(double m) {
        return Duration.ofMillis(Math.round(m * 60_000));
    }

    @Test
    void seedBudgetsAddUpTo100AndAreScaledTo90() {
        Plan plan = SeedPlan.plan();
        assertEquals(Duration.ofMinutes(100), plan.budgetSum());
        assertEquals(100.0, plan.budgetSumMinutes());
        assertTrue(plan.budgetsMismatch());
        assertEquals(0.9, plan.scale(), 1e-12);
        for (int k = 0; k < 9; k++) {
            assertEquals(minutes(SeedPlan.BUDGETS[k] * 0.9), plan.scaledBudget(k), "section " + (k + 1));
        }
        assertEquals(Duration.ofMinutes(90),
                plan.scaledBudgets().stream().reduce(Duration.ZERO, Duration::plus));
    }

    @Test
    void sectionSixStartsAt45MinutesAndAt1058WhenTheTalkStartsAt1013() {
        Plan plan = SeedPlan.plan();
        // (10 + 5 + 20 + 5 + 10) × 0.9 = 45
        assertEquals(Duration.ofMinutes(45), plan.sectionStart(5));
        List<ScheduledSection> schedule = plan.schedule(LocalTime.of(10, 13));
        ScheduledSection six = schedule.get(5);
        assertEquals("s6", six.id());
        assertEquals(45.0, six.startMinute());
        assertEquals(27.0, six.scaledMinutes());
        assertEquals(Duration.ofMinutes(30), six.budget());
        assertEquals(LocalTime.of(10, 58), six.startClock());
        assertEquals(LocalTime.of(10, 13), schedule.get(0).startClock());
        // section 9 starts at (100 - 5) × 0.9 = 85.5 min → 11:38:30
        assertEquals(LocalTime.of(11, 38, 30), schedule.get(8).startClock());
        assertNull(plan.schedule().get(5).startClock());
    }

    @Test
    void matchingBudgetsAreNotScaled() {
        Plan plan = Plan.of(15, List.of(
                new SectionBudget("a", "A", 5, List.of(SlideBudget.of("a1"))),
                new SectionBudget("b", "B", 10, List.of(SlideBudget.of("b1")))));
        assertFalse(plan.budgetsMismatch());
        assertEquals(1.0, plan.scale());
        assertEquals(Duration.ofMinutes(10), plan.scaledBudget(1));
    }

    @Test
    void expectedTimeAssumesTheMiddleOfTheCurrentSlide() {
        Plan plan = SeedPlan.plan();
        // first slide of the talk: section 1 is 9 min over 4 slides = 2.25 min each, half is 1.125
        assertEquals(minutes(1.125), plan.expectedElapsedAt(0));
        // first slide of section 6: 45 + (27 / 6) / 2 = 47.25
        int six = SeedPlan.firstSlide(5);
        assertEquals(minutes(47.25), plan.expectedElapsedAt(six));
        // third slide of section 6: 45 + 2 × 4.5 + 2.25 = 56.25
        assertEquals(minutes(56.25), plan.expectedElapsedAt(six + 2));
        // last slide of the talk: 90 - (4.5 / 2) / 2 = 88.875
        assertEquals(minutes(88.875), plan.expectedElapsedAt(plan.slideCount() - 1));
        assertEquals(5, plan.sectionOfSlide(six));
    }

    /** A 5-min section, then a 10-min one with an own budget, even shares and a backup slide; no scaling. */
    private static Plan mixedPlan(double slot) {
        return Plan.of(slot, List.of(
                new SectionBudget("a", "A", 5, List.of(SlideBudget.of("a1"))),
                new SectionBudget("b", "B", 10, List.of(
                        SlideBudget.of("b1", 1),
                        SlideBudget.of("b2"),
                        SlideBudget.of("b3"),
                        SlideBudget.backup("b-backup"),
                        SlideBudget.of("b4")))));
    }

    @Test
    void ownSlideBudgetsComeFirstAndTheRestIsSpreadOverCountedSlides() {
        Plan plan = mixedPlan(15);
        // section b: 10 min, b1 takes its own 1 min, the other 9 min go to b2, b3, b4: 3 min each
        assertEquals(minutes(1), plan.slideShare(1));
        assertEquals(minutes(3), plan.slideShare(2));
        assertEquals(minutes(3), plan.slideShare(3));
        assertEquals(Duration.ZERO, plan.slideShare(4));
        assertEquals(minutes(3), plan.slideShare(5));
        assertEquals(minutes(5 + 0.5), plan.expectedElapsedAt(1));
        assertEquals(minutes(5 + 1 + 1.5), plan.expectedElapsedAt(2));
        assertEquals(minutes(5 + 1 + 3 + 1.5), plan.expectedElapsedAt(3));
        assertEquals(minutes(5 + 1 + 3 + 3 + 1.5), plan.expectedElapsedAt(5));
    }

    @Test
    void uncountedSlidesStayAtThePreviousCountedPositionAndOutOfProgress() {
        Plan plan = mixedPlan(15);
        assertFalse(plan.isCounted(4));
        assertEquals(plan.expectedElapsedAt(3), plan.expectedElapsedAt(4));
        assertEquals(5, plan.countedSlideCount());
        assertEquals(4, plan.progressNumber(3));
        assertEquals(4, plan.progressNumber(4));
        assertEquals(5, plan.progressNumber(5));

        Plan backupFirst = Plan.of(10, List.of(new SectionBudget("a", "A", 10,
                List.of(SlideBudget.backup("x"), SlideBudget.of("a1")))));
        assertEquals(Duration.ZERO, backupFirst.expectedElapsedAt(0));
        assertEquals(0, backupFirst.progressNumber(0));
        assertEquals(minutes(5), backupFirst.expectedElapsedAt(1));
    }

    @Test
    void ownSlideBudgetsAreScaledLikeTheirSection() {
        // budgets add up to 15 for a 7.5-min slot: everything is halved
        Plan plan = mixedPlan(7.5);
        assertEquals(0.5, plan.scale(), 1e-12);
        assertEquals(minutes(2.5), plan.sectionStart(1));
        assertEquals(minutes(0.5), plan.slideShare(1));
        assertEquals(minutes(1.5), plan.slideShare(2));
        assertEquals(minutes(2.5 + 0.5 + 1.5 + 0.75), plan.expectedElapsedAt(3));
    }

    @Test
    void durationsLargerThanTheSectionAreShrunkToFitItAndASlideWithoutOneWeighsTheirMean() {
        Plan plan = Plan.of(4, List.of(new SectionBudget("a", "A", 4, List.of(
                SlideBudget.of("a1", 3), SlideBudget.of("a2", 5), SlideBudget.of("a3")))));
        // 3 + 5 already exceed the section's 4 min; a3 weighs their mean, 4: 3 : 5 : 4 of 4 min
        assertEquals(minutes(1), plan.slideShare(0));
        assertEquals(Duration.ofMillis(100_000), plan.slideShare(1));
        assertEquals(Duration.ofMillis(80_000), plan.slideShare(2));
        assertEquals(minutes(1 + 5.0 / 3 + 2.0 / 3), plan.expectedElapsedAt(2));
    }

    @Test
    void durationsThatLeaveTimeOverAreStretchedToFillTheSection() {
        Plan plan = Plan.of(10, List.of(new SectionBudget("a", "A", 10, List.of(
                SlideBudget.of("a1", 1), SlideBudget.backup("x"), SlideBudget.of("a2", 3)))));
        assertEquals(Duration.ofSeconds(150), plan.slideShare(0));
        assertEquals(Duration.ZERO, plan.slideShare(1));
        assertEquals(Duration.ofSeconds(450), plan.slideShare(2));
    }

    @Test
    void unevenSharesStillAddUpToTheSection() {
        // 20 min × 0.9 = 18 min over 7 slides: shares differ by at most a millisecond and sum exactly
        Plan plan = Plan.of(90, List.of(
                new SectionBudget("a", "A", 80, List.of(SlideBudget.of("a1"))),
                new SectionBudget("b", "B", 20, List.of(SlideBudget.of("b1"), SlideBudget.of("b2"),
                        SlideBudget.of("b3"), SlideBudget.of("b4"), SlideBudget.of("b5"), SlideBudget.of("b6"),
                        SlideBudget.of("b7")))));
        Duration sum = Duration.ZERO;
        for (int i = 1; i <= 7; i++) {
            sum = sum.plus(plan.slideShare(i));
            assertTrue(Math.abs(plan.slideShare(i).toMillis() - 18 * 60_000 / 7.0) <= 1);
        }
        assertEquals(Duration.ofMinutes(18), sum);
        assertEquals(1, plan.slideIndexOf("b1"));
        assertEquals(1, plan.sectionIndexOf("b"));
    }
}
