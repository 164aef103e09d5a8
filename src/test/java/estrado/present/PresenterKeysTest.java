package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

    /** English users saw "Espacio" and "AvPág": the names of keys come from the bundle, every one of them. */
    @Test
    void keyNamesInTheHelpAreInTheInterfacesLanguage() {
        Locale before = Messages.locale();
        try {
            Messages.use(Locale.ENGLISH);
            String english = helpKeys();
            Messages.use(Locale.forLanguageTag("es"));
            String spanish = helpKeys();
            for (String shown : List.of(english, spanish)) {
                assertFalse(shown.contains("{") || shown.contains("key.") || shown.contains("keys."), shown);
            }
            for (String name : List.of("Space", "PageDown", "PageUp", "Enter", "Backspace", "Home", "End", "Pause",
                    "number", "mouse wheel")) {
                assertTrue(english.contains(name), name + " in " + english);
            }
            for (String name : List.of("Espacio", "AvPág", "RePág", "Intro", "Retroceso", "Inicio", "Fin", "Pausa",
                    "número", "rueda")) {
                assertTrue(spanish.contains(name), name + " in " + spanish);
                assertFalse(english.contains(name), name + " in " + english);
            }
        } finally {
            Messages.use(before);
        }
    }

    /** The clicker test echoes what a key does: every action of both windows has its text in both languages. */
    @Test
    void everyActionHasItsTextInBothLanguages() {
        Locale before = Messages.locale();
        try {
            for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                Messages.use(l);
                for (Keymap.Action a : Keymap.Action.values()) {
                    String key = ActionTexts.messageKey(a);
                    assertNotEquals(key, Messages.get(key), l + " " + a);
                }
                for (PresenterKeys.Action a : PresenterKeys.Action.values()) {
                    String key = ActionTexts.messageKey(a);
                    assertNotEquals(key, Messages.get(key), l + " " + a);
                }
            }
        } finally {
            Messages.use(before);
        }
    }

    private static String helpKeys() {
        return PresenterKeys.HELP.stream().map(PresenterKeys.HelpRow::shownKeys).collect(Collectors.joining("\n"));
    }
}
