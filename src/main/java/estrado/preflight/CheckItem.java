package estrado.preflight;

import java.util.Objects;

/**
 * One line of the pre-lecture check.
 *
 * @param level how much it matters
 * @param topic what it is about (screens, plan, deck, state)
 * @param text  what was found, in the user's language
 */
public record CheckItem(Level level, Topic topic, String text) {

    /** How much a finding matters. */
    public enum Level { OK, INFO, WARNING, ERROR }

    /** What a finding is about, in the order the check lists them. */
    public enum Topic { SCREENS, CLICKER, PLAN, DECK, STATE }

    public CheckItem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }
}
