package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCacheTest {
    @TempDir
    Path dir;

    @Test
    void aPictureClaimingTooManyPixelsIsNeverDecoded() throws IOException {
        Path bomb = Files.write(dir.resolve("bomba.png"), TestDecks.pngClaiming(50_000, 50_000));
        FxRuntime.startHeadless();
        long t0 = System.nanoTime();
        // decoding 2.5 gigapixels would need 10 GB: the header alone must turn it away
        assertTrue(FxRuntime.call(() -> new ImageCache().get(bomb)).isEmpty());
        assertTrue(System.nanoTime() - t0 < 60_000_000_000L, "a hang detector: the header alone turns it away");
        Path fine = Files.write(dir.resolve("bien.png"), TestDecks.pngClaiming(1, 1));
        assertTrue(FxRuntime.call(() -> new ImageCache().get(fine)).isPresent(), "an ordinary picture still loads");
    }

    @Test
    void sixtyBigPicturesStayWithinTheCachesBytesAndTheNewestAreKept() throws IOException {
        FxRuntime.startHeadless();
        // an 800×600 picture decoded at its size is 1,83 MB: two fit in 4 MB, a third does not
        long budget = 4L << 20;
        AtomicInteger decodes = new AtomicInteger();
        ImageCache cache = new ImageCache(budget, decode -> {
            decodes.incrementAndGet();
            decode.run();
        });
        Path first = HeldDecoder.png(dir.resolve("fotos/foto1.png"), 800, 600);
        List<Path> photos = new ArrayList<>(List.of(first));
        for (int i = 2; i <= 60; i++) {
            photos.add(Files.copy(first, dir.resolve("fotos/foto" + i + ".png"))); // each file is its own picture
        }
        Image last = null;
        for (Path p : photos) {
            last = cache.load(p, 800, 600, 1, ImageCache.Urgency.SHOWN).join().orElseThrow();
            assertEquals(800, last.getWidth());
            assertTrue(cache.usedBytes() <= budget, "over the budget after " + p.getFileName() + ": " + cache.usedBytes());
        }
        assertEquals(60, decodes.get());
        assertEquals(2L * 800 * 600 * 4, cache.usedBytes(), "the two newest are kept");
        CompletableFuture<java.util.Optional<Image>> again = cache.load(photos.get(59), 800, 600, 1, ImageCache.Urgency.SHOWN);
        assertTrue(again.isDone());
        assertSame(last, again.join().orElseThrow(), "the newest is still cached");
        assertEquals(60, decodes.get());
        Image firstAgain = cache.load(first, 800, 600, 1, ImageCache.Urgency.SHOWN).join().orElseThrow();
        assertEquals(61, decodes.get(), "the oldest was dropped and is decoded again");
        assertNotSame(last, firstAgain);
        assertTrue(cache.usedBytes() <= budget);
    }

    @Test
    void aReloadedDeckKeepsThePicturesWhoseFilesDidNotChange() throws IOException {
        FxRuntime.startHeadless();
        Path same = HeldDecoder.png(dir.resolve("recarga/igual.png"), 400, 300);
        Path edited = HeldDecoder.png(dir.resolve("recarga/editada.png"), 400, 300);
        ImageCache before = new ImageCache(1L << 20, Runnable::run);
        Image kept = before.load(same, 400, 300, 1, ImageCache.Urgency.SHOWN).join().orElseThrow();
        before.load(edited, 400, 300, 1, ImageCache.Urgency.SHOWN).join().orElseThrow();
        HeldDecoder.png(edited, 300, 300); // saved again, another picture

        HeldDecoder decoder = new HeldDecoder();
        ImageCache reloaded = new ImageCache(1L << 20, decoder);
        reloaded.keepUnchanged(before);
        CompletableFuture<java.util.Optional<Image>> unchanged = reloaded.load(same, 400, 300, 1, ImageCache.Urgency.SHOWN);
        assertTrue(unchanged.isDone(), "an untouched file is not decoded again");
        assertSame(kept, unchanged.join().orElseThrow());
        CompletableFuture<java.util.Optional<Image>> changed = reloaded.load(edited, 400, 300, 1, ImageCache.Urgency.SHOWN);
        assertEquals(1, decoder.waiting(), "the edited file is decoded again");
        decoder.releaseOne();
        assertEquals(300, changed.join().orElseThrow().getWidth(), "its new pixels");
        assertEquals(400L * 300 * 4 + 300L * 300 * 4, reloaded.usedBytes());
    }
}
