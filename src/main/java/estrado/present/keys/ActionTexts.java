package estrado.present.keys;

/**
 * The message key of what each key action does, as the clicker test echoes it. Written out for every action (no key
 * built from an enum's name): the switch has no default, so a new action does not compile without its text.
 */
public final class ActionTexts {
    private ActionTexts() {
    }

    public static String messageKey(Keys.Action a) {
        return switch (a) {
            case NEXT -> "action.NEXT";
            case PREVIOUS -> "action.PREVIOUS";
            case FIRST -> "action.FIRST";
            case LAST -> "action.LAST";
            case GO_TO_NUMBER -> "action.GO_TO";
            case BLACK -> "action.BLACK";
            case WHITE -> "action.WHITE";
            case FULL_SCREEN -> "action.FULL_SCREEN";
            case RESET_WIDGETS -> "action.RESET_WIDGETS";
            case POINTER -> "action.POINTER";
            case SPOTLIGHT -> "action.SPOTLIGHT";
            case ZOOM -> "action.ZOOM";
            case PEN -> "action.PEN";
            case HIGHLIGHTER -> "action.HIGHLIGHTER";
            case INK_COLOUR -> "action.INK_COLOUR";
            case CLEAR_INK -> "action.CLEAR_INK";
            case START_PAUSE -> "paction.START_PAUSE";
            case PLUS_MINUTE -> "paction.PLUS_MINUTE";
            case MINUS_MINUTE -> "paction.MINUS_MINUTE";
            case RESET_CLOCK -> "paction.RESET";
            case OVERVIEW -> "paction.OVERVIEW";
            case FIND_SLIDE -> "paction.GO_TO";
            case SWAP_SCREENS -> "paction.SWAP_SCREENS";
            case THEME -> "paction.THEME";
            case HELP -> "paction.HELP";
            case REHEARSALS -> "paction.REHEARSALS";
            case NOTES_BIGGER -> "paction.NOTES_BIGGER";
            case NOTES_SMALLER -> "paction.NOTES_SMALLER";
            case NOTES_DEFAULT -> "paction.NOTES_DEFAULT";
            case NOTES_DOWN -> "paction.NOTES_DOWN";
            case NOTES_UP -> "paction.NOTES_UP";
            case CLOSE -> "paction.CLOSE";
            case QUIT -> "paction.QUIT";
            case UNDO_INK -> "paction.UNDO_INK";
            case SLIDE_THEME -> "paction.SLIDE_THEME";
            case NONE -> "action.NONE";
        };
    }
}
