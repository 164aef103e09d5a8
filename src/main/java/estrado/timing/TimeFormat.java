package estrado.timing;

import java.time.Duration;

/** Formats talk times the way the presenter shows them: mm:ss, and signed ±mm:ss for deltas. */
public final class TimeFormat {

    /** The typographic minus sign, so "−00:45" is as wide as "+00:45" in a tabular font. */
    public static final char MINUS = '\u2212';

    private TimeFormat() {
    }

    /**
     * A signed delta such as "+01:30" or "−00:45", truncated to whole seconds. Zero (and anything under a second)
     * is "+00:00", so the sign never flickers around zero. Minutes are not wrapped into hours.
     */
    public static String signed(Duration delta) {
        long seconds = delta.getSeconds() + (delta.isNegative() && delta.getNano() > 0 ? 1 : 0);
        char sign = seconds < 0 ? MINUS : '+';
        return sign + minutesSeconds(Math.abs(seconds));
    }

    /** An unsigned duration as "mm:ss" (negative durations are shown as their absolute value). */
    public static String minutesSeconds(Duration d) {
        return minutesSeconds(Math.abs(d.getSeconds() + (d.isNegative() && d.getNano() > 0 ? 1 : 0)));
    }

    private static String minutesSeconds(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
