package estrado.render;

import estrado.i18n.Messages;
import java.util.Optional;
import java.util.Set;

/**
 * What a formula may be, checked on the text before JLaTeXMath sees it: a formula is data, not a
 * program. JLaTeXMath's parser runs macro definitions ({@code \newcommand} recursion spins forever,
 * an exponential one eats gigabytes), reads files ({@code \includegraphics} draws any picture on the
 * disk, outside the deck) and changes tables shared by every later formula ({@code \definecolor},
 * {@code \DeclareMathSizes}); its parser and layout recurse once per nesting level. So the commands
 * that define, load or reconfigure are refused by name, and length and nesting are bounded here.
 */
final class TexGuard {
    /** Ten times the longest formula of a lecture; enough for a full line of display math. */
    static final int MAX_LENGTH = 2000;
    /** Groups, {@code \left…\right} and environments inside each other. */
    static final int MAX_DEPTH = 30;

    /**
     * Commands that define, load, run or reconfigure instead of drawing: JLaTeXMath's own
     * (PredefinedCommands: newcommand, renewcommand, newenvironment, renewenvironment,
     * includegraphics, makeatletter/other, definecolor, DeclareMathSizes, magnification, jlmDynamic,
     * jlmExternalFont, jlmXML) and TeX's (def, let, input…), which JLaTeXMath may learn in a later
     * version and which must not silently start working then.
     */
    static final Set<String> REFUSED = Set.of("newcommand", "renewcommand", "providecommand", "newenvironment",
            "renewenvironment", "def", "gdef", "edef", "xdef", "let", "futurelet", "includegraphics", "input",
            "include", "usepackage", "RequirePackage", "documentclass", "makeatletter", "makeatother",
            "definecolor", "DeclareMathSizes", "DeclareMathOperator", "magnification", "jlmDynamic",
            "jlmExternalFont", "jlmXML", "newif", "csname", "expandafter", "catcode", "openin", "openout",
            "read", "write", "immediate", "special");

    private TexGuard() {
    }

    /** Why {@code tex} must not reach the parser, with where in it; empty when it may. */
    static Optional<Tex.Fault> check(String tex) {
        if (tex == null || tex.isBlank()) {
            return Optional.of(new Tex.Fault(Messages.get("formula.empty"), Tex.Fault.Kind.INVALID));
        }
        if (tex.length() > MAX_LENGTH) {
            return Optional.of(new Tex.Fault(Messages.get("formula.tooLong", tex.length(), MAX_LENGTH),
                    Tex.Fault.Kind.REFUSED));
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int end = commandEnd(tex, i + 1);
                String name = tex.substring(i + 1, end);
                if (REFUSED.contains(name)) {
                    return Optional.of(new Tex.Fault(Messages.get("formula.refused", name), i, end - i,
                            Tex.Fault.Kind.REFUSED));
                }
                if (name.equals("left") || name.equals("begin")) {
                    depth++;
                } else if (name.equals("right") || name.equals("end")) {
                    depth--;
                }
                i = Math.max(i + 1, end - 1); // \{ and \} are literal braces
            } else if (c == '{') {
                open.push(i);
            } else if (c == '}' && !open.isEmpty()) {
                open.pop();
            }
            if (open.size() + depth > MAX_DEPTH) {
                return Optional.of(new Tex.Fault(Messages.get("formula.tooDeep", MAX_DEPTH), i, 1, Tex.Fault.Kind.REFUSED));
            }
        }
        if (!open.isEmpty()) {
            // JLaTeXMath silently closes it, which would show a formula other than the one written
            int at = open.getLast();
            return Optional.of(new Tex.Fault(Messages.get("formula.unclosedBrace", at + 1), at, 1, Tex.Fault.Kind.INVALID));
        }
        return Optional.empty();
    }

    /** The end of a command's name: letters (and @, as in LaTeX's internals), or one other character. */
    private static int commandEnd(String tex, int from) {
        int j = from;
        while (j < tex.length() && (Character.isLetter(tex.charAt(j)) || tex.charAt(j) == '@')) {
            j++;
        }
        return j == from ? Math.min(tex.length(), from + 1) : j;
    }
}
