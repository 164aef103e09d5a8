package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.overlay.Thumbnails;
import estrado.present.talk.Presentation;
import estrado.present.window.SlideView;
import estrado.render.FxRuntime;
import estrado.render.HeldDecoder;
import estrado.render.PhotoDeck;
import estrado.render.RenderedSlide;
import estrado.render.SlideContext;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A talk's slide change never waits on a picture: the projector's view shows the next slide at once (its picture
 * a box of its size while the decoder works), prepares the slide after it, and its picture decodes first.
 */
class SlideViewPicturesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static boolean pictured(RenderedSlide slide) {
        return FxRuntime.call(() -> {
            StackPane frame = (StackPane) slide.root().lookup(".picture-frame");
            return !frame.getChildren().isEmpty() && frame.getChildren().get(0) instanceof ImageView;
        });
    }

    @Test
    void theNextSlideIsPreparedAheadAndShownAtOnceItsPictureFollowing() throws IOException {
        PhotoDeck deck = PhotoDeck.held(dir.resolve("fotos"), 3, 640, 480);
        HeldDecoder decoder = deck.decoder();
        SlideContext ctx = deck.context();
        Presentation presentation = FxRuntime.call(() -> new Presentation(ctx));
        SlideView room = FxRuntime.call(() -> SlideView.forAudience(presentation));
        FxRuntime.call(() -> null); // the view prepares the next slide once the first is out: one round trip
        assertEquals(2, decoder.waiting(), "the slide shown and the next one, prepared ahead");
        RenderedSlide first = FxRuntime.call(room::shown);
        assertTrue(!pictured(first), "a box where the picture goes while it decodes");

        decoder.releaseOne();
        assertTrue(pictured(first), "the slide on screen decodes before the one prepared ahead");

        FxRuntime.call(() -> {
            presentation.next();
            return null;
        });
        RenderedSlide second = FxRuntime.call(room::shown);
        assertEquals("f2", second.slide().id());
        assertTrue(!pictured(second), "the change did not wait for the picture");
        FxRuntime.call(() -> null);
        assertEquals(2, decoder.waiting(), "slide 3 is prepared ahead in turn");

        decoder.releaseOne();
        assertTrue(pictured(second), "the slide now on screen comes before the one prepared after it");
        decoder.releaseOne();
        FxRuntime.call(() -> {
            presentation.next();
            return null;
        });
        RenderedSlide third = FxRuntime.call(room::shown);
        assertEquals("f3", third.slide().id());
        assertTrue(pictured(third), "prepared ahead and decoded in time: shown whole at once");
        assertSame(third.root(), FxRuntime.call(() -> room.viewport().slide()));
    }

    @Test
    void theOverviewTakesEachThumbnailOnceItsPictureIsInNeverDecodingOnTheFxThread() throws IOException {
        PhotoDeck deck = PhotoDeck.held(dir.resolve("vista"), 2, 640, 480);
        HeldDecoder decoder = deck.decoder();
        SlideContext ctx = deck.context();
        Thumbnails thumbnails = new Thumbnails();
        java.util.Map<Integer, javafx.scene.image.Image> taken = new java.util.concurrent.ConcurrentHashMap<>();
        FxRuntime.call(() -> {
            thumbnails.deckChanged(new estrado.render.SlideRenderer(ctx));
            thumbnails.fill(ctx.slides(), 0, taken::put, () -> true);
            return null;
        });
        assertEquals(java.util.Map.of(), taken, "no thumbnail before its picture is decoded");
        assertEquals(1, decoder.waiting());

        decoder.releaseOne();
        FxRuntime.call(() -> null); // the picture goes in place, the thumbnail is taken, the next slide is drawn
        FxRuntime.call(() -> null);
        assertEquals(java.util.Set.of(0), taken.keySet());
        double coloured = FxRuntime.call(() -> colouredShare(taken.get(0)));
        assertTrue(coloured > 0.2, "the photo is in the thumbnail: " + coloured + " of its pixels are not white");
        assertEquals(1, decoder.waiting(), "the second slide's picture, asked for once the first was taken");
    }

    @Test
    void theProjectorWindowsPixelsSetTheScalePicturesAreDecodedFor() throws IOException {
        PhotoDeck deck = PhotoDeck.held(dir.resolve("escala"), 1, 640, 480);
        Presentation presentation = FxRuntime.call(() -> new Presentation(deck.context()));
        javafx.stage.Stage projector = FxRuntime.call(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(SlideView.forAudience(presentation), 960, 540));
            stage.show();
            return stage;
        });
        try {
            // half the slide's pixels: pictures decoded at half their shown size
            assertTrue(estrado.render.Pulses.until(() -> presentation.pictureScaleProperty().get() == 0.5),
                    () -> "scale " + presentation.pictureScaleProperty().get());
            FxRuntime.call(() -> {
                projector.setWidth(1280);
                projector.setHeight(720);
                return null;
            });
            // two thirds, rounded up to a quarter: a few pixels more or less decode nothing again
            assertTrue(estrado.render.Pulses.until(() -> presentation.pictureScaleProperty().get() == 0.75),
                    () -> "scale " + presentation.pictureScaleProperty().get());
        } finally {
            FxRuntime.call(() -> {
                projector.close();
                return null;
            });
        }
    }

    /** The share of pixels far from white. */
    private static double colouredShare(javafx.scene.image.Image img) {
        javafx.scene.image.PixelReader r = img.getPixelReader();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int coloured = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                javafx.scene.paint.Color c = r.getColor(x, y);
                if (c.getRed() + c.getGreen() + c.getBlue() < 2.4) {
                    coloured++;
                }
            }
        }
        return coloured / (double) (w * h);
    }
}
