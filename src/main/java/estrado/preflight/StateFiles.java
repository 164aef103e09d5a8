package estrado.preflight;

import estrado.timing.RunLogStore;
import estrado.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Small settings files under the state directory, replaced atomically like the run logs ({@link AtomicFiles}). */
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

    /** Replaces the file atomically ({@link AtomicFiles}): a crash never leaves half a file. */
    public static void writeAtomically(Path target, byte[] data) throws IOException {
        AtomicFiles.replace(target, data);
    }

    /**
     * Deletes the temp files that processes killed between a write and its rename left in {@code dir}
     * (see {@link AtomicFiles#removeOrphans}).
     *
     * @return how many were deleted
     */
    public static int removeOrphans(Path dir, Instant now) {
        return AtomicFiles.removeOrphans(dir, now);
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
