package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.cli.CheckCommand;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.render.FxRuntime;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.SimpleVram;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The widget slides draw, fit on the canvas, and show the calculators' numbers. */
class WidgetViewsTest {

    @BeforeAll
    static void startFx() {
        FxRuntime.startHeadless();
    }

    @Test
    void everyWidgetSlideOfTheFixtureRendersWithoutOverflow() {
        CheckCommand.Report r = CheckCommand.inspect(WidgetFixtures.GOOD, WidgetFixtures.views(), true);
        assertEquals(List.of(), r.problems().stream().map(Problem::message).toList());
    }

    private static Parent render(String slideId) {
        SlideContext ctx = WidgetFixtures.open(WidgetFixtures.GOOD).context().orElseThrow();
        Slide slide = ctx.slides().stream().filter(s -> s.id().equals(slideId)).findFirst().orElseThrow();
        return FxRuntime.call(() -> {
            Parent root = new SlideRenderer(ctx).render(slide, 0).root();
            new Scene(new Group(root));
            root.applyCss();
            root.layout();
            return root;
        });
    }

    @Test
    void simpleViewShowsTheLecturesFormula() {
        Parent root = render("vram-simple");
        Label big = (Label) root.lookup(".w-simple .w-big-number");
        assertEquals(Numbers.gb(SimpleVram.gb(ModelPresets.LLAMA3_8B, Precision.FP16)), big.getText());
    }

    @Test
    void quantizationBarsAreTheSeedsLlama8bSteps() {
        Parent root = render("cuantizacion");
        List<String> values = root.lookupAll(".w-column-value").stream().map(n -> ((Label) n).getText()).toList();
        List<String> expected = List.of(Precision.values()).stream()
                .map(p -> Numbers.gb(SimpleVram.gb(8e9, p))).toList();
        assertEquals(expected, values);
    }

    @Test
    void costTableCitesEveryRowsKeysInTheSlidesFoot() {
        Parent root = render("costos");
        long rows = estrado.widgets.cost.TrainingCost.rows().size();
        List<String> markers = root.lookupAll(".w-cite").stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(rows, markers.size());
        long keys = estrado.widgets.cost.TrainingCost.rows().stream().flatMap(r -> r.sourceKeys().stream())
                .distinct().count();
        // issue 14: the foot never takes more than three lines; a table citing twelve works names the first two and
        // sends the rest, by number, to the reference pages
        List<String> foot = root.lookupAll(".cite-line").stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(keys > 3, "the table cites more works than the foot shows: " + keys);
        assertEquals(3, foot.size(), foot::toString);
        assertTrue(foot.get(0).startsWith("[1] ") && foot.get(1).startsWith("[2] "), foot::toString);
        assertEquals("[3–" + keys + "] ver Referencias al final", foot.get(2));
        assertTrue(markers.get(0).startsWith("[1"), markers.get(0));
        int highest = markers.stream().flatMap(m -> java.util.Arrays.stream(m.replaceAll("[\\[\\]\\s]", "").split("[,–-]")))
                .mapToInt(Integer::parseInt).max().orElseThrow();
        assertEquals(keys, highest, "every work the table cites has a number the foot names: " + markers);
    }
}
