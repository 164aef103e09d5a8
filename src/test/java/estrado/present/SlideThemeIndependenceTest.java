package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.RenderedSlide;
import estrado.render.SlideCanvas;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audience window applies the controls' theme only after its first frame, drawn under the empty
 * slides-only sheet (PresenterApp), and export and off-screen layouts never apply a controls' theme: all
 * are right only if no slide looks different under Modena, AtlantaFX light or dark, or no theme at all.
 */
class SlideThemeIndependenceTest {
    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void everyBundledSlideDrawsTheSameWithAndWithoutTheTheme() {
        OpenedDeck opened = OpenedDeck.open(TestDecks.bundled(), WidgetViews.of(estrado.app.Main.widgetRegistry()));
        assertTrue(opened.context().isPresent(), () -> "deck did not open: " + opened.problems());
        SlideRenderer renderer = FxRuntime.call(() -> new SlideRenderer(opened.context().get()));
        List<Slide> slides = renderer.context().slides();

        List<int[]> plain = FxRuntime.call(() -> drawAll(renderer, slides));
        List<int[]> slidesOnly = FxRuntime.call(() -> drawAll(renderer, slides, SlideRenderer.SLIDES_ONLY_UA));
        List<int[]> themed;
        try {
            FxRuntime.call(() -> {
                PresenterApp.useTheme();
                return null;
            });
            themed = FxRuntime.call(() -> drawAll(renderer, slides));
        } finally {
            FxRuntime.call(() -> {
                Application.setUserAgentStylesheet(null);
                return null;
            });
        }

        List<int[]> dark;
        try {
            FxRuntime.call(() -> {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
                return null;
            });
            dark = FxRuntime.call(() -> drawAll(renderer, slides));
        } finally {
            FxRuntime.call(() -> {
                Application.setUserAgentStylesheet(null);
                return null;
            });
        }

        List<String> different = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            if (!java.util.Arrays.equals(plain.get(i), themed.get(i))) {
                different.add(slides.get(i).id());
            } else if (!java.util.Arrays.equals(plain.get(i), dark.get(i))) {
                // the presenter's dark chrome must not reach the slides, widgets included
                different.add(slides.get(i).id() + " (dark chrome)");
            } else if (!java.util.Arrays.equals(plain.get(i), slidesOnly.get(i))) {
                different.add(slides.get(i).id() + " (no controls' theme)");
            }
        }
        assertEquals(List.of(), different, "slides that change when the controls' theme is applied");
    }

    /** Every slide in a scene that follows the application's user-agent sheet (the theme under test). */
    private static List<int[]> drawAll(SlideRenderer renderer, List<Slide> slides) {
        return drawAll(renderer, slides, null);
    }

    private static List<int[]> drawAll(SlideRenderer renderer, List<Slide> slides, String sceneSheet) {
        List<int[]> images = new ArrayList<>();
        for (Slide s : slides) {
            RenderedSlide r = renderer.render(s, s.steps() - 1);
            // a scene of its own first: layoutNow's would bring the slides-only sheet to every variant
            new Scene(new Group(r.root()), SlideCanvas.WIDTH, SlideCanvas.HEIGHT).setUserAgentStylesheet(sceneSheet);
            r.layoutNow();
            WritableImage img = r.root().snapshot(null, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int[] argb = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
            images.add(digest(argb)); // 82 full-size slides × 3 themes would not fit in the test heap
        }
        return images;
    }

    /** SHA-256 of the pixels, as ints: equal slides give equal digests. */
    private static int[] digest(int[] argb) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(argb.length * 4);
            bytes.asIntBuffer().put(argb);
            byte[] d = md.digest(bytes.array());
            int[] out = new int[d.length / 4];
            java.nio.ByteBuffer.wrap(d).asIntBuffer().get(out);
            return out;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
