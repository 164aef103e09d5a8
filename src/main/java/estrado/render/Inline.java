package estrado.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline markup of slide text: **bold**, *italic*, `code`, $math$ and \cite{keys}.
 * Dollar amounts ("US$ 4,6 M", "$5.576M") stay text: math opens only on a dollar followed by
 * neither a space nor a digit, and closes on a dollar not preceded by a space nor followed by a digit.
 */
public final class Inline {
    public enum Kind { TEXT, CODE, MATH, CITE }

    /** A piece of text with one style; for CITE the text is the comma-separated keys. */
    public record Run(Kind kind, String text, boolean bold, boolean italic) { }

    private Inline() {
    }

    public static List<Run> parse(String s) {
        return parse(s, new char[s.length()]);
    }

    /**
     * The text with everything but its visible words and code blanked out (markup, math, citation
     * markers become spaces), at the same length: a match in it is at the same offset in {@code s}.
     */
    public static String mask(String s) {
        char[] shown = new char[s.length()];
        java.util.Arrays.fill(shown, ' ');
        parse(s, shown);
        return new String(shown);
    }

    /** Inline math spans as {start of the opening $, end after the closing $}, in order. */
    public static List<int[]> mathSpans(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "*$`\\_".indexOf(s.charAt(i + 1)) >= 0) {
                i += 2;
            } else if (s.startsWith("\\cite{", i) && s.indexOf('}', i) > 0) {
                i = s.indexOf('}', i) + 1;
            } else if (c == '`' && s.indexOf('`', i + 1) > i) {
                i = s.indexOf('`', i + 1) + 1;
            } else if (c == '$' && mathOpens(s, i) && mathClose(s, i) > 0) {
                out.add(new int[] {i, mathClose(s, i) + 1});
                i = mathClose(s, i) + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    // shown[j] receives the character source index j contributes to visible text or code
    private static List<Run> parse(String s, char[] shown) {
        List<Run> runs = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "*$`\\_".indexOf(s.charAt(i + 1)) >= 0) {
                buf.append(s.charAt(i + 1));
                shown[i + 1] = s.charAt(i + 1);
                i += 2;
            } else if (s.startsWith("\\cite{", i) && s.indexOf('}', i) > 0) {
                int end = s.indexOf('}', i);
                flush(runs, buf, bold, italic);
                runs.add(new Run(Kind.CITE, s.substring(i + 6, end).trim(), false, false));
                i = end + 1;
            } else if (c == '`' && s.indexOf('`', i + 1) > i) {
                int end = s.indexOf('`', i + 1);
                flush(runs, buf, bold, italic);
                runs.add(new Run(Kind.CODE, s.substring(i + 1, end), bold, italic));
                s.getChars(i + 1, end, shown, i + 1);
                i = end + 1;
            } else if (c == '$' && mathOpens(s, i) && mathClose(s, i) > 0) {
                int end = mathClose(s, i);
                flush(runs, buf, bold, italic);
                runs.add(new Run(Kind.MATH, s.substring(i + 1, end), bold, italic));
                i = end + 1;
            } else if (s.startsWith("**", i)) {
                flush(runs, buf, bold, italic);
                bold = !bold;
                i += 2;
            } else if (c == '*' && (italic || hasCloser(s, i))) {
                flush(runs, buf, bold, italic);
                italic = !italic;
                i += 1;
            } else {
                buf.append(c);
                shown[i] = c;
                i++;
            }
        }
        flush(runs, buf, bold, italic);
        return runs;
    }

    /** Plain text with the markup removed, for search, overflow messages and PDF text. */
    public static String plain(String s) {
        StringBuilder b = new StringBuilder();
        for (Run r : parse(s)) {
            if (r.kind() != Kind.CITE) {
                b.append(r.text());
            }
        }
        return b.toString().strip();
    }

    /**
     * As the lecturer reads it off the slide, in one line of plain Unicode: markers and emphasis dropped, formulas
     * in their Unicode form (M = P × b / 10⁹), citations left out. For labels that cannot draw a formula.
     */
    public static String unicode(String s) {
        StringBuilder b = new StringBuilder();
        for (Run r : parse(s)) {
            if (r.kind() == Kind.MATH) {
                b.append(TexText.toUnicode(r.text()));
            } else if (r.kind() != Kind.CITE) {
                b.append(r.text());
            }
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }


    private static boolean hasCloser(String s, int i) {
        // a lone asterisk ("5 * 3") is text; italics need a closing one with no space right after the opener
        return i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && s.indexOf('*', i + 1) > i + 1;
    }

    private static boolean mathOpens(String s, int i) {
        return i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && !Character.isDigit(s.charAt(i + 1))
                && s.charAt(i + 1) != '$';
    }

    private static int mathClose(String s, int open) {
        for (int j = open + 2; j < s.length(); j++) {
            if (s.charAt(j) == '$' && s.charAt(j - 1) != '\\') {
                boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
                boolean digitAfter = j + 1 < s.length() && Character.isDigit(s.charAt(j + 1));
                return spaceBefore || digitAfter ? -1 : j;
            }
        }
        return -1;
    }

    private static void flush(List<Run> runs, StringBuilder buf, boolean bold, boolean italic) {
        if (buf.length() > 0) {
            runs.add(new Run(Kind.TEXT, buf.toString(), bold, italic));
            buf.setLength(0);
        }
    }
}
