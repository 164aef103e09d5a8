package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A JPEG's frame header read from its bytes: what decides whether the file goes into the PDF as it is. */
class JpegFrameTest {
    @Test
    void readsSizeAndComponentsOfARealJpeg() throws IOException {
        byte[] colour = PdfPixels.jpegBytes(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), 0.8f);
        assertEquals(Optional.of(new JpegFrame(321, 123, 8, 3)), JpegFrame.of(colour));
        assertTrue(JpegFrame.of(colour).get().embeddable());
        byte[] grey = PdfPixels.jpegBytes(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), 0.8f);
        assertEquals(1, JpegFrame.of(grey).orElseThrow().components());
    }

    @Test
    void cmykAndTwelveBitFramesAreNotTakenAsTheyAre() {
        assertFalse(new JpegFrame(10, 10, 8, 4).embeddable());
        assertFalse(new JpegFrame(10, 10, 12, 3).embeddable());
    }

    @Test
    void anythingElseIsNoFrame() throws IOException {
        assertEquals(Optional.empty(), JpegFrame.of(new byte[0]));
        assertEquals(Optional.empty(), JpegFrame.of("\u0089PNG\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        byte[] cut = PdfPixels.jpegBytes(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), 0.8f);
        // the start of the file only, before its frame header
        assertEquals(Optional.empty(), JpegFrame.of(Arrays.copyOf(cut, 20)));
    }
}
