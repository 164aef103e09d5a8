package estrado.present;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.preflight.StateFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The deck folders opened lately, newest first, kept in {@code recent-decks.json} of the state directory.
 * Folders that have gone away are dropped on reading; a missing or corrupt file means an empty list.
 */
public final class RecentDecks {
    /** More would not fit a menu at a glance. */
    public static final int MAX = 8;
    static final String FILE = "recent-decks.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final List<Path> decks = new ArrayList<>();

    private RecentDecks(Path file) {
        this.file = file;
    }

    public static RecentDecks load(Path stateDir) {
        RecentDecks r = new RecentDecks(stateDir.resolve(FILE));
        if (Files.isRegularFile(r.file)) {
            try {
                for (String s : JSON.readValue(r.file.toFile(), new TypeReference<List<String>>() { })) {
                    r.keep(s);
                }
            } catch (IOException | RuntimeException corrupt) {
                r.decks.clear(); // a bad settings file must not stop a lecture
            }
        }
        return r;
    }

    /** A list that is never written (tests; no state directory). */
    public static RecentDecks inMemory() {
        return new RecentDecks(null);
    }

    private void keep(String written) {
        if (written == null || decks.size() >= MAX) {
            return;
        }
        try {
            Path p = Path.of(written);
            if (p.isAbsolute() && Files.isDirectory(p) && !decks.contains(p)) {
                decks.add(p);
            }
        } catch (InvalidPathException e) {
            // written on another system: not a folder here
        }
    }

    /** Newest first, at most {@link #MAX}. */
    public List<Path> decks() {
        return List.copyOf(decks);
    }

    /**
     * Puts a deck folder first and writes the list. Folders inside the app's jar (the bundled deck) are not
     * recorded: they cannot be reopened by path. Returns false when the file could not be written.
     */
    public boolean record(Path folder) {
        if (folder.getFileSystem() != FileSystems.getDefault()) {
            return true;
        }
        Path p = folder.toAbsolutePath().normalize();
        decks.remove(p);
        decks.add(0, p);
        decks.removeIf(d -> !Files.isDirectory(d));
        while (decks.size() > MAX) {
            decks.remove(decks.size() - 1);
        }
        if (file == null) {
            return true;
        }
        try {
            List<String> written = decks.stream().map(Path::toString).toList();
            StateFiles.writeAtomically(file, JSON.writeValueAsBytes(written));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
