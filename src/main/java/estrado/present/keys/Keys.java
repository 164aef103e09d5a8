package estrado.present.keys;

import estrado.i18n.Messages;
import estrado.present.talk.Presentation;
import estrado.timing.InkStroke;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The one key table of a talk: every key of both windows, what it does, and the {@code ?} help that lists them.
 * A key has one meaning wherever it is pressed. The talk's keys ({@link Action#movesTheTalk()}: navigation,
 * blanking, pointer, zoom, ink) work in either window; the presenter's own keys (clock, overlays, notes, screens)
 * act on the presenter window, also when pressed on the projector's.
 *
 * <p>Clickers send PageUp/PageDown/B/"." (and some F5/Esc): those keys keep exactly one meaning. Digits followed by
 * Enter go to a slide. "+", "-" and "?" are read from typed characters, because keyboards put them on different
 * keys. Combinations (Ctrl+…) are the presenter's: Ctrl+Z is undo, not Z.
 */
public final class Keys {

    /** What a key asks for. */
    public enum Action {
        NEXT, PREVIOUS, FIRST, LAST,
        /** Digits, then Enter: that slide. */
        GO_TO_NUMBER,
        BLACK, WHITE, FULL_SCREEN, RESET_WIDGETS, POINTER, SPOTLIGHT, ZOOM, PEN, HIGHLIGHTER, INK_COLOUR, CLEAR_INK,
        START_PAUSE(true), PLUS_MINUTE(true), MINUS_MINUTE(true),
        /** Ctrl+R: back to before the talk (asked first). */
        RESET_CLOCK(true),
        OVERVIEW(true),
        /** G: the "ir a" panel, a slide found by its number or by words of its title. */
        FIND_SLIDE(true),
        SWAP_SCREENS(true), THEME(true), HELP(true), REHEARSALS(true),
        NOTES_BIGGER(true), NOTES_SMALLER(true), NOTES_DEFAULT(true), NOTES_DOWN(true), NOTES_UP(true),
        CLOSE(true), QUIT(true), UNDO_INK(true),
        /** Ctrl+D: the slides light or dark, on both windows (D darkens only the presenter's own window). */
        SLIDE_THEME(true), NONE;

        private final boolean presenters;

        Action() {
            this(false);
        }

        Action(boolean presenters) {
            this.presenters = presenters;
        }

        /** Whether it acts on the talk itself (either window applies it); otherwise it is the presenter window's. */
        public boolean movesTheTalk() {
            return !presenters && this != NONE;
        }

        /** Whether it is one of the presenter window's own keys. */
        public boolean isPresenters() {
            return presenters;
        }
    }

    /**
     * One line of the help overlay: a group, the keys, the message key of what they do, and the actions it explains.
     * A key whose name differs by language (Space, PageDown, the mouse wheel) is written as its message key in
     * braces, {@code {key.space}}; the rest (arrows, letters, Esc, Ctrl+…) read the same in both.
     */
    public record HelpRow(String group, String keys, String textKey, Set<Action> actions) {
        private static final Pattern NAME = Pattern.compile("\\{([a-zA-Z.]+)}");

        HelpRow(String group, String keys, String textKey, Action... actions) {
            this(group, keys, textKey, actions.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(actions[0], actions)));
        }

