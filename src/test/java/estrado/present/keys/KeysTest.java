package estrado.present.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.i18n.Messages;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The one key table: clickers' keys move the talk, the presenter's keys are off them, the help lists every action. */
class KeysTest {

    @Test
    void clickerKeysMoveTheTalkAndAreNeverPresenterKeys() {
        for (KeyCode k : List.of(KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.B, KeyCode.PERIOD)) {
            assertTrue(Keys.of(k, false, false).movesTheTalk(), k.toString());
        }
        assertEquals(Keys.Action.NONE, Keys.of(KeyCode.F5, false, false), "F5 starts the talk in the dialog only");
    }

    @Test
    void spaceAndPStayNextAndPreviousTheClockHasItsOwnKey() {
        Keys keys = new Keys();
        assertEquals(Keys.Action.NEXT, keys.pressed(KeyCode.SPACE, " ", false, false));
        assertEquals(Keys.Action.PREVIOUS, keys.pressed(KeyCode.P, "p", false, false));
        assertEquals(Keys.Action.START_PAUSE, keys.pressed(KeyCode.T, "t", false, false));
        assertTrue(Keys.Action.START_PAUSE.isPresenters());
        assertFalse(Keys.Action.NEXT.isPresenters());
    }

    /** Two "go to"s used to share one name: digits + Enter go to that slide, G opens the panel that finds one. */
    @Test
    void digitsThenEnterGoToANumberAndGFindsASlide() {
        Keys keys = new Keys();
        assertEquals(Keys.Action.NONE, keys.pressed(KeyCode.DIGIT1, "1", false, false));
        assertEquals(Keys.Action.NONE, keys.pressed(KeyCode.DIGIT2, "2", false, false));
        assertEquals(Keys.Action.GO_TO_NUMBER, keys.pressed(KeyCode.ENTER, "\r", false, false));
        assertEquals(Keys.Action.NEXT, keys.pressed(KeyCode.ENTER, "\r", false, false), "Enter alone is next");
        assertEquals(Keys.Action.FIND_SLIDE, keys.pressed(KeyCode.G, "g", false, false));
        assertTrue(Keys.Action.GO_TO_NUMBER.movesTheTalk());
        assertTrue(Keys.Action.FIND_SLIDE.isPresenters());
    }

    @Test
    void resetNeedsControl() {
        assertEquals(Keys.Action.RESET_CLOCK, Keys.of(KeyCode.R, true, false));
        assertEquals(Keys.Action.RESET_WIDGETS, Keys.of(KeyCode.R, false, false));
        assertEquals(Keys.Action.UNDO_INK, Keys.of(KeyCode.Z, true, false), "Ctrl+Z is undo, not Z");
        assertEquals(Keys.Action.NONE, Keys.of(KeyCode.RIGHT, false, true), "Alt combinations are left alone");
    }

    @Test
    void typedCharactersWorkOnAnyLayout() {
        assertEquals(Keys.Action.PLUS_MINUTE, Keys.typed("+"));
        assertEquals(Keys.Action.MINUS_MINUTE, Keys.typed("-"));
        assertEquals(Keys.Action.HELP, Keys.typed("?"));
        assertEquals(Keys.Action.HELP, Keys.typed("\u00bf"));
        assertEquals(Keys.Action.NONE, Keys.typed("b"));
    }

    /** The help and the table are one: every action a key can ask for has its line in the {@code ?} help. */
    @Test
    void everyActionHasItsLineInTheHelp() {
        Set<Keys.Action> explained = EnumSet.noneOf(Keys.Action.class);
        Keys.HELP.forEach(r -> explained.addAll(r.actions()));
        for (Keys.Action a : Keys.Action.values()) {
            if (a != Keys.Action.NONE) {
                assertTrue(explained.contains(a), a + " has no line in the help");
            }
        }
    }

    /** The projector's ink and zoom buttons (issue 20) have their line, naming each button as it is labelled. */
    @Test
    void theHelpNamesTheProjectorsInkButtons() {
        Locale before = Messages.locale();
        try {
            for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                Messages.use(l);
                Keys.HelpRow row = Keys.HELP.stream().filter(r -> r.textKey().equals("keys.inkButtons")).findFirst()
                        .orElseThrow();
                assertEquals(Messages.get("keys.name.inkButtons"), row.shownKeys());
                for (String button : List.of("pen", "highlighter", "colour", "undo", "clear", "zoom")) {
                    String label = Messages.get("inkTools." + button);
                    assertTrue(Messages.get(row.textKey()).contains(label), l + ": " + label);
                }
            }
        } finally {
            Messages.use(before);
        }
    }

    @Test
    void everyHelpLineHasAText() {
        for (Keys.HelpRow r : Keys.HELP) {
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
                for (Keys.Action a : Keys.Action.values()) {
                    String key = ActionTexts.messageKey(a);
                    assertNotEquals(key, Messages.get(key), l + " " + a);
                }
            }
        } finally {
            Messages.use(before);
        }
    }

    private static String helpKeys() {
        return Keys.HELP.stream().map(Keys.HelpRow::shownKeys).collect(Collectors.joining("\n"));
    }
}
