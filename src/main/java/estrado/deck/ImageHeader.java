package estrado.deck;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A picture's size read from its header, before anything is decoded: a 20,000 × 20,000 PNG is a
 * few kilobytes on disk and 1.6 GB in memory, so size is checked first and such files are shown as
 * a placeholder instead.
 */
public record ImageHeader(String format, int width, int height) {
    /** 40 megapixels: a full-frame camera photo fits; a decompression bomb does not. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Larger files take too long to decode during a talk, whatever their pixel count. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public long pixels() {
        return (long) width * height;
    }

    public boolean tooLarge() {
        return pixels() > MAX_PIXELS;
    }

    /** The header of a PNG, JPEG, GIF or BMP file; empty when the file is none of them or unreadable. */
    public static Optional<ImageHeader> read(Path file) {
        // a stream, not a File: the bundled deck's pictures live inside the jar
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!SHOWN.contains(format)) {
                    return Optional.empty();
                }
                return Optional.of(new ImageHeader(format, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why a picture cannot be shown, as a message key with its arguments; empty when it can. */
    public static Optional<Object[]> refusal(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes > MAX_FILE_BYTES) {
                return Optional.of(new Object[] {"image.tooHeavy", bytes / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)});
            }
        } catch (IOException e) {
            return Optional.of(new Object[] {"image.unreadable"});
        }
        Optional<ImageHeader> header = read(file);
        if (header.isEmpty()) {
            return Optional.of(new Object[] {"image.unreadable"});
        }
        ImageHeader h = header.get();
        if (h.tooLarge()) {
            return Optional.of(new Object[] {"image.tooLarge", h.width(), h.height(),
                String.format(Locale.ROOT, "%.0f", h.pixels() / 1e6), MAX_PIXELS / 1_000_000});
        }
        if (truncated(file, h.format())) {
            return Optional.of(new Object[] {"image.truncated"});
        }
        return Optional.empty();
    }

    /** How far from the end a format's closing mark may be (some writers add padding after it). */
    private static final int TAIL_BYTES = 1024;

    /**
     * Whether the file stops before its format's closing mark (PNG's IEND chunk, JPEG's EOI marker, GIF's
     * trailer): an interrupted copy. Decoders then draw half a picture or fail at the worst moment.
     */
    static boolean truncated(Path file, String format) {
        byte[] tail;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            int n = (int) Math.min(size, TAIL_BYTES);
            ch.position(size - n);
            ByteBuffer buf = ByteBuffer.allocate(n);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // reads the last bytes
            }
            tail = buf.array();
        } catch (IOException | RuntimeException e) {
            return false; // the header was readable; an unreadable tail shows up when decoding
        }
        return switch (format) {
            case "png" -> indexOf(tail, new byte[] {'I', 'E', 'N', 'D'}) < 0;
            case "jpeg", "jpg" -> indexOf(tail, new byte[] {(byte) 0xFF, (byte) 0xD9}) < 0;
            case "gif" -> indexOf(tail, new byte[] {0x3B}) < 0;
            default -> false;
        };
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = hay.length - needle.length; i >= 0; i--) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** What JavaFX can decode (ImageIO names them so). */
    private static final Set<String> SHOWN = Set.of("png", "jpeg", "jpg", "gif", "bmp");
}
