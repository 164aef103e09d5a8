package estrado.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines start the toolkit before the command line is read (Main.showsWindows). */
class ShowsWindowsTest {
    @TempDir
    Path deck;

    @Test
    void theWindowsStartTheToolkitAtOnce() {
        assertTrue(Main.showsWindows(new String[0]), "a double-click");
        assertTrue(Main.showsWindows(new String[] {"present"}));
        assertTrue(Main.showsWindows(new String[] {"present", deck.toString(), "--no-check"}));
        assertTrue(Main.showsWindows(new String[] {deck.toString()}), "estrado DECK is estrado present DECK");
    }

    @Test
    void helpAndOtherCommandsDoNot() {
        assertFalse(Main.showsWindows(new String[] {"present", "--help"}));
        assertFalse(Main.showsWindows(new String[] {"present", "-h"}));
        assertFalse(Main.showsWindows(new String[] {"--version"}));
        assertFalse(Main.showsWindows(new String[] {"check", deck.toString()}));
        assertFalse(Main.showsWindows(new String[] {"export", deck.toString(), "--pdf", "x.pdf"}));
        assertFalse(Main.showsWindows(new String[] {"no-such-folder-or-command"}));
    }
}
