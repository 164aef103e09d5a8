package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The presenter's keys stay off the clicker's and the audience's keys. */
class PresenterKeysTest {

    @Test
    void clickerKeysAreNeverPresenterKeys() {
        for (KeyCode k : List.of(KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.B, KeyCode.PERIOD, KeyCode.F5)) {
            assertEquals(PresenterKeys.Action.NONE, PresenterKeys.pressed(k, false, false), k.toString());
        }
    }

    @Test
    void audienceKeysKeepTheirMeaning() {
        Keymap audience = new Keymap();
        for (KeyCode k : KeyCode.values()) {
            if (audience.action(k, "") != Keymap.Action.NONE) {
                assertEquals(PresenterKeys.Action.NONE, PresenterKeys.pressed(k, false, false),
                        k + " is an audience key");
            }
        }
        // Space and P stay next/previous: the clock has its own key
        assertEquals(Keymap.Action.NEXT, audience.action(KeyCode.SPACE, " "));
        assertEquals(Keymap.Action.PREVIOUS, audience.action(KeyCode.P, "p"));
        assertEquals(PresenterKeys.Action.START_PAUSE, PresenterKeys.pressed(KeyCode.T, false, false));
    }

    @Test
    void resetNeedsControl() {
        assertEquals(PresenterKeys.Action.RESET, PresenterKeys.pressed(KeyCode.R, true, false));
        assertNotEquals(PresenterKeys.Action.RESET, PresenterKeys.pressed(KeyCode.R, false, false));
    }

    @Test
    void typedCharactersWorkOnAnyLayout() {
        assertEquals(PresenterKeys.Action.PLUS_MINUTE, PresenterKeys.typed("+"));
        assertEquals(PresenterKeys.Action.MINUS_MINUTE, PresenterKeys.typed("-"));
        assertEquals(PresenterKeys.Action.HELP, PresenterKeys.typed("?"));
        assertEquals(PresenterKeys.Action.HELP, PresenterKeys.typed("\u00bf"));
        assertEquals(PresenterKeys.Action.NONE, PresenterKeys.typed("b"));
    }

    @Test
    void everyHelpLineHasAText() {
        for (PresenterKeys.HelpRow r : PresenterKeys.HELP) {
            assertNotEquals(r.textKey(), estrado.i18n.Messages.get(r.textKey()), r.textKey());
            assertNotEquals(r.group(), estrado.i18n.Messages.get(r.group()), r.group());
        }
    }
}
