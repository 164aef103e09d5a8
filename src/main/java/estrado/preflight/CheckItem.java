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

    /**
     * What a finding is about, in the order the check lists them. {@code AUTHOR}: the deck's homework that the
     * audience never sees (an entry never cited…), folded away and left out of the verdict.
     */
    public enum Topic { SCREENS, CLICKER, PLAN, DECK, STATE, AUTHOR }

    public CheckItem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }
}
