package estrado.present;

import estrado.i18n.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The presenter's own keys, on top of the audience keys of {@link Keymap}. None of them is a key a clicker sends
 * (PageUp, PageDown, B, ".", F5, Esc is only "close" here), and none takes a key the audience window already
 * gives a meaning: Space and P stay next/previous, so the timer has its own key, T.
 *
 * <p>"+", "-" and "?" are read from typed characters, because keyboards put them on different keys.
 */
public final class PresenterKeys {

    /** What a presenter key asks for. */
    public enum Action {
        START_PAUSE, PLUS_MINUTE, MINUS_MINUTE, RESET, OVERVIEW, GO_TO, SWAP_SCREENS, THEME, HELP, REHEARSALS,
        NOTES_BIGGER, NOTES_SMALLER, NOTES_DEFAULT, NOTES_DOWN, NOTES_UP, CLOSE, QUIT, UNDO_INK, SLIDE_THEME, NONE
    }

    /**
     * One line of the help overlay: a group, the keys, and the message key of what they do. A key whose name
     * differs by language (Space, PageDown, the mouse wheel) is written as its message key in braces,
     * {@code {key.space}}; the rest (arrows, letters, Esc, Ctrl+…) read the same in both.
     */
    public record HelpRow(String group, String keys, String textKey) {
        private static final Pattern NAME = Pattern.compile("\\{([a-zA-Z.]+)}");

        /** The keys as the lecturer reads them, each name in the interface's language. */
        public String shownKeys() {
            return NAME.matcher(keys).replaceAll(m -> Matcher.quoteReplacement(Messages.get(m.group(1))));
        }
    }

    /** Every key, audience and presenter, for the {@code ?} overlay. Keep in step with the two maps. */
    public static final List<HelpRow> HELP = List.of(
            new HelpRow("keys.group.navigation", "→  ↓  {key.space}  {key.pageDown}  {key.enter}  N", "keys.next"),
            new HelpRow("keys.group.navigation", "←  ↑  {key.pageUp}  {key.backspace}  P", "keys.previous"),
            new HelpRow("keys.group.navigation", "{key.home}  /  {key.end}", "keys.firstLast"),
            new HelpRow("keys.group.navigation", "{key.number} + {key.enter}", "keys.number"),
            new HelpRow("keys.group.navigation", "G", "keys.goTo"),
            new HelpRow("keys.group.navigation", "O", "keys.overview"),
            new HelpRow("keys.group.projector", "B  .", "keys.black"),
            new HelpRow("keys.group.projector", "W", "keys.white"),
            new HelpRow("keys.group.projector", "F  F11", "keys.fullScreen"),
            new HelpRow("keys.group.projector", "S", "keys.swap"),
            new HelpRow("keys.group.projector", "R", "keys.resetWidgets"),
            new HelpRow("keys.group.projector", "Tab  Esc", "keys.widgetMode"),
            new HelpRow("keys.group.projector", "L", "keys.pointer"),
            new HelpRow("keys.group.projector", "C  Esc", "keys.spotlight"),
            new HelpRow("keys.group.projector", "{keys.name.wheel}", "keys.spotlightRadius"),
            new HelpRow("keys.group.timer", "T  {key.pause}", "keys.startPause"),
            new HelpRow("keys.group.timer", "+  /  −", "keys.minute"),
            new HelpRow("keys.group.timer", "Ctrl+R  Ctrl+R", "keys.reset"),
            new HelpRow("keys.group.timer", "E", "keys.rehearsals"),
            new HelpRow("keys.group.timer", "Ctrl+Q", "keys.quit"),
            new HelpRow("keys.group.view", "Ctrl++  Ctrl+−  Ctrl+0", "keys.notesSize"),
            new HelpRow("keys.group.view", "Ctrl+↓  Ctrl+↑", "keys.notesScroll"),
            new HelpRow("keys.group.view", "D", "keys.theme"),
            new HelpRow("keys.group.view", "Ctrl+D", "keys.slideTheme"),
            new HelpRow("keys.group.view", "?  F1", "keys.help"),
            new HelpRow("keys.group.view", "Esc", "keys.close"),
            new HelpRow("keys.group.ink", "Z  Esc", "keys.zoom"),
            new HelpRow("keys.group.ink", "I", "keys.pen"),
            new HelpRow("keys.group.ink", "M", "keys.highlighter"),
            new HelpRow("keys.group.ink", "K", "keys.inkColour"),
            new HelpRow("keys.group.ink", "Ctrl+Z", "keys.undoInk"),
            new HelpRow("keys.group.ink", "X", "keys.clearInk"));

    private PresenterKeys() {
    }

    /** The action of a pressed key, or {@link Action#NONE} to leave it to the audience keys. */
    public static Action pressed(KeyEvent e) {
        return pressed(e.getCode(), e.isShortcutDown() || e.isControlDown(), e.isAltDown());
    }

    public static Action pressed(KeyCode code, boolean control, boolean alt) {
        if (alt) {
            return Action.NONE;
        }
        if (control) {
            return switch (code) {
                case R -> Action.RESET;
                case Q -> Action.QUIT;
                case Z -> Action.UNDO_INK;
                case D -> Action.SLIDE_THEME; // D darkens this window; Ctrl+D the slides, on both windows
                case PLUS, ADD, EQUALS -> Action.NOTES_BIGGER;
                case MINUS, SUBTRACT -> Action.NOTES_SMALLER;
                case DIGIT0, NUMPAD0 -> Action.NOTES_DEFAULT;
                case DOWN -> Action.NOTES_DOWN;
                case UP -> Action.NOTES_UP;
                default -> Action.NONE;
            };
        }
        return switch (code) {
            case T, PAUSE -> Action.START_PAUSE;
            case O -> Action.OVERVIEW;
            case G -> Action.GO_TO;
            case S -> Action.SWAP_SCREENS;
            case D -> Action.THEME;
            case E -> Action.REHEARSALS; // E for "ensayos": R resets the slide's widgets (Keymap)
            case F1 -> Action.HELP;
            case ESCAPE -> Action.CLOSE;
            default -> Action.NONE;
        };
    }

    /** The action of a typed character ("+", "-", "?"), or {@link Action#NONE}. */
    public static Action typed(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown()) {
            return Action.NONE;
        }
        return typed(e.getCharacter());
    }

    public static Action typed(String character) {
        return switch (character) {
            case "+" -> Action.PLUS_MINUTE;
            case "-", "\u2212" -> Action.MINUS_MINUTE;
            case "?", "\u00bf" -> Action.HELP;
            default -> Action.NONE;
        };
    }

    /** Whether a key belongs to a clicker: it moves the talk even while an overlay is open. */
    public static boolean isClickerKey(KeyCode code) {
        return code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN;
    }
}
