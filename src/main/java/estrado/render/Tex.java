package estrado.render;

import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXFormula;

/** LaTeX formulas parsed by JLaTeXMath, with the mistakes it lets through caught too. */
public final class Tex {
    // the one JLaTeXMath message a typo produces; the others are shown as the library words them
    private static final java.util.regex.Pattern UNKNOWN_COMMAND =
            java.util.regex.Pattern.compile("Unknown symbol or command or predefined TeXFormula: '([^']*)'");

    private Tex() {
    }

    /** Thrown for a formula that cannot be typeset; the message says why. */
    static final class TexException extends Exception {
        private static final long serialVersionUID = 1L;

        TexException(String message) {
            super(message);
        }
    }

    /** Why {@code tex} cannot be typeset, or empty when it can. */
    public static Optional<String> problem(String tex) {
        try {
            parse(tex);
            return Optional.empty();
        } catch (TexException e) {
            return Optional.of(e.getMessage());
        }
    }

    // JLaTeXMath keeps parser state in shared tables; one formula at a time is cheap and safe
    static synchronized TeXFormula parse(String tex) throws TexException {
        if (tex == null || tex.isBlank()) {
            throw new TexException(estrado.i18n.Messages.get("formula.empty"));
        }
        int open = unclosedBrace(tex);
        if (open >= 0) {
            // JLaTeXMath silently closes it, which would show a formula other than the one written
            throw new TexException(estrado.i18n.Messages.get("formula.unclosedBrace", open + 1));
        }
        try {
            return new TeXFormula(tex);
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            java.util.regex.Matcher unknown = UNKNOWN_COMMAND.matcher(m);
            if (unknown.find()) {
                throw new TexException(estrado.i18n.Messages.get("formula.unknownCommand", unknown.group(1)));
            }
            throw new TexException(m.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .reduce((a, b) -> a + " " + b).orElse(m));
        }
    }

    /** Index of the first "{" that is never closed, or -1. */
    private static int unclosedBrace(String tex) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // \{ and \} are literal braces
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.getLast();
    }
}
