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
}
