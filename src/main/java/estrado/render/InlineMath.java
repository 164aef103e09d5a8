package estrado.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Inline math simple enough to set in the body font: letters, digits, operators, a few Greek letters and
 * sub/superscripts that Unicode has ($W_0$, $r$, $\alpha$, $d \times k$, $10^{9}$). Set as text it takes the
 * words' size and baseline and sits in the line with no gap before a colon or comma, which a typeset formula
 * in its own font does not; fractions, roots, sums and the like keep JLaTeXMath.
 */
final class InlineMath {
    /** A piece of the formula: a variable (one letter, italic as in print) or anything else, upright. */
    record Piece(String text, boolean variable) { }

    /** The TeX commands whose Unicode form {@link TexText} writes and that read well in the body font. */
    private static final Pattern SIMPLE = Pattern.compile(
            "(?:[A-Za-z0-9 +\\-=<>(),.:;/|'!]|[\\^_](?:[A-Za-z0-9+\\-=()]|\\{[A-Za-z0-9+\\-=()]+})"
                    + "|\\\\(?:times|cdot|approx|leq|geq|neq|in|to|rightarrow|alpha|beta|Delta|theta|Psi|ll|[,;%])(?![A-Za-z]))*");
    private static final Pattern VARIABLE = Pattern.compile("(?<![\\p{Lu}\\p{Ll}\\p{Lo}])[A-Za-zα-ωΔΘΨ](?![\\p{Lu}\\p{Ll}\\p{Lo}])");

    private InlineMath() {
    }

    /** The formula as text pieces, or empty when it needs typesetting (or a script Unicode lacks). */
    static Optional<List<Piece>> asText(String tex) {
        if (tex.isBlank() || !SIMPLE.matcher(tex).matches()) {
            return Optional.empty();
        }
        String text = TexText.toUnicode(tex).strip();
        if (text.contains("^") || text.contains("_")) {
            return Optional.empty(); // a script with no Unicode form, e.g. a subscript letter
        }
        List<Piece> pieces = new ArrayList<>();
        java.util.regex.Matcher m = VARIABLE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                pieces.add(new Piece(text.substring(last, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            pieces.add(new Piece(text.substring(last), false));
        }
        return Optional.of(pieces);
    }
}
