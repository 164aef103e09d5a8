package estrado.timing;

import estrado.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rehearsal logs and the live presentation state on disk, under the user's state directory.
 *
 * <p>Every write goes to a temp file in the same directory (same file system, so the rename is atomic), is
 * flushed to disk, and is then renamed over the target: a crash mid-write leaves either the old file or the new
 * one, never half of one. The live state file ({@code current-*.json}, one per deck) is replaced on each save;
 * run files ({@code run-*.json}) are never overwritten: each gets a new name, claimed with a hard link, which
 * fails rather than replaces when the name is taken (a plain rename would silently replace on POSIX).
 *
 * <p>Reading never throws at the caller: an unreadable file becomes a message, so a corrupt state file cannot
 * stop a lecture from starting.
 */
public final class RunLogStore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path directory;
    private final AtomicFiles.TempWriter writer;
    private boolean tidied;

    /** A store in the given directory (created on first write). */
    public RunLogStore(Path directory) {
        this(directory, AtomicFiles.SYNCED);
    }

    /** A store whose temp files are written by {@code writer} (tests make a write fail half-way). */
    RunLogStore(Path directory, AtomicFiles.TempWriter writer) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * The state directory: {@code %LOCALAPPDATA%\estrado} on Windows, {@code ~/Library/Application Support/estrado}
     * on macOS (where Apple's guidelines put an app's own files; XDG is not a macOS convention), else
     * {@code $XDG_STATE_HOME/estrado}, else {@code ~/.local/state/estrado}. A relative {@code XDG_STATE_HOME} is
     * ignored, as the XDG spec asks.
     */
    public static Path defaultDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("estrado");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("estrado");
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("estrado");
        }
        return home.resolve(".local").resolve("state").resolve("estrado");
    }

    /** The directory this store writes to. */
    public Path directory() {
        return directory;
    }

    // ---- runs ----

    /** Writes a run to a new file and returns its path; an existing run file is never replaced. */
    public Path saveRun(RunLog run) throws IOException {
        byte[] data = TimingJson.write(run);
        Path temp = writeTemp("run", data);
        try {
            String base = "run-" + slug(run.deckId()) + "-" + STAMP.format(run.runStart()) + "-" + slug(run.runId());
            for (int n = 1; ; n++) {
                Path target = directory.resolve(n == 1 ? base + ".json" : base + "-" + n + ".json");
                if (claim(temp, target)) {
                    return target;
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves the temp file to {@code target} unless that name is taken; false if it is. */
    private static boolean claim(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            // Some file systems (FAT, some network shares) have no hard links: check, then a non-replacing move.
            if (Files.exists(target)) {
                return false;
            }
            try {
                Files.move(temp, target);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
    }

    /** Reads one run file, e.g. for {@code estrado chapters RUN.json}. */
    public static Loaded<RunLog> loadRun(Path file) {
        try {
            return Loaded.of(TimingJson.readRun(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Loaded.failed("run file not found: " + file);
        } catch (IOException | RuntimeException e) {
            return Loaded.failed("run file " + file + " is unreadable and was skipped: " + describe(e));
        }
    }

    /** The runs of one deck, oldest first; unreadable run files are reported, not thrown. */
    public RunListing listRuns(String deckId) {
        List<RunLog> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new RunListing(runs, problems);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "run-*.json")) {
            for (Path file : files) {
                Loaded<RunLog> loaded = loadRun(file);
                loaded.get().filter(r -> r.deckId().equals(deckId)).ifPresent(runs::add);
                loaded.message().ifPresent(problems::add);
            }
        } catch (IOException e) {
            problems.add("cannot list " + directory + ": " + describe(e));
        }
        runs.sort(Comparator.comparing(RunLog::runStart).thenComparing(RunLog::runId));
        problems.sort(Comparator.naturalOrder());
        return new RunListing(runs, problems);
    }

    // ---- live state ----

    /** The live state file of a deck. */
    public Path snapshotFile(String deckId) {
        return directory.resolve("current-" + slug(deckId) + "-" + Integer.toHexString(deckId.hashCode()) + ".json");
    }

    /** The file beside the live state that holds its run's ink. */
    public Path liveInkFile(String deckId) {
        Path state = snapshotFile(deckId);
        return state.resolveSibling(state.getFileName().toString().replaceFirst("\\.json$", ".ink.json"));
    }

    /**
     * Saves the ink of the run going on, atomically replacing the previous one. Kept apart from the live state so
     * a slide change, saved at once, does not write every stroke of the talk again: the ink is written when it
     * changes. {@link #loadSnapshot} puts it back into the snapshot's run of the same id.
     */
    public void saveLiveInk(String deckId, String runId, List<InkStroke> ink) throws IOException {
        AtomicFiles.replace(liveInkFile(deckId), TimingJson.writeLiveInk(runId, ink), writer);
        tidyOnce();
    }

    /** Saves the live state of a deck, atomically replacing the previous one. */
    public void saveSnapshot(PresentationSnapshot snapshot) throws IOException {
        Path target = snapshotFile(snapshot.deckId());
        AtomicFiles.replace(target, TimingJson.write(snapshot), writer);
        tidyOnce();
    }

    /**
     * The saved live state of a deck: empty if there is none; empty with a message if the file is corrupt,
     * partial or belongs to another deck's id.
     */
    public Loaded<PresentationSnapshot> loadSnapshot(String deckId) {
        Path file = snapshotFile(deckId);
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Loaded.absent();
        } catch (IOException e) {
            return Loaded.failed("saved state " + file + " cannot be read and is ignored: " + describe(e));
        }
        try {
            PresentationSnapshot s = TimingJson.readSnapshot(data);
            if (!s.deckId().equals(deckId)) {
                return Loaded.failed("saved state " + file + " belongs to deck " + s.deckId() + " and is ignored");
            }
            return Loaded.of(withLiveInk(s));
        } catch (IOException | RuntimeException e) {
            return Loaded.failed("saved state " + file + " is corrupt or incomplete and is ignored: " + describe(e));
        }
    }

    /**
     * The snapshot with its run's ink from the ink file, when that file belongs to the same run. An unreadable ink
     * file leaves the ink the snapshot itself holds (none, or that of a state saved before the ink had its own
     * file): the resume must not be lost for it.
     */
    private PresentationSnapshot withLiveInk(PresentationSnapshot s) {
        if (s.run() == null) {
            return s;
        }
        try {
            var ink = TimingJson.readLiveInk(Files.readAllBytes(liveInkFile(s.deckId())));
            if (!ink.getKey().equals(s.run().runId())) {
                return s;
            }
            return new PresentationSnapshot(s.deckId(), s.slideId(), s.slideIndex(), s.step(), s.timer(),
                    s.savedAt(), s.run().withInk(ink.getValue()));
        } catch (IOException | RuntimeException e) {
            return s;
        }
    }

    /** Forgets the live state of a deck and its ink, once its run has finished normally. */
    public void deleteSnapshot(String deckId) throws IOException {
        Files.deleteIfExists(liveInkFile(deckId));
        Files.deleteIfExists(snapshotFile(deckId));
    }

    // ---- plumbing ----

    private Path writeTemp(String prefix, byte[] data) throws IOException {
        Path temp = AtomicFiles.temp(directory, prefix, data, writer);
        tidyOnce();
        return temp;
    }

    /**
     * The first write of a store deletes the temp files an earlier estrado, killed between a write and its
     * rename, left here (older than {@link AtomicFiles#ORPHAN_AGE}; a younger one may be another's in use).
     */
    private void tidyOnce() {
        if (!tidied) {
            tidied = true;
            AtomicFiles.removeOrphans(directory, Instant.now());
        }
    }

    /** A file-name-safe form of an id: letters, digits, dot, dash and underscore, at most 40 characters. */
    static String slug(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (s.isEmpty()) {
            s = "deck";
        }
        return s.length() > 40 ? s.substring(s.length() - 40) : s;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String first = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return first;
    }
}
