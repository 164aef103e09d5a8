package estrado.render;

import estrado.deck.ImageHeader;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decoded images, so moving between slides never decodes a picture twice, within a memory budget.
 * A picture is decoded once at the size it is shown at, never at its own: a 12-megapixel photo shown
 * 960×720 on a 1080p projector costs 2,8 MB, not 48. `check` and the exports ask for twice the slide's
 * pixels ({@link #DECODE_SCALE}) and decode on their own thread ({@link #get}); the talk's windows ask
 * for the projector's pixels and get them from a background decoder ({@link #load}), so a 12-megapixel
 * JPEG never holds up the JavaFX thread. An animated GIF is its first frame (JavaFX would decode every
 * frame). The least recently shown pictures are dropped beyond the budget in bytes.
 *
 * <p>Over 350 lines on purpose: the byte budget, the decode queue and the slides waiting for each decode share one
 * lock and one map; split into classes, each part would reach into the others' state.
 */
public final class ImageCache {
    /**
     * Counted at 4 bytes a pixel: a dozen pictures of 960×720 (a 4:3 photo on a 1080p slide), the slides around
     * the current one. Without a GPU the texture drawn from each shown picture is on the Java heap too, as large
     * again, so this is about 60 MB of the launcher's 384 MB heap. 128 MB held 258 MB of pixels and textures once
     * 60 photos had been shown.
     */
    public static final long DEFAULT_BUDGET_BYTES = 32L << 20;
    /** Device pixels per slide pixel `check` and the exports decode for: sharp in a 2× export. */
    public static final double DECODE_SCALE = 2;

    /** How soon the talk needs a picture decoded in the background. */
    public enum Urgency {
        /** On a window now: decoded before anything prepared ahead. */
        SHOWN,
        /** Prepared for the next press of "next". */
        AHEAD
    }

    private record Key(Path path, int width, int height) { }

    /** A picture file as it was when it was read for decoding. */
    private record FileStamp(java.nio.file.attribute.FileTime modified, long size) {
        static Optional<FileStamp> of(Path file) {
            try {
                var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                return Optional.of(new FileStamp(a.lastModifiedTime(), a.size()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** A background decode that was asked for; the newest wish of the most urgent kind runs first. */
    private static final class Decode {
        final Key key;
        final ImageHeader header;
        final CompletableFuture<Optional<Image>> result = new CompletableFuture<>();
        Urgency urgency;
        long asked;
        boolean started;

        Decode(Key key, ImageHeader header) {
            this.key = key;
            this.header = header;
        }
    }

    private static final Comparator<Decode> FIRST = Comparator.comparing((Decode d) -> d.urgency)
            .thenComparing(Comparator.comparingLong((Decode d) -> d.asked).reversed());

    private final long budget;
    private final Executor decoder;
    private long used;
    private long asks;
    private final Map<Key, Image> images = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, Decode> decoding = new HashMap<>();
    private final Map<Path, Optional<ImageHeader>> headers = new HashMap<>();
    private final Set<Path> refused = new HashSet<>();
    private final Map<Path, FileStamp> readAt = new HashMap<>();

    public ImageCache() {
        this(DEFAULT_BUDGET_BYTES);
    }

    public ImageCache(long budgetBytes) {
        this(budgetBytes, Background.DECODER);
    }

    /** {@code decoder} runs the background decodes of {@link #load} (one thread is enough: the other core draws). */
    public ImageCache(long budgetBytes, Executor decoder) {
        this.budget = budgetBytes;
        this.decoder = decoder;
    }

    /** The picture at its own size, up to a full slide (decoded for {@link #DECODE_SCALE}). */
    public Optional<Image> get(Path path) {
        return get(path, SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
    }

    /**
     * The picture as shown in a box of {@code width}×{@code height} slide pixels, decoded now on the calling
     * thread for {@link #DECODE_SCALE}; empty when it cannot be (missing, refused by its header, truncated,
     * undecodable: `check` says why).
     */
    public Optional<Image> get(Path path, double width, double height) {
        Key key = key(path, width, height, DECODE_SCALE);
        synchronized (this) {
            Image cached = images.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<ImageHeader> header = shownHeader(path);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Optional<FileStamp> stamp = FileStamp.of(path);
        Optional<Image> img = decoded(key, header.get());
        synchronized (this) {
            keep(key, img, stamp);
        }
        return img;
    }

    /**
     * The picture shown as {@code width}×{@code height} slide pixels, decoded for {@code scale} device pixels per
     * slide pixel by the background decoder: done at once when it is cached, empty when it cannot be shown. A
     * picture asked for again while it waits is not decoded twice; it moves to the front of its urgency.
     */
    public CompletableFuture<Optional<Image>> load(Path path, double width, double height, double scale,
            Urgency urgency) {
        Key key = key(path, width, height, scale);
        synchronized (this) {
            Image cached = images.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(Optional.of(cached));
            }
            Decode asked = decoding.get(key);
            if (asked != null) {
                if (urgency.compareTo(asked.urgency) < 0) {
                    asked.urgency = urgency;
                }
                asked.asked = ++asks;
                return asked.result;
            }
        }
        Optional<ImageHeader> header = shownHeader(path);
        if (header.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Decode d = new Decode(key, header.get());
        synchronized (this) {
            Decode raced = decoding.putIfAbsent(key, d);
            if (raced != null) {
                return raced.result;
            }
            d.urgency = urgency;
            d.asked = ++asks;
        }
        decoder.execute(this::decodeFirstWaiting); // one run per decode asked for; each takes the first in line
        return d.result;
    }

    /**
     * The picture's header when it can be shown: a regular file whose header is readable, not too large, not
     * truncated, and not found undecodable before. Read once per file (it is a few kilobytes of reading).
     */
    public Optional<ImageHeader> shownHeader(Path path) {
        synchronized (this) {
            if (refused.contains(path)) {
                return Optional.empty();
            }
            Optional<ImageHeader> known = headers.get(path);
            if (known != null) {
                return known;
            }
        }
        Optional<ImageHeader> header = Files.isRegularFile(path) && ImageHeader.refusal(path).isEmpty()
                ? ImageHeader.read(path) : Optional.empty();
        synchronized (this) {
            headers.put(path, header);
        }
        return header;
    }

    /**
     * Takes over {@code previous}'s pictures whose files have not changed since they were read: a deck reloaded
     * during a talk (a note saved) shows its pictures at once instead of an empty frame while they decode again.
     */
    public void keepUnchanged(ImageCache previous) {
        Map<Key, Image> kept = new LinkedHashMap<>();
        Map<Path, FileStamp> stamps = new HashMap<>();
        synchronized (previous) {
            previous.images.forEach((key, img) -> {
                FileStamp read = previous.readAt.get(key.path());
                if (read != null) {
                    kept.put(key, img); // least recently shown first, as they were
                    stamps.put(key.path(), read);
                }
            });
        }
        kept.keySet().removeIf(key -> !FileStamp.of(key.path()).equals(Optional.of(stamps.get(key.path()))));
        synchronized (this) {
            kept.forEach((key, img) -> {
                if (!images.containsKey(key)) {
                    keep(key, Optional.of(img), Optional.of(stamps.get(key.path())));
                }
            });
        }
    }

    /** Bytes the cached pictures hold now (for tests and the memory measurements). */
    public synchronized long usedBytes() {
        return used;
    }

    private void decodeFirstWaiting() {
        Decode d;
        synchronized (this) {
            d = decoding.values().stream().filter(w -> !w.started).min(FIRST).orElse(null);
            if (d == null) {
                return;
            }
            d.started = true;
        }
        Optional<FileStamp> stamp = FileStamp.of(d.key.path());
        Optional<Image> img = decoded(d.key, d.header);
        synchronized (this) {
            decoding.remove(d.key);
            keep(d.key, img, stamp);
        }
        d.result.complete(img);
    }

    /** Decodes outside any lock: a 12 MP JPEG takes a second, and the JavaFX thread may be asking meanwhile. */
    private static Optional<Image> decoded(Key key, ImageHeader header) {
        try {
            Image img = decode(key.path(), header, key.width(), key.height());
            return img == null || img.isError() ? Optional.empty() : Optional.of(img);
        } catch (Exception | Error e) { // whatever a broken file does to a decoder, the frame waiting gets an answer
            return Optional.empty();
        }
    }

    private void keep(Key key, Optional<Image> img, Optional<FileStamp> stamp) {
        if (img.isEmpty()) {
            refused.add(key.path());
            return;
        }
        stamp.ifPresent(st -> readAt.put(key.path(), st));
        Image before = images.put(key, img.get());
        used += bytes(img.get()) - (before == null ? 0 : bytes(before));
        evict();
    }

    private static Key key(Path path, double width, double height, double scale) {
        return new Key(path, (int) Math.ceil(width * scale), (int) Math.ceil(height * scale));
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

    /** The talk's one picture decoder: a daemon thread, started the first time a window asks for a picture. */
    private static final class Background {
        static final ExecutorService DECODER = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "picture-decoder");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // the JavaFX thread's frames come first
            return t;
        });
    }
}
