package estrado.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable Unicode rendering of simple LaTeX (\times, ^{9}, \mathbb{R}, \frac{a}{b}…): the one place a formula
 * becomes text, wherever it cannot be drawn (inline math's fallback, a formula that cannot be typeset, a label in
 * the presenter, the text layer of the notes handout).
 */
public final class TexText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\\times", "×"), Map.entry("\\cdot", "·"), Map.entry("\\approx", "≈"), Map.entry("\\leq", "≤"),
            Map.entry("\\geq", "≥"), Map.entry("\\neq", "≠"), Map.entry("\\in", "∈"), Map.entry("\\to", "→"),
            Map.entry("\\rightarrow", "→"), Map.entry("\\alpha", "α"), Map.entry("\\beta", "β"), Map.entry("\\Delta", "Δ"),
            Map.entry("\\theta", "θ"), Map.entry("\\Psi", "Ψ"), Map.entry("\\sum", "Σ"), Map.entry("\\ll", "≪"),
            Map.entry("\\,", " "), Map.entry("\\;", " "), Map.entry("\\quad", "  "), Map.entry("\\left", ""),
            Map.entry("\\right", ""), Map.entry("\\mathbb{R}", "ℝ"), Map.entry("\\%", "%"));
    private static final String SUP_FROM = "0123456789+-=()nrdkiT";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿʳᵈᵏⁱᵀ";
    private static final String SUB_FROM = "0123456789+-=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    private TexText() {
    }

    private static final Pattern FRACTION = Pattern.compile("\\\\[dt]?frac\\{([^{}]*)}\\{([^{}]*)}");

    /** The formula as one line of Unicode: M = \frac{P \times b}{8} → M = (P × b)/8. */
    public static String toUnicode(String tex) {
        String s = fractions(tex);
        // longest names first so \in does not eat \infty-like prefixes
        for (Map.Entry<String, String> e : SYMBOLS.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = s.replaceAll("\\\\(text|mathrm|mathit|operatorname)\\{([^}]*)}", "$2");
        s = scripts(s, '^', SUP_FROM, SUP_TO);
        s = scripts(s, '_', SUB_FROM, SUB_TO);
        return s.replace("{", "").replace("}", "");
    }

    /** \frac{a}{b} → a/b, with parentheses round an operand of more than one word or number. */
    private static String fractions(String tex) {
        Matcher m = FRACTION.matcher(tex);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(operand(m.group(1)) + "/" + operand(m.group(2))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String operand(String s) {
        String t = s.strip();
        return t.matches("[\\w.,]+") ? t : "(" + t + ")";
    }

    private static String scripts(String s, char mark, String from, String to) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == mark && i + 1 < s.length()) {
                String arg;
                int next;
                if (s.charAt(i + 1) == '{' && s.indexOf('}', i) > 0) {
                    arg = s.substring(i + 2, s.indexOf('}', i));
                    next = s.indexOf('}', i) + 1;
                } else {
                    arg = String.valueOf(s.charAt(i + 1));
                    next = i + 2;
                }
                String mapped = map(arg, from, to);
                b.append(mapped != null ? mapped : (mark == '_' ? "_" : "^") + arg);
                i = next;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static String map(String arg, String from, String to) {
        StringBuilder b = new StringBuilder();
        for (char c : arg.toCharArray()) {
            int k = from.indexOf(c);
            if (k < 0) {
                return null;
            }
            b.append(to.charAt(k));
        }
        return b.toString();
    }
}
