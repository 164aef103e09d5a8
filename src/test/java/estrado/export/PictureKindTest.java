package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo-or-graphic rule on PNG headers: compressed size against raw size, whatever the depth. */
class PictureKindTest {
    @TempDir
    Path dir;

    /** A PNG signature and IHDR of {@code w}×{@code h}, the given depth and colour type. */
    private static byte[] header(int w, int h, int bitDepth, int colourType) {
        byte[] b = new byte[26];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        b[16] = (byte) (w >>> 24);
        b[17] = (byte) (w >>> 16);
        b[18] = (byte) (w >>> 8);
        b[19] = (byte) w;
        b[20] = (byte) (h >>> 24);
        b[21] = (byte) (h >>> 16);
        b[22] = (byte) (h >>> 8);
        b[23] = (byte) h;
        b[24] = (byte) bitDepth;
        b[25] = (byte) colourType;
        return b;
    }

    @Test
    void aPngThatCompressesToLessThanAQuarterIsAGraphic() {
        // 1920×1080 RGB is 6,2 MB raw: a 324 KB screenshot (5 %) and a 3 MB photograph (48 %)
        assertEquals(PictureKind.GRAPHIC, PictureKind.ofPng(header(1920, 1080, 8, 2), 324_000));
        assertEquals(PictureKind.PHOTO, PictureKind.ofPng(header(1920, 1080, 8, 2), 3_000_000));
        assertEquals(PictureKind.GRAPHIC, PictureKind.ofPng(header(1920, 1080, 8, 2), 1_500_000));
        assertEquals(PictureKind.PHOTO, PictureKind.ofPng(header(1920, 1080, 8, 2), 1_600_000));
    }

    @Test
    void depthAndChannelsCountInTheRawSize() {
        // 16-bit RGBA: 8 bytes a pixel, so 2 MB of 1600×900 is 17 %, a graphic; 8-bit grey: 1 byte, a photo
        assertEquals(PictureKind.GRAPHIC, PictureKind.ofPng(header(1600, 900, 16, 6), 2_000_000));
        assertEquals(PictureKind.PHOTO, PictureKind.ofPng(header(1600, 900, 8, 0), 800_000));
    }

    @Test
    void paletteImagesAndDamagedHeadersAreGraphics() {
        assertEquals(PictureKind.GRAPHIC, PictureKind.ofPng(header(1600, 900, 8, 3), 1_400_000));
        assertEquals(PictureKind.GRAPHIC, PictureKind.ofPng(header(0, 900, 8, 2), 1_400_000));
    }

    @Test
    void jpegsArePhotographsAndOtherFilesGraphics() throws IOException {
        Path jpeg = Files.write(dir.resolve("sin-extension"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0});
        assertEquals(PictureKind.PHOTO, PictureKind.of(jpeg));
        Path gif = Files.write(dir.resolve("a.gif"), "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(PictureKind.GRAPHIC, PictureKind.of(gif));
        assertEquals(PictureKind.GRAPHIC, PictureKind.of(dir.resolve("no-existe.png")));
    }
}
