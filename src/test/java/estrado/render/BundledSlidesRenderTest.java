package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every slide of the bundled deck, drawn headless at 1920×1080: nothing may overflow. */
class BundledSlidesRenderTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    static SlideRenderer renderer(Path deck) {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        assertTrue(opened.context().isPresent(), () -> "deck did not open: " + opened.problems());
        return FxRuntime.call(() -> new SlideRenderer(opened.context().get()));
    }

    @Test
    void noBundledSlideOverflowsAtAnyStep() {
        SlideRenderer r = renderer(TestDecks.bundled());
        List<String> overflowing = FxRuntime.call(() -> {
            List<String> out = new ArrayList<>();
            for (Slide s : r.context().slides()) {
                for (int step = 0; step < s.steps(); step++) {
                    RenderedSlide rendered = r.render(s, step);
                    rendered.layoutNow();
                    int st = step;
                    rendered.overflow().ifPresent(o -> out.add(s.id() + "@" + st + ": " + o));
                }
            }
            return out;
        });
        assertEquals(List.of(), overflowing);
    }

    @Test
    void everyBundledSlideSnapshotsAtCanvasSizeWithInk() {
        SlideRenderer r = renderer(TestDecks.bundled());
        FxRuntime.call(() -> {
            for (Slide s : r.context().slides()) {
                WritableImage img = SlideImages.snapshot(r, s, s.steps() - 1, 0.25);
                assertEquals(480, img.getWidth(), 0.5, s.id());
                assertEquals(270, img.getHeight(), 0.5, s.id());
                assertTrue(nonBackgroundPixels(img) > 200, () -> s.id() + " looks blank");
            }
            return null;
        });
    }

    @Test
    void overflowIsDetectedWhenContentIsTooTall() {
        StringBuilder yaml = new StringBuilder("""
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: larga
                    title: Demasiado
                    blocks:
                """);
        for (int i = 0; i < 30; i++) {
            yaml.append("      - 'Línea número ").append(i).append("'\n");
        }
        SlideRenderer r = renderer(TestDecks.withSection(dir, yaml.toString()));
        RenderedSlide.Overflow o = FxRuntime.call(() -> {
            RenderedSlide rendered = r.render(r.context().slides().get(0), 0);
            rendered.layoutNow();
            return rendered.overflow().orElseThrow();
        });
        assertTrue(o.needed() > o.available(), o::toString);
        assertTrue(o.available() > 600 && o.available() < 900, o::toString);
    }

    @Test
    void missingImageRendersAPlaceholderNamingTheFile() {
        SlideRenderer r = renderer(TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Imagen
                    layout: image
                    blocks:
                      - image: {src: assets/GenIA/olmo_training_cycle.png, describe: El ciclo de OLMo}
                """));
        String text = FxRuntime.call(() -> {
            RenderedSlide rendered = r.render(r.context().slides().get(0), 0);
            rendered.layoutNow();
            return labels(rendered.root());
        });
        assertTrue(text.contains("assets/GenIA/olmo_training_cycle.png"), text);
    }

    @Test
    void hiddenStepsKeepTheirPlaceButAreInvisible() {
        SlideRenderer r = renderer(TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Pasos
                    blocks:
                      - 'primero'
                      - pause
                      - 'segundo'
                """));
        boolean[] visible = FxRuntime.call(() -> {
            RenderedSlide first = r.render(r.context().slides().get(0), 0);
            RenderedSlide second = r.render(r.context().slides().get(0), 1);
            Node hidden = first.mustFit().get(0).getChildrenUnmodifiable().get(1);
            Node shown = second.mustFit().get(0).getChildrenUnmodifiable().get(1);
            return new boolean[] {hidden.isVisible(), shown.isVisible()};
        });
        assertEquals(false, visible[0]);
        assertEquals(true, visible[1]);
    }

    private static String labels(Node n) {
        StringBuilder b = new StringBuilder();
        if (n instanceof Label l) {
            b.append(l.getText()).append('\n');
        }
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> b.append(labels(c)));
        }
        return b.toString();
    }

    private static int nonBackgroundPixels(WritableImage img) {
        PixelReader px = img.getPixelReader();
        int count = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if (!px.getColor(x, y).equals(Color.WHITE)) {
                    count++;
                }
            }
        }
        return count;
    }
}
