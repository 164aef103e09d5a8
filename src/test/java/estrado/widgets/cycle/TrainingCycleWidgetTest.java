package estrado.widgets.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.i18n.InLanguage;
import estrado.render.FxRuntime;
import estrado.widgets.CitationNumbers;
import estrado.widgets.cost.TrainingCost;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training cycle: figures with their marker, qualitative phrases without one, in the UI language. */
class TrainingCycleWidgetTest {
    @BeforeAll
    static void startFx() {
        FxRuntime.startHeadless();
    }

    private static Parent cycle(Locale language) {
        return InLanguage.call(language, () -> {
            TrainingCycleWidget.Settings settings = new TrainingCycleWidget.Settings(0);
            TrainingCycleWidget.State state = new TrainingCycleWidget.State();
            state.load(settings);
            return (Parent) TrainingCycleWidget.view(state, settings, CitationNumbers.local());
        });
    }

    private static List<String> texts(Parent root, String selector) {
        return root.lookupAll(selector).stream().map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void qualitativeCellsGetNoFigureMark() {
        long qualitative = TrainingCost.phases().stream().flatMap(p -> p.cells().stream())
                .filter(c -> c.kind() == TrainingCost.Cell.Kind.QUALITATIVE).count();
        long figures = TrainingCost.phases().stream().mapToLong(p -> p.cells().size()).sum() - qualitative;
        for (Locale language : List.of(InLanguage.SPANISH, Locale.ENGLISH)) {
            Parent root = cycle(language);
            List<String> plain = texts(root, ".w-cell-qualitative");
            List<String> cited = texts(root, ".w-cell-figure");
            assertEquals(qualitative, plain.size(), plain::toString);
            assertEquals(figures, cited.size(), cited::toString);
            plain.forEach(t -> assertFalse(t.contains("["), language + ": a phrase without a figure got a marker: " + t));
            cited.forEach(t -> assertTrue(t.matches(".+ \\[[0-9,]+\\]"), language + ": a figure without its marker: " + t));
        }
    }

    @Test
    void figuresAreWrittenInTheUiLanguage() {
        List<String> spanish = texts(cycle(InLanguage.SPANISH), ".w-cell-figure");
        List<String> english = texts(cycle(Locale.ENGLISH), ".w-cell-figure");
        assertTrue(spanish.get(0).startsWith("5,9 T (OLMo 3) a 15 T+ tokens"), spanish.get(0));
        assertTrue(english.get(0).startsWith("5.9 T (OLMo 3) to 15 T+ tokens"), english.get(0));
        assertTrue(spanish.get(1).startsWith("1,05 M "), spanish.get(1));
        assertTrue(english.get(1).startsWith("1.05 M "), english.get(1));
        assertTrue(english.get(2).contains("US$ 5.576 M"), english.get(2));
    }

    @Test
    void englishCycleHasNoSpanishLeft() {
        Parent root = cycle(Locale.ENGLISH);
        String all = String.join("\n", texts(root, ".label")) + "\n" + String.join("\n", texts(root, ".button"));
        for (String word : List.of("preentrenamiento", "ajuste", "alineación", "millones", "corrida", "tasas",
                "barrido", "accesible", "laboratorios", "ejemplos", "respuesta", "comparaciones", "mucho", "datos")) {
            assertFalse(all.toLowerCase(Locale.ROOT).contains(word), "«" + word + "» in: " + all);
        }
        assertTrue(root.lookupAll(".label").stream().map(n -> ((Label) n).getText()).anyMatch(t -> t.contains("sweep")));
    }
}
