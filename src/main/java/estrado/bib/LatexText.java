package estrado.bib;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;

/** Turns a BibTeX field value written in LaTeX into plain Unicode text, through jbibtex's LaTeX printer. */
final class LatexText {

    // jbibtex's LaTeX grammar rejects '$', '~' and "\ ", and drops "\i" under an accent,
    // so those are rewritten before parsing; the rest is jbibtex's job.
    private static final Pattern MATH_OR_SYMBOL =
            Pattern.compile("(?<!\\\\)\\$(.*?)(?<!\\\\)\\$|[^\\u0000-\\u00FF\\p{L}]");
    private static final Pattern MATH_COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");
    private static final Map<String, String> MATH_SYMBOLS = Map.ofEntries(
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("approx", "≈"),
            Map.entry("sim", "∼"), Map.entry("leq", "≤"), Map.entry("geq", "≥"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("pm", "±"), Map.entry("infty", "∞"), Map.entry("alpha", "α"),
            Map.entry("beta", "β"), Map.entry("Psi", "Ψ"), Map.entry("in", "∈"), Map.entry("mathbb", ""));
    private static final Pattern DOTLESS_I = Pattern.compile("\\\\i(?![a-zA-Z])");
    private static final Pattern CEDILLA = Pattern.compile("\\\\c\\{?([cC])\\}?");
    private static final Pattern TIE = Pattern.compile("(?<!\\\\)~");
    private static final Pattern CONTROL_SPACE = Pattern.compile("\\\\[ ,;:!]");
    private static final Pattern BARE_SPECIAL = Pattern.compile("(?<!\\\\)([_&#%])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LatexText() {
    }

    /** Plain Unicode text for a LaTeX field value: accents resolved, braces removed, escapes undone. */
    static String toUnicode(String latex) {
        if (latex == null || latex.isBlank()) {
            return "";
        }
        String s = prepare(latex);
        // jbibtex's lexer rejects '$' and symbols outside Latin-1 (→, ×, —): convert the text between them
        StringBuilder out = new StringBuilder();
        Matcher m = MATH_OR_SYMBOL.matcher(s);
        int from = 0;
        while (m.find()) {
            out.append(convert(s.substring(from, m.start())));
            out.append(m.group(1) != null ? math(m.group(1)) : m.group());
            from = m.end();
        }
        out.append(convert(s.substring(from)));
        // ties become plain spaces: slides wrap text themselves
        return WHITESPACE.matcher(out.toString().replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    private static String convert(String segment) {
        if (segment.isEmpty()) {
            return segment;
        }
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(segment);
            return new LaTeXPrinter().print(objects);
        } catch (ParseException | RuntimeException e) {
            return fallback(segment);
        }
    }

    private static String prepare(String latex) {
        String s = WHITESPACE.matcher(latex).replaceAll(" ");
        s = DOTLESS_I.matcher(s).replaceAll("i");
        s = CEDILLA.matcher(s).replaceAll(m -> m.group(1).equals("c") ? "ç" : "Ç");
        s = CONTROL_SPACE.matcher(s).replaceAll(" ");
        s = BARE_SPECIAL.matcher(s).replaceAll("\\\\$1"); // a bare '_' or '&' in a note means itself
        return TIE.matcher(s).replaceAll("\u00A0");
    }

    private static String math(String body) {
        String text = MATH_COMMAND.matcher(body)
                .replaceAll(c -> Matcher.quoteReplacement(MATH_SYMBOLS.getOrDefault(c.group(1), c.group(1))));
        return text.replace("{", "").replace("}", "");
    }

    // Used only when jbibtex's LaTeX grammar rejects a value: keep the text readable rather than fail.
    private static String fallback(String s) {
        return s.replaceAll("\\\\([&$%#_{}~])", "$1")
                .replaceAll("\\\\[a-zA-Z]+\\s*", "")
                .replace("{", "").replace("}", "")
                .replace("---", "—").replace("--", "–")
                .replace("``", "“").replace("''", "”");
    }
}
