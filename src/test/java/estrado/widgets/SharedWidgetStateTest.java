package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.present.keys.Keys;
import estrado.present.talk.Presentation;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import estrado.widgets.lora.LoraMath;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.model.Precision;
import estrado.widgets.vram.Optimizer;
import estrado.widgets.vram.TrainingMode;
import estrado.widgets.vram.VramEstimator;
import estrado.widgets.vram.VramInputs;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One state, many views: two views of the same presentation (audience and presenter window) show
 * the same widget values, keep them across slide changes, and reset together; exports draw defaults.
 */
class SharedWidgetStateTest {

    @BeforeAll
    static void startFx() {
        FxRuntime.startHeadless();
    }

    /** Two live views of one presentation, as the two windows hold them. */
    private record Talk(SlideContext deck, Presentation presentation, SlideView audience, SlideView presenter) {
        void show(String slideId) {
            List<Slide> slides = deck.slides();
            for (int i = 0; i < slides.size(); i++) {
                if (slides.get(i).id().equals(slideId)) {
                    presentation.goTo(i + 1);
                    return;
                }
            }
            throw new AssertionError(slideId);
        }
    }

    private static Talk talk() {
        OpenedDeck opened = WidgetFixtures.open(WidgetFixtures.GOOD);
        SlideContext ctx = opened.context().orElseThrow();
        Presentation p = new Presentation(ctx);
        SlideView audience = new SlideView(p);
        SlideView presenter = new SlideView(p);
        new Scene(audience, 960, 540);
        new Scene(presenter, 640, 360);
        return new Talk(ctx, p, audience, presenter);
    }

    private static <T extends Node> T find(SlideView view, String selector, Class<T> type) {
        Parent root = view.shown().root();
        root.applyCss();
        root.layout();
        Node n = root.lookup(selector);
        assertTrue(type.isInstance(n), selector + " not found");
        return type.cast(n);
    }

    private static String reduction(int rank) {
        return Numbers.factor(LoraMath.count(4096, 4096, rank).reduction());
    }

    @Test
    void movingTheRankSliderInOneViewMovesTheOther() {
        FxRuntime.call(() -> {
            Talk t = talk();
            t.show("lora-rango");
            Slider a = find(t.audience(), ".widget-lora-rank .w-slider", Slider.class);
            Slider b = find(t.presenter(), ".widget-lora-rank .w-slider", Slider.class);
            assertNotSame(a, b);
            assertEquals(reduction(16), find(t.presenter(), ".w-reduction", Label.class).getText());

            a.increment(); // what the arrow key and a drag by one notch do: r 16 → 32
            assertEquals(a.getValue(), b.getValue());
            assertEquals(reduction(32), find(t.presenter(), ".w-reduction", Label.class).getText());
            assertEquals(reduction(32), find(t.audience(), ".w-reduction", Label.class).getText());

            b.increment(); // and the other way round: r 32 → 64
            assertEquals(b.getValue(), a.getValue());
            assertEquals(reduction(64), find(t.audience(), ".w-reduction", Label.class).getText());
            // one state for the slide's one widget, shared by both views (plus the first slide's, shown at start)
            assertTrue(t.presentation().widgetStates().get(new WidgetStates.Key("lora-rango", 0)).isPresent());
            assertEquals(2, t.presentation().widgetStates().size());
            return null;
        });
    }

    @Test
    void theValuesSurviveLeavingAndComingBackToTheSlide() {
        FxRuntime.call(() -> {
            Talk t = talk();
            t.show("lora-rango");
            Node before = t.audience().shown().root();
            find(t.audience(), ".w-slider", Slider.class).increment();
            t.show("costos");
            t.show("lora-rango");
            assertNotSame(before, t.audience().shown().root(), "a new view, built again");
            assertEquals(reduction(32), find(t.audience(), ".w-reduction", Label.class).getText());
            assertEquals(reduction(32), find(t.presenter(), ".w-reduction", Label.class).getText());
            return null;
        });
    }

    @Test
    void theResetKeyAndTheResetButtonGoBackToTheDecksValues() {
        FxRuntime.call(() -> {
            Talk t = talk();
            t.show("lora-rango");
            Slider a = find(t.audience(), ".w-slider", Slider.class);
            double deckValue = a.getValue();
            a.increment();
            a.increment();
            Keys keys = new Keys();
            assertSame(Keys.Action.RESET_WIDGETS, keys.pressed(KeyCode.R, "r", false, false));
            assertTrue(keys.apply(Keys.Action.RESET_WIDGETS, t.presentation()));
            assertEquals(deckValue, a.getValue());
            assertEquals(deckValue, find(t.presenter(), ".w-slider", Slider.class).getValue());
            assertEquals(reduction(16), find(t.presenter(), ".w-reduction", Label.class).getText());

            a.increment();
            find(t.presenter(), ".w-reset", Button.class).fire();
            assertEquals(deckValue, a.getValue());
            assertEquals(reduction(16), find(t.audience(), ".w-reduction", Label.class).getText());
            return null;
        });
    }

    @Test
    void aVramSliderRecomputesTheBreakdownInBothViews() {
        FxRuntime.call(() -> {
            Talk t = talk();
            t.show("vram-detallado");
            Slider batch = find(t.audience(), ".w-control-batch .w-slider", Slider.class);
            batch.increment(); // batch 1 → 2
            VramInputs in = VramInputs.builder(ModelPresets.LLAMA3_8B).mode(TrainingMode.FULL)
                    .precision(Precision.BF16).optimizer(Optimizer.ADAM).batch(2).build();
            String expected = Numbers.gb(VramEstimator.estimate(in).totalGb());
            assertEquals(expected, find(t.presenter(), ".w-detailed .w-big-number", Label.class).getText());
            assertEquals(expected, find(t.audience(), ".w-detailed .w-big-number", Label.class).getText());
            return null;
        });
    }

    @Test
    void exportsAndChecksDrawTheDecksDefaultsWhateverTheTalkDid() {
        FxRuntime.call(() -> {
            Talk t = talk();
            t.show("lora-rango");
            find(t.audience(), ".w-slider", Slider.class).increment();
            // export and check build their renderer from the opened deck, never from a presentation
            SlideRenderer export = new SlideRenderer(WidgetFixtures.open(WidgetFixtures.GOOD).context().orElseThrow());
            Slide lora = t.deck().slides().stream().filter(s -> s.id().equals("lora-rango")).findFirst().orElseThrow();
            Parent root = export.render(lora, 0).root();
            new Scene(new javafx.scene.Group(root));
            root.applyCss();
            root.layout();
            assertEquals(reduction(16), ((Label) root.lookup(".w-reduction")).getText());
            return null;
        });
    }
}
