package estrado.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The one way estrado replaces a file it owns (run logs, the live state, preferences, recent decks, screen
 * choices, exported PDFs): the bytes go to a hidden temp file ({@code .name-123.tmp}) in the target's own folder
 * (same file system, so the rename is atomic), are forced to disk, and the temp file is renamed over the target.
 * A crash leaves the old file or the new one, never half of one; at worst an orphan temp file, which
 * {@link #removeOrphans} deletes later.
 */
public final class AtomicFiles {

    /** Writes the bytes of a temp file; a seam so tests can make a write fail half-way. */
    @FunctionalInterface
    public interface TempWriter {
        void write(Path temp, byte[] data) throws IOException;
    }

    /** Writes and forces the bytes to disk, so the rename that follows never publishes an empty file. */
    public static final TempWriter SYNCED = AtomicFiles::writeAndSync;

    /** A temp file this old was left by a process killed between its write and its rename; younger ones may be in use. */
    public static final Duration ORPHAN_AGE = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code data} atomically, creating its folder if needed. */
    public static void replace(Path target, byte[] data) throws IOException {
        replace(target, data, SYNCED);
    }

    /** As {@link #replace(Path, byte[])}, the temp file written by {@code writer}. */
    public static void replace(Path target, byte[] data, TempWriter writer) throws IOException {
        Path temp = temp(target.toAbsolutePath().getParent(), target.getFileName().toString(), data, writer);
        try {
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new hidden temp file in {@code dir} holding {@code data}, for a caller that puts it in place its own way
     * (a run file is claimed with a hard link, never replacing one); deleted again if the write fails.
     */
    public static Path temp(Path dir, String prefix, byte[] data, TempWriter writer) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + prefix + "-", ".tmp");
        try {
            writer.write(temp, data);
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Renames a finished file over {@code target}: atomically where the file system can, else a plain
     * replacing move (some network shares).
     */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes the temp files ({@code .name-123.tmp}) that processes killed between a write and its rename left in
     * {@code dir}; a file of another estrado writing right now is younger than {@link #ORPHAN_AGE} and stays.
     *
     * @return how many were deleted
     */
    public static int removeOrphans(Path dir, Instant now) {
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(ORPHAN_AGE))) {
                    removed += Files.deleteIfExists(p) ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying is a courtesy: a folder that cannot be listed shows up when it is written to
        }
        return removed;
    }

    private static void writeAndSync(Path temp, byte[] data) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }
}
