package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The talk's windows never decode a picture on the JavaFX thread: a box of the picture's size stands in until the
 * background decoder hands its pixels over, decoded at the size shown on the projector, not the file's.
 */
class PicturesInBackgroundTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static RenderedSlide laidOut(SlideRenderer renderer, SlideContext ctx, int slide) {
        return FxRuntime.call(() -> {
            RenderedSlide r = renderer.render(ctx.slides().get(slide), 0);
            r.layoutNow();
            return r;
        });
    }

    private static StackPane frame(RenderedSlide r) {
        return FxRuntime.call(() -> (StackPane) r.root().lookup(".picture-frame"));
    }

    @Test
    void untilItsDecodeIsReleasedThePictureIsABoxOfItsSizeThenThePictureInTheSamePlace() throws IOException {
        PhotoDeck deck = PhotoDeck.held(dir.resolve("retenida"), 1, 1600, 1200);
        HeldDecoder decoder = deck.decoder();
        ImageCache cache = deck.cache();
        SlideContext ctx = deck.context();

        RenderedSlide r = laidOut(deck.room(1), ctx, 0);
        StackPane frame = frame(r);
        assertNotNull(frame, "the picture's place on the slide");
        // the slide came back without its pixels: the decode waits in the decoder, nothing was decoded meanwhile
        assertEquals(List.of(), FxRuntime.call(() -> List.copyOf(frame.getChildren())));
        assertEquals(1, decoder.waiting());
        assertEquals(0, cache.usedBytes());
        double[] box = FxRuntime.call(() -> new double[] {frame.getWidth(), frame.getHeight(), frame.getLayoutX(),
            frame.localToScene(0, 0).getY()});
        assertTrue(box[0] > 100 && box[1] > 100, "a box of the picture's size, not an empty line: " + box[0] + "×" + box[1]);
        assertEquals(1600.0 / 1200, box[0] / box[1], 0.01, "the picture's proportions");

        decoder.releaseOne(); // on this thread, not the JavaFX one
        // the pixels go to the JavaFX thread with runLater: one round trip there and they are in place
        Node shown = FxRuntime.call(() -> frame.getChildren().isEmpty() ? null : frame.getChildren().get(0));
        assertTrue(shown instanceof ImageView, "the picture replaced its box: " + shown);
        Image img = ((ImageView) shown).getImage();
        assertEquals(Math.round(box[0]), img.getWidth(), 1, "decoded at the width it is shown at");
        assertEquals(Math.round(box[1]), img.getHeight(), 1, "decoded at the height it is shown at");
        FxRuntime.call(() -> {
            r.layoutNow();
            return null;
        });
        double[] after = FxRuntime.call(() -> new double[] {frame.getWidth(), frame.getHeight(), frame.getLayoutX(),
            frame.localToScene(0, 0).getY()});
        assertEquals(box[0], after[0], 0.01);
        assertEquals(box[1], after[1], 0.01);
        assertEquals(box[2], after[2], 0.01, "nothing on the slide moved when the picture arrived");
        assertEquals(box[3], after[3], 0.01, "nothing on the slide moved when the picture arrived");
    }

    @Test
    void aPictureIsDecodedAtTheProjectorsPixelsNotTheFiles() throws IOException {
        ImageCache cache = new ImageCache(ImageCache.DEFAULT_BUDGET_BYTES, Runnable::run); // decodes when asked
        SlideContext ctx = PhotoDeck.context(PhotoDeck.write(dir.resolve("escala"), 1, 1600, 1200), cache);
        for (double scale : new double[] {1, 0.5}) {
            SlideRenderer room = FxRuntime.call(() -> SlideRenderer.forAudience(ctx).decodingInBackground(() -> scale));
            RenderedSlide r = laidOut(room, ctx, 0);
            StackPane frame = frame(r);
            double w = FxRuntime.call(frame::getWidth);
            double h = FxRuntime.call(frame::getHeight);
            Image img = FxRuntime.call(() -> ((ImageView) frame.getChildren().get(0)).getImage());
            assertEquals(Math.round(w * scale), img.getWidth(), 1, "at " + scale);
            assertEquals(Math.round(h * scale), img.getHeight(), 1, "at " + scale);
            assertTrue(img.getWidth() < 1600 && img.getHeight() < 1200, "never the file's 1600×1200");
        }
        // check and the exports keep their own resolution: twice the slide's pixels, here the whole file
        SlideRenderer export = FxRuntime.call(() -> SlideRenderer.forAudience(ctx));
        Image exported = FxRuntime.call(() -> ((ImageView) laidOut(export, ctx, 0).root().lookup(".image-box")
                .lookup(".image-view")).getImage());
        assertEquals(1600, exported.getWidth());
        assertEquals(1200, exported.getHeight());
    }

    @Test
    void theCheckBeforeATalkLaysPicturesOutWithoutDecodingThem() throws IOException {
        PhotoDeck deck = PhotoDeck.held(dir.resolve("medidas"), 1, 1600, 1200);
        HeldDecoder decoder = deck.decoder();
        ImageCache cache = deck.cache();
        SlideContext ctx = deck.context();
        RenderedSlide sized = laidOut(FxRuntime.call(() -> new SlideRenderer(ctx).withoutPixels()), ctx, 0);
        RenderedSlide drawn = laidOut(FxRuntime.call(() -> new SlideRenderer(ctx)), ctx, 0);
        assertEquals(0, decoder.waiting());
        Region picture = FxRuntime.call(() -> (Region) frame(sized));
        Node view = FxRuntime.call(() -> drawn.root().lookup(".image-box").lookup(".image-view"));
        assertEquals(FxRuntime.call(() -> view.getLayoutBounds().getWidth()), FxRuntime.call(picture::getWidth), 0.5);
        assertEquals(FxRuntime.call(() -> view.getLayoutBounds().getHeight()), FxRuntime.call(picture::getHeight), 0.5);
        assertEquals(Optional.empty(), FxRuntime.call(sized::overflow));
    }

    @Test
    void theSlideOnScreenDecodesBeforeTheOnePreparedAheadAndAskingAgainDecodesNothingTwice() throws IOException {
        PhotoDeck deck = PhotoDeck.held(dir.resolve("orden"), 3, 400, 300);
        HeldDecoder decoder = deck.decoder();
        SlideContext ctx = deck.context();
        SlideRenderer room = deck.room(1);
        List<StackPane> frames = new ArrayList<>();
        frames.add(frame(FxRuntime.call(() -> room.renderAhead(ctx.slides().get(0), 0))));
        frames.add(frame(FxRuntime.call(() -> room.renderAhead(ctx.slides().get(1), 0))));
        frames.add(frame(FxRuntime.call(() -> room.render(ctx.slides().get(2), 0))));
        StackPane again = frame(FxRuntime.call(() -> room.renderAhead(ctx.slides().get(1), 0)));
        assertEquals(3, decoder.waiting(), "slide 2 asked for twice is one decode");

        decoder.releaseOne();
        assertEquals(List.of(false, false, true, false), filled(frames, again), "the slide shown first");
        decoder.releaseOne();
        assertEquals(List.of(false, true, true, true), filled(frames, again), "then the newest asked ahead");
        decoder.releaseOne();
        assertEquals(List.of(true, true, true, true), filled(frames, again));
        assertEquals(0, decoder.waiting());
        Image one = FxRuntime.call(() -> ((ImageView) frames.get(1).getChildren().get(0)).getImage());
        assertSame(one, FxRuntime.call(() -> ((ImageView) again.getChildren().get(0)).getImage()));
    }

    private static List<Boolean> filled(List<StackPane> frames, StackPane again) {
        return FxRuntime.call(() -> {
            List<Boolean> out = new ArrayList<>();
            frames.forEach(f -> out.add(!f.getChildren().isEmpty()));
            out.add(!again.getChildren().isEmpty());
            return out;
        });
    }
}
