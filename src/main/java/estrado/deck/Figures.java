package estrado.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a piece of slide text: numbers that carry a claim, i.e. with a currency,
 * a unit, a percentage, a multiplier (×, "24x") or a magnitude (M, B, T, k). A bare number is not
 * a figure, so slide numbers ("3 / 10"), list numbers and years ("2024") are never reported; nor
 * are digits inside names ("H100", "FP16", "Qwen2.5", "GPT-3") or exponents ("10^9").
 */
public final class Figures {
    /** A figure and where it is in the text it was found in. */
    public record Figure(String text, int start, int end) { }

    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
    private static final String CURRENCY = "(?:US\\$|USD|\\$|€|£)";
    private static final String MAGNITUDE = "(?:[MBTKk]|mil millones|millones|mil)(?![\\p{L}\\d])";
    private static final String UNIT = "(?:[KMGTP]i?B(?:/s)?|B/param|bytes?|bits?|GPU-(?:horas?|hours?|h|años|days|días)"
            + "|horas?|hours?|h|días|days?|semanas|weeks?|años|years?|minutos|min|ms"
            + "|tokens?(?:/s)?|tok/s|parámetros|parameters|params|(?:[PTG])?FLOPs?|[kMG]?Wh?|t ?CO2(?:eq|e)?"
            + "|GPUs?|TPUs?|[AHV]\\d{3}s?|nodos|nodes|Gbps|USD|dólares|dollars|euros|€)(?![\\p{L}\\d])";
    private static final Pattern FIGURE = Pattern.compile(
            // ×/x after a number only when nothing word-like follows ("24x", "11×"), or "× 1.2" before one
            "(?<![\\p{L}\\d.,_^\\\\])(?:(" + CURRENCY + ")\\s?)?(" + NUMBER + ")"
                    + "(?:\\s?(" + MAGNITUDE + "))?"
                    + "(?:[\\s-]?(" + UNIT + ")|\\s?(%)|\\s?(×(?:\\s?" + NUMBER + "(?:\\s?" + MAGNITUDE + ")?"
                    + "(?:[\\s-]?" + UNIT + ")?)?)|(x)(?![\\p{L}]))?"
                    + "|(×\\s?" + NUMBER + ")(?![\\p{L}\\d])");

    private Figures() {
    }

    /** The figures in {@code text}, in order. */
    public static List<Figure> find(String text) {
        List<Figure> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            // groups: 1 currency, 2 number, 3 magnitude, 4 unit, 5 %, 6 ×, 7 x, 8 "× number"
            boolean adorned = false;
            for (int g = 1; g <= 8 && !adorned; g++) {
                adorned = g != 2 && m.group(g) != null;
            }
            if (adorned) {
                out.add(new Figure(m.group().strip(), m.start(), m.start() + m.group().stripTrailing().length()));
            }
        }
        return out;
    }
}
