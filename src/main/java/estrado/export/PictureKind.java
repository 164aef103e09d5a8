package estrado.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a picture file is a photograph (embedded as JPEG) or a graphic: a diagram, chart or
 * screenshot, whose flat colours and sharp edges JPEG would smear (embedded losslessly). Decided
 * from the file alone, without decoding it:
 *
 * <ul>
 *   <li>a JPEG is a photograph (it is lossy already);</li>
 *   <li>a PNG is a photograph when its compressed data is at least a quarter of its raw pixels:
 *       diagrams and screenshots compress to 0,3–15 % of them, photographs saved as PNG to 50 % or
 *       more (measured on the shots and decks of this project, see docs/export.md);</li>
 *   <li>a GIF (at most 256 colours), a BMP and anything unreadable are graphics: kept exact.</li>
 * </ul>
 */
enum PictureKind {
    PHOTO, GRAPHIC;

    /** Compressed bytes over raw bytes at and above which a PNG counts as a photograph. */
    static final double PHOTO_PNG_RATIO = 0.25;

    static PictureKind of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(26);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                return PHOTO;
            }
            if (head.length == 26 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return ofPng(head, Files.size(file));
            }
        } catch (IOException e) {
            return GRAPHIC;
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? PHOTO : GRAPHIC;
    }

    /** From the PNG header (IHDR: width, height, bit depth, colour type) and the file's size. */
    static PictureKind ofPng(byte[] head, long fileBytes) {
        long w = readInt(head, 16);
        long h = readInt(head, 20);
        int bitDepth = head[24] & 0xFF;
        int colourType = head[25] & 0xFF;
        int channels = switch (colourType) {
            case 0 -> 1; // grey
            case 2 -> 3; // RGB
            case 4 -> 2; // grey + alpha
            case 6 -> 4; // RGBA
            default -> 0; // 3: a palette of at most 256 colours, a graphic
        };
        if (channels == 0 || w <= 0 || h <= 0 || bitDepth <= 0) {
            return GRAPHIC;
        }
        double raw = (double) w * h * channels * bitDepth / 8;
        return fileBytes >= PHOTO_PNG_RATIO * raw ? PHOTO : GRAPHIC;
    }

    private static long readInt(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
