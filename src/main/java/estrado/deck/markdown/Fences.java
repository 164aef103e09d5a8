package estrado.deck.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows code fences line by line, so a {@code ---}, a {@code :::} or a notes marker inside a fenced block
 * is taken as its content, never as structure (the same rule CommonMark applies).
 */
final class Fences {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

    private char fenceChar;
    private int fenceLength;

    /** Whether {@code line} belongs to a fenced block (its opening and closing lines included). */
    boolean inside(String line) {
        Matcher m = FENCE.matcher(line);
        if (fenceLength == 0) {
            if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
                fenceChar = m.group(1).charAt(0);
                fenceLength = m.group(1).length();
                return true;
            }
            return false;
        }
        if (m.matches() && m.group(1).charAt(0) == fenceChar && m.group(1).length() >= fenceLength
                && m.group(2).isBlank()) {
            fenceLength = 0;
        }
        return true;
    }
}
