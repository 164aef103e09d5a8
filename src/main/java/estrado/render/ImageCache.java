package estrado.render;

import estrado.deck.ImageHeader;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decoded images, so moving between slides never decodes a picture twice, within a memory budget.
 * A picture is decoded once at the size it is shown at (twice that, for HiDPI screens and 2× export),
 * never at its own: a 12-megapixel photo shown 1760 pixels wide costs 14 MB, not 48. An animated GIF
 * is its first frame (JavaFX would decode every frame). The least recently shown pictures are
 * dropped beyond {@link #DEFAULT_BUDGET_BYTES}.
 */
public final class ImageCache {
    /** A third of the launcher's 384 MB heap: a lecture's pictures of the next few slides fit. */
    public static final long DEFAULT_BUDGET_BYTES = 128L << 20;
    /** Device pixels per slide pixel a picture is decoded for: sharp on HiDPI and in a 2× export. */
    static final double DECODE_SCALE = 2;

    private record Key(Path path, int width, int height) { }

    private final long budget;
    private long used;
    private final Map<Key, Image> images = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Path> refused = new HashSet<>();

    public ImageCache() {
        this(DEFAULT_BUDGET_BYTES);
    }

    public ImageCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The picture at its own size, up to a full slide (decoded for {@link #DECODE_SCALE}). */
    public Optional<Image> get(Path path) {
        return get(path, SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
    }

    /**
     * The picture as shown in a box of {@code width}×{@code height} slide pixels; empty when it cannot be
     * (missing, refused by its header, truncated, undecodable: `check` says why).
     */
    public synchronized Optional<Image> get(Path path, double width, double height) {
        Key key = new Key(path, (int) Math.ceil(width * DECODE_SCALE), (int) Math.ceil(height * DECODE_SCALE));
        Image cached = images.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (refused.contains(path) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Optional<ImageHeader> header = ImageHeader.read(path);
        if (header.isEmpty() || ImageHeader.refusal(path).isPresent()) {
            // too many pixels, truncated, or not a picture: decoding could exhaust memory mid-talk
            refused.add(path);
            return Optional.empty();
        }
        Image img;
        try {
            img = decode(path, header.get(), key.width(), key.height());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            refused.add(path);
            return Optional.empty();
        }
        if (img == null || img.isError()) {
            refused.add(path);
            return Optional.empty();
        }
        images.put(key, img);
        used += bytes(img);
        evict();
        return Optional.of(img);
    }

    /** Bytes the cached pictures hold now (for tests and the memory measurements). */
    public synchronized long usedBytes() {
        return used;
    }

    private void evict() {
        Iterator<Map.Entry<Key, Image>> oldest = images.entrySet().iterator();
        while (used > budget && images.size() > 1 && oldest.hasNext()) {
            used -= bytes(oldest.next().getValue());
            oldest.remove();
        }
    }

    private static long bytes(Image img) {
        return (long) img.getWidth() * (long) img.getHeight() * 4;
    }

    /** At most {@code maxW}×{@code maxH}, never enlarged; a GIF as its first frame. */
    static Image decode(Path path, ImageHeader h, int maxW, int maxH) throws IOException {
        double scale = Math.min(1, Math.min((double) maxW / h.width(), (double) maxH / h.height()));
        if (h.format().equals("gif")) {
            return firstFrame(path, scale);
        }
        String url = path.toUri().toString();
        if (scale >= 1) {
            return new Image(url, false);
        }
        // JavaFX scales while it decodes, row by row: the full-size picture never exists in memory
        return new Image(url, Math.max(1, h.width() * scale), Math.max(1, h.height() * scale), true, true, false);
    }

    /** The first frame only, subsampled while it is read so a 4000×4000 frame never exists whole. */
    private static Image firstFrame(Path path, double scale) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path));
                ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.floor(1 / scale));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage frame = reader.read(0, param);
                return SwingFXUtils.toFXImage(frame, null);
            } finally {
                reader.dispose();
            }
        }
    }
}
