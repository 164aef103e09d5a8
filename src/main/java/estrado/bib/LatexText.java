package estrado.bib;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
    // siunitx, common in physics and hardware papers: SI{24.4}{second}, si{giga byte}, num, qty and unit (with backslashes)
    private static final Pattern SI_QUANTITY = Pattern.compile("\\\\(?:SI|qty)\\s*\\{([^{}]*)}\\s*\\{((?:[^{}]|\\{[^{}]*})*)}");
    private static final Pattern SI_UNIT = Pattern.compile("\\\\(?:si|unit)\\s*\\{((?:[^{}]|\\{[^{}]*})*)}");
    private static final Pattern SI_NUMBER = Pattern.compile("\\\\(?:num|ang)\\s*\\{([^{}]*)}");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("second", "s"), Map.entry("minute", "min"), Map.entry("hour", "h"), Map.entry("day", "d"),
            Map.entry("meter", "m"), Map.entry("metre", "m"), Map.entry("gram", "g"), Map.entry("byte", "B"),
            Map.entry("bit", "bit"), Map.entry("watt", "W"), Map.entry("joule", "J"), Map.entry("hertz", "Hz"),
            Map.entry("volt", "V"), Map.entry("ampere", "A"), Map.entry("kelvin", "K"), Map.entry("celsius", "°C"),
            Map.entry("degreeCelsius", "°C"), Map.entry("percent", "%"), Map.entry("degree", "°"), Map.entry("liter", "L"),
            Map.entry("litre", "L"), Map.entry("pico", "p"), Map.entry("nano", "n"), Map.entry("micro", "µ"),
            Map.entry("milli", "m"), Map.entry("centi", "c"), Map.entry("kilo", "k"), Map.entry("mega", "M"),
            Map.entry("giga", "G"), Map.entry("tera", "T"), Map.entry("peta", "P"), Map.entry("exa", "E"),
            Map.entry("kibi", "Ki"), Map.entry("mebi", "Mi"), Map.entry("gibi", "Gi"), Map.entry("tebi", "Ti"),
            Map.entry("per", "/"), Map.entry("squared", "²"), Map.entry("cubed", "³"), Map.entry("square", ""),
            Map.entry("cubic", ""), Map.entry("flop", "FLOP"), Map.entry("electronvolt", "eV"), Map.entry("newton", "N"),
            Map.entry("pascal", "Pa"), Map.entry("ohm", "Ω"));
    /** Math commands that only choose a font: their argument is the text. */
    private static final Set<String> FONT_COMMANDS = Set.of("mathrm", "mathit", "mathbf", "mathsf",
            "mathtt", "mathcal", "text", "textrm", "textit", "textbf", "operatorname", "mbox");

    private LatexText() {
    }

    /** Plain Unicode text for a LaTeX field value: accents resolved, braces removed, escapes undone. */
    static String toUnicode(String latex) {
        if (latex == null || latex.isBlank()) {
            return "";
        }
        if (plain(latex) && latex.chars().noneMatch(c -> c == '_' || c == '&' || c == '#' || c == '%')) {
            // most fields (names, years, plain titles): nothing to rewrite, only spaces to tidy
            return WHITESPACE.matcher(latex.replace('\u00A0', ' ')).replaceAll(" ").strip();
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
        if (segment.isEmpty() || plain(segment)) {
            return segment; // most fields: jbibtex's LaTeX parser costs ~1 ms each, and would return them unchanged
        }
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(segment);
            return new LaTeXPrinter().print(objects);
        } catch (ParseException | RuntimeException e) {
            return fallback(segment);
        }
    }

    /** Text the LaTeX printer returns as it is: no command, group, tie, dash ligature or TeX quote. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '`' || c == '\'' || c == '$'
                    || (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String prepare(String latex) {
        String s = WHITESPACE.matcher(latex).replaceAll(" ");
        s = SI_QUANTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip() + " " + units(m.group(2))));
        s = SI_UNIT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(units(m.group(1))));
        s = SI_NUMBER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        s = DOTLESS_I.matcher(s).replaceAll("i");
        s = CEDILLA.matcher(s).replaceAll(m -> m.group(1).equals("c") ? "ç" : "Ç");
        s = CONTROL_SPACE.matcher(s).replaceAll(" ");
        s = BARE_SPECIAL.matcher(s).replaceAll("\\\\$1"); // a bare '_' or '&' in a note means itself
        return TIE.matcher(s).replaceAll("\u00A0");
    }

    /** A siunitx unit as it is printed: {@code \\kilo\\gram\\per\\second} is "kg/s"; a literal unit stays. */
    static String units(String spec) {
        String u = MATH_COMMAND.matcher(spec).replaceAll(c -> Matcher.quoteReplacement(UNITS.getOrDefault(c.group(1), c.group(1))));
        return u.replace("{", "").replace("}", "").replace("~", " ").replace(" ", "");
    }

    private static String math(String body) {
        // the escapes prepare() added for text mean nothing in math; a font command leaves its argument
        String unescaped = body.replaceAll("\\\\([_&#%])", "$1");
        String text = MATH_COMMAND.matcher(unescaped).replaceAll(c -> Matcher.quoteReplacement(
                FONT_COMMANDS.contains(c.group(1)) ? "" : MATH_SYMBOLS.getOrDefault(c.group(1), c.group(1))));
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
