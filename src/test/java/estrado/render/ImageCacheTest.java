package estrado.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
