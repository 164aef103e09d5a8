package estrado.deck;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
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
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
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
                String.format(java.util.Locale.ROOT, "%.0f", h.pixels() / 1e6), MAX_PIXELS / 1_000_000});
        }
        return Optional.empty();
    }

    /** What JavaFX can decode (ImageIO names them so). */
    private static final java.util.Set<String> SHOWN = java.util.Set.of("png", "jpeg", "jpg", "gif", "bmp");
}
