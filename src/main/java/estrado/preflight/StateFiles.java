package estrado.preflight;

import estrado.timing.RunLogStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Small settings files under the state directory, replaced atomically like the run logs. */
public final class StateFiles {

    private StateFiles() {
    }

    /** The state directory: {@code override} if given, else the platform's (see {@link RunLogStore}). */
    public static Path directory(Path override) {
        if (override != null) {
            return override;
        }
        return RunLogStore.defaultDirectory(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** Writes through a temp file in the same directory and a rename, so a crash never leaves half a file. */
    public static void writeAtomically(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, data);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temp file this old was left by a process killed between its write and its rename; younger ones may be in use. */
    static final java.time.Duration ORPHAN_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Deletes the temp files ({@code .name-123.tmp}) that processes killed between a write and its rename left in
     * {@code dir}; a file of another estrado writing right now is younger than {@link #ORPHAN_AGE} and stays.
     *
     * @return how many were deleted
     */
    public static int removeOrphans(Path dir, java.time.Instant now) {
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(ORPHAN_AGE))) {
                    removed += Files.deleteIfExists(p) ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying is a courtesy: a directory that cannot be listed is reported by writable()
        }
        return removed;
    }

    /** Whether the directory exists (or can be created) and a file can be written in it. */
    public static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
