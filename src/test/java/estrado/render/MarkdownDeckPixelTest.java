package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import estrado.deck.TestDecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that converting the bundled deck to Markdown changed nothing on screen: its YAML form (kept as
 * src/test/resources/decks/clase2-yaml, the deck as it was when it was converted) and the Markdown form in
 * slides/ are drawn headless at 1920×1080, every slide at every step, and must give the same pixels.
 *
 * <p>It pins the conversion: once the Markdown deck's content is edited, this fixture no longer describes it,
 * and the edit's author retires this test together with the fixture (the converter's own check, that every
 * slide reads back identically, stays covered by ConvertCommandTest).
 */
class MarkdownDeckPixelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void everySlideAndStepOfTheMarkdownDeckHasTheSamePixelsAsItsYamlForm() {
        SlideRenderer yaml = BundledSlidesRenderTest.renderer(TestDecks.bundledYamlForm(dir));
        SlideRenderer md = BundledSlidesRenderTest.renderer(TestDecks.bundled());
        List<Slide> a = yaml.context().slides();
        List<Slide> b = md.context().slides();
        assertTrue(b.stream().allMatch(s -> s.location().file().toString().endsWith(".md")
                || s.location().file().toString().endsWith("deck.yaml")), "the bundled deck is read from .md files");
        assertEquals(a.stream().map(Slide::id).toList(), b.stream().map(Slide::id).toList());
        List<String> different = new ArrayList<>();
        int compared = FxRuntime.call(() -> {
            int n = 0;
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).steps(), b.get(i).steps(), a.get(i).id());
                for (int step = 0; step < a.get(i).steps(); step++) {
                    int[] p = pixels(SlideImages.snapshot(yaml, a.get(i), step, 1.0));
                    int[] q = pixels(SlideImages.snapshot(md, b.get(i), step, 1.0));
                    if (!Arrays.equals(p, q)) {
                        different.add(a.get(i).id() + "@" + step + ": " + differing(p, q) + " px");
                    }
                    n++;
                }
            }
            return n;
        });
        assertEquals(List.of(), different);
        assertTrue(compared > a.size(), "every step of " + a.size() + " slides: " + compared);
    }

    private static int[] pixels(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        assertEquals(1920, w);
        assertEquals(1080, h);
        int[] out = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    private static long differing(int[] p, int[] q) {
        long n = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] != q[i]) {
                n++;
            }
        }
        return n;
    }
}
