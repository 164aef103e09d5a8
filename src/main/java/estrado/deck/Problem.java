package estrado.deck;

import estrado.i18n.Messages;
import java.nio.file.Path;

/** One thing wrong (or worth a warning) in a deck, pinned to where it is. */
public record Problem(Severity severity, Location location, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        message = oneLine(message);
    }

    /**
     * A problem is one line on a terminal and in the banner; parsers quote the offending character
     * verbatim, which may be a line break or a control character, so those are shown escaped.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(message.length());
        message.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message}, the form every editor can jump to. */
    public String format(Path base) {
        String prefix = severity == Severity.WARNING ? Messages.get("problem.warning") + ": " : "";
        return location.display(base) + ": " + prefix + message;
    }
}
