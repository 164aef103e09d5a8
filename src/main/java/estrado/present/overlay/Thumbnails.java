package estrado.present.overlay;

import estrado.deck.Slide;
import estrado.render.RenderedSlide;
import estrado.render.SlideImages;
import estrado.render.SlideRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.image.Image;

/**
 * Small pictures of the slides for the overview, drawn one per pulse so opening the overview never freezes the
 * presenter, and kept until the deck changes.
 */
public final class Thumbnails {
    static final double SCALE = 0.125;

    private final Map<String, Image> cache = new HashMap<>();
    private SlideRenderer renderer;

    public void deckChanged(SlideRenderer newRenderer) {
        // pictures decoded in the background at the thumbnail's own size: the overview never holds up the clock
        renderer = newRenderer.decodingInBackground(() -> SCALE);
        cache.clear();
    }

    Image cached(Slide slide) {
        return cache.get(slide.id());
    }

    /** Draws the missing pictures of {@code slides} from {@code from} on, handing each to {@code done}. */
    public void fill(java.util.List<Slide> slides, int from, BiConsumer<Integer, Image> done, java.util.function.BooleanSupplier stillWanted) {
        if (from >= slides.size() || !stillWanted.getAsBoolean()) {
            return;
        }
        Slide s = slides.get(from);
        Image img = cache.get(s.id());
        if (img != null) {
            done.accept(from, img);
            Platform.runLater(() -> fill(slides, from + 1, done, stillWanted));
            return;
        }
        RenderedSlide drawn = renderer.renderAhead(s, s.steps() - 1);
        // the picture is taken once the slide's pictures are in: until then the JavaFX thread draws the talk
        estrado.render.Pictures.drawn(drawn.root()).thenRun(() -> {
            Image shot = SlideImages.snapshot(drawn, SCALE);
            cache.put(s.id(), shot);
            done.accept(from, shot);
            Platform.runLater(() -> fill(slides, from + 1, done, stillWanted));
        });
    }
}
