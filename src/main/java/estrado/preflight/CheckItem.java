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
    public enum Level {
        OK, INFO, WARNING, ERROR;

        /** The key of its short label ("aviso"). */
        public String messageKey() {
            return switch (this) {
                case OK -> "level.OK";
                case INFO -> "level.INFO";
                case WARNING -> "level.WARNING";
                case ERROR -> "level.ERROR";
            };
        }

        /** The key of the closing sentence when this is the worst finding. */
        public String summaryKey() {
            return switch (this) {
                case OK -> "doctor.summary.OK";
                case INFO -> "doctor.summary.INFO";
                case WARNING -> "doctor.summary.WARNING";
                case ERROR -> "doctor.summary.ERROR";
            };
        }
    }

    /**
     * What a finding is about, in the order the check lists them. {@code AUTHOR}: the deck's homework that the
     * audience never sees (an entry never cited…), folded away and left out of the verdict.
     */
    public enum Topic {
        SCREENS, CLICKER, PLAN, DECK, STATE, AUTHOR;

        /** The key of its heading; the author's takes the count of findings as {0}. */
        public String messageKey() {
            return switch (this) {
                case SCREENS -> "topic.screens";
                case CLICKER -> "topic.clicker";
                case PLAN -> "topic.plan";
                case DECK -> "topic.deck";
                case STATE -> "topic.state";
                case AUTHOR -> "topic.author";
            };
        }
    }

    public CheckItem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }
}
