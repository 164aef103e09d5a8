package estrado.widgets.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.i18n.InLanguage;
import estrado.i18n.Messages;
import estrado.render.FxRuntime;
import estrado.widgets.CitationNumbers;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cost table writes its typed figures in the UI language and takes its marks from their kind. */
class CostTableWidgetViewTest {
    private static final Locale SPANISH = InLanguage.SPANISH;
    private static final int TOKENS = 2;
    private static final int COMPUTE = 3;
    private static final int COST = 5;

    @BeforeAll
    static void startFx() {
        FxRuntime.startHeadless();
    }

    private static <T> T in(Locale language, Supplier<T> what) {
        return InLanguage.call(language, what);
    }

    /** The table as first drawn (the lecture's order), or with one row chosen (−1: none). */
    private static Parent table(int selected) {
        CostTableWidget.Settings settings = new CostTableWidget.Settings("seed", false, true);
        CostTableWidget.State state = new CostTableWidget.State();
        state.load(settings);
        state.selected.set(selected);
        return (Parent) CostTableWidget.view(state, settings, CitationNumbers.local());
    }

    private static Label cell(Parent table, int row, int column) {
        GridPane grid = (GridPane) table.lookup(".w-table");
        for (Node box : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(box);
            Integer c = GridPane.getColumnIndex(box);
            if (r != null && r == row + 1 && c != null && c == column) {
                return (Label) ((Parent) box).getChildrenUnmodifiable().get(0);
            }
        }
        throw new AssertionError("no cell at row " + row + ", column " + column);
    }

    private static int rowOf(String model) {
        List<TrainingCost.Row> rows = TrainingCost.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).model().equals(model)) {
                return i;
            }
        }
        throw new AssertionError(model);
    }

    @Test
    void aFigureIsWrittenInTheUiLanguage() {
        Figure hours = Figure.of(3.25e6, Unit.GPU_HOURS, "k");
        Figure gpus = Figure.of(2048, Unit.GPUS, "k");
        assertEquals("3,25 M", in(SPANISH, () -> CostWidgetText.value(hours)));
        assertEquals("3.25 M", in(Locale.ENGLISH, () -> CostWidgetText.value(hours)));
        assertEquals("2.048 H800", in(SPANISH, () -> CostWidgetText.withUnit(gpus, "H800")));
        assertEquals("2,048 H800", in(Locale.ENGLISH, () -> CostWidgetText.withUnit(gpus, "H800")));
        Figure upTo = Figure.of(18e12, Unit.TOKENS, "k").withBound(Figure.Bound.UP_TO);
        assertEquals("hasta 18 T", in(SPANISH, () -> CostWidgetText.value(upTo)));
        assertEquals("up to 18 T", in(Locale.ENGLISH, () -> CostWidgetText.value(upTo)));
    }

    @Test
    void llamasGpuHoursCellComesFromItsFigure() {
        int llama = rowOf("Llama 3.3 70B");
        Figure hours = (Figure) TrainingCost.rows().get(llama).compute();
        assertEquals(7.0e6, hours.value(), 0);
        assertEquals(Unit.GPU_HOURS, hours.unit());
        assertEquals("7,0 M", in(SPANISH, () -> cell(table(-1), llama, COMPUTE).getText()));
        assertEquals("7.0 M", in(Locale.ENGLISH, () -> cell(table(-1), llama, COMPUTE).getText()));
    }

    /** A cell nobody published is set apart and carries no star; a caveated figure is starred; the rest plain. */
    @Test
    void marksFollowTheEntrysKind() {
        for (Locale language : List.of(SPANISH, Locale.ENGLISH)) {
            Parent table = in(language, () -> table(-1));
            int missing = 0;
            int starred = 0;
            for (int i = 0; i < TrainingCost.rows().size(); i++) {
                TrainingCost.Row r = TrainingCost.rows().get(i);
                List<Entry> entries = List.of(r.tokens(), r.compute(), r.cost());
                List<Integer> columns = List.of(TOKENS, COMPUTE, COST);
                for (int k = 0; k < entries.size(); k++) {
                    Entry e = entries.get(k);
                    Label l = cell(table, i, columns.get(k));
                    String where = language + " " + r.model() + " column " + columns.get(k) + ": " + l.getText();
                    boolean setApart = l.getStyleClass().contains("w-unpublished");
                    boolean star = l.getText().endsWith("*");
                    if (e == Missing.NOT_PUBLIC) {
                        missing++;
                        assertTrue(setApart && !star, where);
                        assertEquals(in(language, () -> Messages.get("widget.cost.unpublished")), l.getText(), where);
                    } else {
                        assertFalse(setApart, where);
                        boolean caveat = e instanceof Figure f && f.hasCaveat();
                        starred += caveat ? 1 : 0;
                        assertEquals(caveat, star, where);
                    }
                }
            }
            // the data has both kinds, so neither branch above is left untried
            assertTrue(missing > 0 && starred > 0, missing + " missing, " + starred + " starred");
        }
    }

    /** English shows no Spanish: every cell, header and note, with each row chosen in turn. */
    @Test
    void englishTableHasNoSpanishLeft() {
        List<String> spanish = List.of("publicado", "según", "preentrenamiento", "horas", "años", "hasta", "costo",
                "corrida", "solo", "dice", "flujo", "días", "activos", "memoria", "estimación", "nube");
        for (int selected = -1; selected < TrainingCost.rows().size(); selected++) {
            int chosen = selected;
            String texts = in(Locale.ENGLISH, () -> String.join("\n", table(chosen).lookupAll(".label").stream()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()) + "\n"
                    + String.join("\n", table(chosen).lookupAll(".button").stream()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()));
            for (String word : spanish) {
                assertFalse(texts.toLowerCase(Locale.ROOT).contains(word), "row " + chosen + " says «" + word + "»: " + texts);
            }
        }
    }

    @Test
    void aChosenRowsNoteSaysEachCaveatWithItsFigure() {
        int olmo = rowOf("OLMo 3 32B");
        String note = in(SPANISH, () -> CostTableWidget.rowNote(TrainingCost.rows().get(olmo)));
        assertEquals("OLMo 3 32B: US$ 2,75 M = flujo completo (≈56 días en 1.024 H100 a US$ 2 la hora)"
                + " · 1,05 M GPU-horas (solo el preentrenamiento del 32B, dicho por el equipo)"
                + " · 5,9 T tokens (preentrenamiento)", note);
        String english = in(Locale.ENGLISH, () -> CostTableWidget.rowNote(TrainingCost.rows().get(olmo)));
        assertTrue(english.contains("1.05 M GPU-hours (pre-training of the 32B only"), english);
        assertTrue(english.contains("US$ 2.75 M"), english);
    }
}
