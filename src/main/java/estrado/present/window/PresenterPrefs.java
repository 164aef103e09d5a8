package estrado.present.window;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import estrado.preflight.StateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the lecturer set in the presenter and expects to find next time: the chrome's theme and the notes size.
 * Stored in {@code presenter.json} of the state directory; a missing or broken file gives the defaults.
 */
public final class PresenterPrefs {
    /** The chrome's look: follow the system, or the lecturer's choice. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    /** The file format. */
    record Stored(String theme, Double notesSize, Map<String, String> slotEnds) { }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private Theme theme = Theme.SYSTEM;
    private double notesSize = NotesView.DEFAULT_SIZE;
    /** Each deck's fixed end of the class ("11:45"), by deck id: a course meets in the same slot every week. */
    private final Map<String, String> slotEnds = new TreeMap<>();

    private PresenterPrefs(Path file) {
        this.file = file;
    }

    public static PresenterPrefs load(Path stateDir) {
        PresenterPrefs p = new PresenterPrefs(stateDir == null ? null : stateDir.resolve("presenter.json"));
        if (p.file != null && Files.isRegularFile(p.file)) {
            try {
                Stored s = JSON.readValue(p.file.toFile(), Stored.class);
                if (s.theme() != null) {
                    p.theme = Theme.valueOf(s.theme());
                }
                if (s.notesSize() != null) {
                    p.notesSize = s.notesSize();
                }
                if (s.slotEnds() != null) {
                    p.slotEnds.putAll(s.slotEnds());
                }
            } catch (IOException | RuntimeException broken) {
                // defaults: a settings file must never stop a lecture
            }
        }
        return p;
    }

    /** Preferences that live only as long as the window (tests, quick looks). */
    public static PresenterPrefs inMemory(Theme theme) {
        PresenterPrefs p = new PresenterPrefs(null);
        p.theme = theme;
        return p;
    }

    public Theme theme() {
        return theme;
    }

    public double notesSize() {
        return notesSize;
    }

    /** The end of the class last set for this deck, or "" if none. */
    public String slotEnd(String deckId) {
        return slotEnds.getOrDefault(deckId, "");
    }

    public void setSlotEnd(String deckId, String hhmm) {
        if (hhmm == null || hhmm.isBlank()) {
            slotEnds.remove(deckId);
        } else {
            slotEnds.put(deckId, hhmm);
        }
        save();
    }

    public void setTheme(Theme t) {
        theme = t;
        save();
    }

    public void setNotesSize(double px) {
        notesSize = px;
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            StateFiles.writeAtomically(file, JSON.writeValueAsBytes(new Stored(theme.name(), notesSize, slotEnds)));
        } catch (IOException ignored) {
            // the choice still holds for this session
        }
    }
}
