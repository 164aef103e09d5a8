package estrado.deck;

import java.nio.file.Path;

/** One thing wrong (or worth a warning) in a deck, pinned to where it is. */
public record Problem(Severity severity, Location location, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message}, the form every editor can jump to. */
    public String format(Path base) {
        String prefix = severity == Severity.WARNING ? estrado.i18n.Messages.get("problem.warning") + ": " : "";
        return location.display(base) + ": " + prefix + message;
    }
}
