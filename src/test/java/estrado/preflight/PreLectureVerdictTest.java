package estrado.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Location;
import estrado.deck.Problem;
import estrado.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check a TA reads in five seconds (issue 12): a verdict first, the author's homework apart, nothing twice. */
class PreLectureVerdictTest {
    private static final Path BASE = Path.of("deck");

    private static Problem warning(String message) {
        return new Problem(Problem.Severity.WARNING, new Location(BASE.resolve("slides/s.yaml"), 3, 5), message);
    }

    @Test
    void aCleanDeckIsReadyToPresent() {
        List<CheckItem> items = PreLectureCheck.deck(List.of(), BASE);
        assertEquals(Messages.get("preflight.ready"), PreLectureCheck.verdict(items));
    }

    @Test
    void onlyWhatTheAudienceWouldSeeCountsTheHomeworkIsApartAndTheBudgetIsSaidOnce() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            problems.add(warning("la entrada «e" + i + "» del .bib no se cita en ninguna diapositiva"));
        }
        problems.add(warning(Messages.get("image.missing", "assets/falta.png")));
        problems.add(warning(Messages.get("render.overflow", "larga", "2.108", "888")));
        problems.add(warning(Messages.get("deck.budgetMismatch", 100, 90)));
        List<CheckItem> items = PreLectureCheck.deck(problems, BASE);
        assertEquals(6, items.stream().filter(i -> i.topic() == CheckItem.Topic.AUTHOR).count());
        assertEquals(2, items.stream().filter(i -> i.topic() == CheckItem.Topic.DECK).count(), items::toString);
        assertTrue(items.stream().noneMatch(i -> i.text().contains("100")), "the plan says the budget, not the deck");
        assertEquals(2, PreLectureCheck.toReview(items));
        assertEquals("2 cosas que revisar", PreLectureCheck.verdict(items));
    }

    @Test
    void errorsAreNamedInTheVerdict() {
        List<CheckItem> items = List.of(new CheckItem(CheckItem.Level.ERROR, CheckItem.Topic.DECK, "x"),
                new CheckItem(CheckItem.Level.WARNING, CheckItem.Topic.SCREENS, "una sola pantalla"));
        assertEquals("2 cosas que revisar, 1 error", PreLectureCheck.verdict(items));
    }

    @Test
    void thePlanLineAgreesInNumber() {
        assertEquals("Clase de 45 min: 1 sección, 13 diapositivas; la de respaldo no cuenta para el ritmo",
                Messages.get("preflight.plan", 45, 1, 13, 1));
        assertEquals("Clase de 90 min: 9 secciones, 1 diapositiva", Messages.get("preflight.plan", 90, 9, 1, 0));
    }
}
