package estrado.preflight;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lecturer's S presses, remembered per set of monitors: the same laptop in the same room gets the same
 * roles next time, while another room starts from the default. A missing or corrupt file means no choices.
 */
public final class ScreenChoices {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Boolean> swapped = new TreeMap<>();

    private ScreenChoices(Path file) {
        this.file = file;
    }

    /** The choices stored in {@code screens.json} of the state directory. */
    public static ScreenChoices load(Path stateDir) {
        ScreenChoices c = new ScreenChoices(stateDir.resolve("screens.json"));
        if (Files.isRegularFile(c.file)) {
            try {
                c.swapped.putAll(JSON.readValue(c.file.toFile(), new TypeReference<Map<String, Boolean>>() { }));
            } catch (IOException | RuntimeException corrupt) {
                // a bad settings file must not stop a lecture: start from the defaults
            }
        }
        return c;
    }

    /** Choices that are never written, for tests and for a state directory that cannot be written. */
    public static ScreenChoices inMemory() {
        return new ScreenChoices(null);
    }

    /** Whether the roles are swapped for this set of monitors. */
    public boolean isSwapped(String monitorSet) {
        return swapped.getOrDefault(monitorSet, false);
    }

    /** Records a choice and writes it; an unwritable file keeps the choice for this session only. */
    public boolean setSwapped(String monitorSet, boolean value) {
        if (value) {
            swapped.put(monitorSet, true);
        } else {
            swapped.remove(monitorSet);
        }
        if (file == null) {
            return true;
        }
        try {
            StateFiles.writeAtomically(file, JSON.writeValueAsBytes(swapped));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
