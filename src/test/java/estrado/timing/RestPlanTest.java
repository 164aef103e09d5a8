package estrado.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rest of the seed plan (issue 12): a class that starts late, or from the section where the last one ended,
 * fits what is left of the plan into the time actually left, and the pace starts at zero there.
 */
class RestPlanTest {

    private static Duration total(Plan plan) {
        return plan.scaledBudgets().stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Test
    void aLateStartFitsTheWholePlanIntoTheMinutesLeft() {
        Plan rest = SeedPlan.plan().rest(0, 83);
        assertFalse(rest.isRest(), "from the first slide it is the whole plan");
        assertEquals(Duration.ofMinutes(83), total(rest));
        assertEquals(83.0 / 100, rest.scale(), 1e-12);
        assertEquals(Duration.ofMillis(Math.round(30 * 0.83 * 60_000)), rest.scaledBudget(5));
    }

    @Test
    void fromSectionFourTheLaterSectionsShareTheSlot() {
        int from = SeedPlan.firstSlide(3);
        Plan rest = SeedPlan.plan().rest(from, 90);
        assertTrue(rest.isRest());
        assertEquals(from, rest.firstSlide());
        // sections 4..9 budget 5 + 10 + 30 + 5 + 10 + 5 = 65 min, scaled into 90
        assertEquals(Duration.ofMinutes(65), rest.budgetSum());
        assertEquals(90.0 / 65, rest.scale(), 1e-12);
        assertEquals(Duration.ofMinutes(90), total(rest));
        for (int k = 0; k < 3; k++) {
            assertEquals(Duration.ZERO, rest.scaledBudget(k), "skipped section " + (k + 1));
        }
        // the pace starts at zero on the first slide: half of its own share in
        assertEquals(rest.slideShare(from).toMillis() / 2, rest.expectedElapsedAt(from).toMillis());
        assertEquals(Duration.ZERO, rest.expectedElapsedAt(from - 1));
        assertEquals(Duration.ZERO, rest.sectionStart(3));
    }

    @Test
    void fromTheMiddleOfASectionOnlyItsRemainingSlidesKeepTheirPart() {
        // section 6 (index 5): 6 slides, 30 min; starting at its 3rd slide leaves 4 of 6 slides = 20 min
        int from = SeedPlan.firstSlide(5) + 2;
        Plan rest = SeedPlan.plan().rest(from, 41);
        assertEquals(Duration.ofMinutes(20), rest.budget(5));
        assertEquals(Duration.ofMinutes(20 + 5 + 10 + 5), rest.budgetSum());
        assertEquals(Duration.ofMinutes(41), total(rest));
        assertEquals(Duration.ZERO, rest.slideShare(from - 1));
        Duration share = rest.slideShare(from);
        for (int i = from; i < from + 4; i++) {
            assertEquals(share.toMillis(), rest.slideShare(i).toMillis(), 1, "even shares, slide " + i);
        }
        assertEquals(rest.scaledBudget(5).toMillis(), share.toMillis() * 4, 2);
        // sections after it start where the rest of section 6 ends
        assertEquals(rest.scaledBudget(5), rest.sectionStart(6));
    }

    /**
     * Going back into a section the class skipped (a question about section 2 in a class that started at section
     * 4): it is shown as skipped, never as over a budget of 0, and the time spent there is taken from the rest of
     * the plan: the pace shows it as the delta there, and still holds it back on the planned slide.
     */
    @Test
    void timeInASkippedSectionIsOffThePlanNeverOverItsBudgetAndComesOutOfTheRest() {
        int from = SeedPlan.firstSlide(3);
        Plan rest = SeedPlan.plan().rest(from, 90);
        PaceTracker tracker = new PaceTracker(rest);
        int later = from + 3;
        int back = SeedPlan.firstSlide(1) + 1;
        assertTrue(rest.isSkipped(back));
        assertFalse(rest.isSkipped(from) || rest.isSkipped(later));

        // on plan at 10 min, then 3 min on a slide of section 2
        Duration atLeave = Duration.ofMinutes(10);
        Pace onPlan = tracker.pace(later, atLeave, atLeave, null);
        assertFalse(onPlan.sectionSkipped());
        Pace away = tracker.pace(back, atLeave.plus(Duration.ofMinutes(3)), Duration.ofMinutes(3), null);
        assertTrue(away.sectionSkipped());
        assertEquals(1, away.sectionIndex());
        assertEquals(Duration.ZERO, away.sectionBudget());
        assertFalse(away.sectionOverrun(), "a skipped section has no budget to exceed");
        assertFalse(away.sectionEndingSoon());
        assertEquals(Duration.ofMinutes(3), away.delta(), "the time off the plan");
        assertEquals(PaceStatus.BEHIND, away.status());
        assertEquals(Duration.ofMinutes(93), away.projectedLength());

        // back on the slide it left: the 3 minutes are still there
        Pace again = tracker.pace(later, atLeave.plus(Duration.ofMinutes(3)), atLeave, null);
        assertEquals(onPlan.delta().plus(Duration.ofMinutes(3)), again.delta());
        assertFalse(again.sectionSkipped());
    }

    @Test
    void theEarlierSlidesOfTheSectionThePlanStartsInAreNotSkipped() {
        int from = SeedPlan.firstSlide(5) + 2;
        Plan rest = SeedPlan.plan().rest(from, 41);
        assertFalse(rest.isSkipped(from - 1));
        assertTrue(rest.isSkipped(from - 3));
        assertFalse(SeedPlan.plan().isSkipped(0));
    }
}