        /** The keys as the lecturer reads them, each name in the interface's language. */
        public String shownKeys() {
            return NAME.matcher(keys).replaceAll(m -> Matcher.quoteReplacement(Messages.get(m.group(1))));
        }
    }

    /** Every key, for the {@code ?} overlay; a test holds it against {@link Action}: every action has its line. */
    public static final List<HelpRow> HELP = List.of(
            new HelpRow("keys.group.navigation", "→  ↓  {key.space}  {key.pageDown}  {key.enter}  N", "keys.next",
                    Action.NEXT),
            new HelpRow("keys.group.navigation", "←  ↑  {key.pageUp}  {key.backspace}  P", "keys.previous",
                    Action.PREVIOUS),
            new HelpRow("keys.group.navigation", "{key.home}  /  {key.end}", "keys.firstLast", Action.FIRST,
                    Action.LAST),
            new HelpRow("keys.group.navigation", "{key.number} + {key.enter}", "keys.number", Action.GO_TO_NUMBER),
            new HelpRow("keys.group.navigation", "G", "keys.goTo", Action.FIND_SLIDE),
            new HelpRow("keys.group.navigation", "O", "keys.overview", Action.OVERVIEW),
            new HelpRow("keys.group.projector", "B  .", "keys.black", Action.BLACK),
            new HelpRow("keys.group.projector", "W", "keys.white", Action.WHITE),
            new HelpRow("keys.group.projector", "F  F11", "keys.fullScreen", Action.FULL_SCREEN),
            new HelpRow("keys.group.projector", "S", "keys.swap", Action.SWAP_SCREENS),
            new HelpRow("keys.group.projector", "R", "keys.resetWidgets", Action.RESET_WIDGETS),
            new HelpRow("keys.group.projector", "Tab  Esc", "keys.widgetMode"),
            // the mouse never takes the keys from the talk (a TA's click on a label, then Right, changed the model)
            new HelpRow("keys.group.projector", "{keys.name.widgetMouse}", "keys.widgetMouse"),
            new HelpRow("keys.group.projector", "L", "keys.pointer", Action.POINTER),
            new HelpRow("keys.group.projector", "C  Esc", "keys.spotlight", Action.SPOTLIGHT),
            new HelpRow("keys.group.projector", "{keys.name.wheel}", "keys.spotlightRadius"),
            new HelpRow("keys.group.timer", "T  {key.pause}", "keys.startPause", Action.START_PAUSE),
            new HelpRow("keys.group.timer", "+  /  −", "keys.minute", Action.PLUS_MINUTE, Action.MINUS_MINUTE),
            new HelpRow("keys.group.timer", "Ctrl+R  Ctrl+R", "keys.reset", Action.RESET_CLOCK),
            new HelpRow("keys.group.timer", "E", "keys.rehearsals", Action.REHEARSALS),
            new HelpRow("keys.group.timer", "Ctrl+Q", "keys.quit", Action.QUIT),
            new HelpRow("keys.group.view", "Ctrl++  Ctrl+−  Ctrl+0", "keys.notesSize", Action.NOTES_BIGGER,
                    Action.NOTES_SMALLER, Action.NOTES_DEFAULT),
            new HelpRow("keys.group.view", "Ctrl+↓  Ctrl+↑", "keys.notesScroll", Action.NOTES_DOWN, Action.NOTES_UP),
            new HelpRow("keys.group.view", "D", "keys.theme", Action.THEME),
            new HelpRow("keys.group.view", "Ctrl+D", "keys.slideTheme", Action.SLIDE_THEME),
            new HelpRow("keys.group.view", "?  F1", "keys.help", Action.HELP),
            new HelpRow("keys.group.view", "Esc", "keys.close", Action.CLOSE),
            new HelpRow("keys.group.ink", "Z  Esc", "keys.zoom", Action.ZOOM),
            new HelpRow("keys.group.ink", "I", "keys.pen", Action.PEN),
            new HelpRow("keys.group.ink", "M", "keys.highlighter", Action.HIGHLIGHTER),
            new HelpRow("keys.group.ink", "K", "keys.inkColour", Action.INK_COLOUR),
            new HelpRow("keys.group.ink", "Ctrl+Z", "keys.undoInk", Action.UNDO_INK),
            new HelpRow("keys.group.ink", "X", "keys.clearInk", Action.CLEAR_INK),
            // the same tools as buttons on the projector's window, for one screen with a touch screen
            new HelpRow("keys.group.ink", "{keys.name.inkButtons}", "keys.inkButtons", Action.PEN, Action.HIGHLIGHTER,
                    Action.INK_COLOUR, Action.UNDO_INK, Action.CLEAR_INK, Action.ZOOM));

    /** The digits typed so far, before Enter: one buffer per window. */
    private final StringBuilder digits = new StringBuilder();
    /** The number typed before Enter, valid right after {@link Action#GO_TO_NUMBER}. */
    private int typedNumber;

    /** The action of a pressed key; digits are kept until Enter makes them {@link Action#GO_TO_NUMBER}. */
    public Action pressed(KeyEvent e) {
        return pressed(e.getCode(), e.getText(), e.isShortcutDown() || e.isControlDown() || e.isMetaDown(),
                e.isAltDown());
    }

    public Action pressed(KeyCode code, String text, boolean control, boolean alt) {
        if (control || alt) {
            digits.setLength(0);
            return of(code, control, alt);
        }
        if (code.isDigitKey()) {
            digits.append(text != null && !text.isEmpty() && Character.isDigit(text.charAt(0)) ? text.charAt(0)
                    : code.getName().charAt(code.getName().length() - 1));
            return Action.NONE;
        }
        if (code == KeyCode.ENTER && digits.length() > 0) {
            typedNumber = Integer.parseInt(digits.length() > 6 ? digits.substring(digits.length() - 6) : digits.toString());
            digits.setLength(0);
            return Action.GO_TO_NUMBER;
        }
        digits.setLength(0);
        return of(code, false, false);
    }

    /** What a pressed key means by the table alone, without the digits typed before it. */
    public static Action of(KeyEvent e) {
        return of(e.getCode(), e.isShortcutDown() || e.isControlDown() || e.isMetaDown(), e.isAltDown());
    }

    /** The table itself: what a key means, without the typed digits (which only {@link #pressed} keeps). */
    public static Action of(KeyCode code, boolean control, boolean alt) {
        if (alt) {
            return Action.NONE;
        }
        if (control) {
            return switch (code) {
                case R -> Action.RESET_CLOCK;
                case Q -> Action.QUIT;
                case Z -> Action.UNDO_INK;
                case D -> Action.SLIDE_THEME;
                case PLUS, ADD, EQUALS -> Action.NOTES_BIGGER;
                case MINUS, SUBTRACT -> Action.NOTES_SMALLER;
                case DIGIT0, NUMPAD0 -> Action.NOTES_DEFAULT;
                case DOWN -> Action.NOTES_DOWN;
                case UP -> Action.NOTES_UP;
                default -> Action.NONE;
            };
        }
        return switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER, N -> Action.NEXT;
            case LEFT, UP, PAGE_UP, BACK_SPACE, P -> Action.PREVIOUS;
            case HOME -> Action.FIRST;
            case END -> Action.LAST;
            case B, PERIOD -> Action.BLACK;
            case W -> Action.WHITE;
            case F, F11 -> Action.FULL_SCREEN;
            case R -> Action.RESET_WIDGETS; // Ctrl+R resets the clock
            case L -> Action.POINTER; // L for "láser"
            case C -> Action.SPOTLIGHT; // C for "círculo" (of light)
            case Z -> Action.ZOOM;
            case I -> Action.PEN; // I for "lápiz" and "ink"
            case M -> Action.HIGHLIGHTER; // M for "marcador" and "marker"
            case K -> Action.INK_COLOUR;
            case X -> Action.CLEAR_INK; // X crosses the ink out
            // the clock has its own key: Space and P stay next/previous
            case T, PAUSE -> Action.START_PAUSE;
            case O -> Action.OVERVIEW;
            case G -> Action.FIND_SLIDE;
            case S -> Action.SWAP_SCREENS;
            case D -> Action.THEME;
            case E -> Action.REHEARSALS; // E for "ensayos": R resets the slide's widgets
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

    /** Applies an action of the talk to the presentation; false for the windows' own (full screen, presenter's). */
    public boolean apply(Action a, Presentation p) {
        switch (a) {
            case NEXT -> p.next();
            case PREVIOUS -> p.previous();
            case FIRST -> p.first();
            case LAST -> p.last();
            case GO_TO_NUMBER -> p.goTo(typedNumber);
            case BLACK -> p.toggleBlank(Presentation.Blank.BLACK);
            case WHITE -> p.toggleBlank(Presentation.Blank.WHITE);
            case RESET_WIDGETS -> p.widgetStates().reset(p.currentSlide().id());
            case POINTER -> p.pointer().toggleLaser();
            case SPOTLIGHT -> p.pointer().toggleSpotlight();
            case ZOOM -> p.zoom().toggle();
            case PEN -> p.ink().toggle(InkStroke.Tool.PEN);
            case HIGHLIGHTER -> p.ink().toggle(InkStroke.Tool.HIGHLIGHTER);
            case INK_COLOUR -> p.ink().nextColour();
            case CLEAR_INK -> p.ink().clear(p.inkPage());
            default -> {
                return false;
            }
        }
        return true;
    }
}
