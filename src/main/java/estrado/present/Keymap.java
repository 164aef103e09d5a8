package estrado.present;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The audience keys. Clickers send PageUp/PageDown/B/"." (and some F5/Esc): those keys keep
 * exactly one meaning here. Digits followed by Enter jump to a slide. L and C (pointer, spotlight), Z (zoom) and
 * the ink's keys are here, not among the presenter's keys, so they work from the projector's window too.
 */
public final class Keymap {
    /** What a key asks for. */
    public enum Action { NEXT, PREVIOUS, FIRST, LAST, GO_TO, BLACK, WHITE, FULL_SCREEN, RESET_WIDGETS,
        POINTER, SPOTLIGHT, ZOOM, PEN, HIGHLIGHTER, INK_COLOUR, CLEAR_INK, NONE }

    private final StringBuilder digits = new StringBuilder();

    /** The number typed before Enter, valid right after {@link Action#GO_TO}. */
    private int typedNumber;

    public Action action(KeyEvent e) {
        if (e.isControlDown() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            digits.setLength(0);
            return Action.NONE; // Ctrl+Z is undo, not Z: combinations are the presenter's keys
        }
        return action(e.getCode(), e.getText());
    }

    public Action action(KeyCode code, String text) {
        if (code.isDigitKey()) {
            digits.append(text != null && !text.isEmpty() && Character.isDigit(text.charAt(0)) ? text.charAt(0)
                    : code.getName().charAt(code.getName().length() - 1));
            return Action.NONE;
        }
        if (code == KeyCode.ENTER && digits.length() > 0) {
            typedNumber = Integer.parseInt(digits.length() > 6 ? digits.substring(digits.length() - 6) : digits.toString());
            digits.setLength(0);
            return Action.GO_TO;
        }
        digits.setLength(0);
        return switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER, N -> Action.NEXT;
            case LEFT, UP, PAGE_UP, BACK_SPACE, P -> Action.PREVIOUS;
            case HOME -> Action.FIRST;
            case END -> Action.LAST;
            case B, PERIOD -> Action.BLACK;
            case W -> Action.WHITE;
            case F, F11 -> Action.FULL_SCREEN;
            case R -> Action.RESET_WIDGETS;
            case L -> Action.POINTER; // L for "láser"
            case C -> Action.SPOTLIGHT; // C for "círculo" (of light)
            case Z -> Action.ZOOM;
            case I -> Action.PEN; // I for "lápiz" and "ink"
            case M -> Action.HIGHLIGHTER; // M for "marcador" and "marker"
            case K -> Action.INK_COLOUR;
            case X -> Action.CLEAR_INK; // X crosses the ink out
            default -> Action.NONE;
        };
    }

    /** Applies a navigation or blanking action to the presentation; window actions are the caller's. */
    public boolean apply(Action a, Presentation p) {
        switch (a) {
            case NEXT -> p.next();
            case PREVIOUS -> p.previous();
            case FIRST -> p.first();
            case LAST -> p.last();
            case GO_TO -> p.goTo(typedNumber);
            case BLACK -> p.toggleBlank(Presentation.Blank.BLACK);
            case WHITE -> p.toggleBlank(Presentation.Blank.WHITE);
            case RESET_WIDGETS -> p.widgetStates().reset(p.currentSlide().id());
            case POINTER -> p.pointer().toggleLaser();
            case SPOTLIGHT -> p.pointer().toggleSpotlight();
            case ZOOM -> p.zoom().toggle();
            case PEN -> p.ink().toggle(estrado.timing.InkStroke.Tool.PEN);
            case HIGHLIGHTER -> p.ink().toggle(estrado.timing.InkStroke.Tool.HIGHLIGHTER);
            case INK_COLOUR -> p.ink().nextColour();
            case CLEAR_INK -> p.ink().clear(p.inkPage());
            default -> {
                return false;
            }
        }
        return true;
    }
}
