package estrado.bib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a .bib file into its entries the way BibTeX and Biber read it: between entries everything
 * is a comment ({@code %} lines, and any stray text, which is worth a warning), {@code @type(…)} is
 * the same as {@code @type{…}}, a byte-order mark is blank anywhere. Each entry keeps where it
 * starts, so every later error is reported at its own entry and one bad entry spoils only itself.
 * One pass over the text: the positions are counted as it goes.
 */
final class BibScanner {
    /** Real bibliographies nest braces two or three deep; jbibtex recurses per level and overflows its stack near 3,000. */
    static final int MAX_BRACE_DEPTH = 100;

    enum Kind { ENTRY, STRING, SKIPPED }

    /**
     * One {@code @…} object of the file.
     *
     * @param type   its type, lower case ({@code article}, {@code string}…)
     * @param key    its key (empty for @string, @preamble, @comment)
     * @param text   its text with braces as delimiters, ready for jbibtex
     * @param line   the line of its {@code @}
     * @param column the column of its {@code @}
     * @param keyLine the line of its key, keyColumn its column
     */
    record Chunk(Kind kind, String type, String key, String text, int line, int column, int keyLine, int keyColumn) { }

    /** Something wrong found while splitting: an entry never closed, braces too deep, stray text. */
    record Finding(int line, int column, boolean error, String messageKey, Object... args) { }

    private final String s;
    private int i;
    private int line = 1;
    private int lineStart;
    final List<Chunk> chunks = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    private BibScanner(String text) {
        this.s = text;
    }

    static BibScanner scan(String text) {
        BibScanner sc = new BibScanner(text);
        sc.run();
        return sc;
    }

    private void run() {
        int strayLine = 0;
        int strayColumn = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '@') {
                strayLine = 0;
                entry();
            } else if (c == '%') {
                skipLine();
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                advance();
            } else {
                if (strayLine == 0) {
                    strayLine = line;
                    strayColumn = column();
                    findings.add(new Finding(strayLine, strayColumn, false, "bib.strayText", preview()));
                }
                advance();
            }
        }
    }

    /** The stray text as the warning quotes it: the rest of its line, shortened. */
    private String preview() {
        int end = s.indexOf('\n', i);
        String t = s.substring(i, end < 0 ? s.length() : end).strip();
        return t.length() > 40 ? t.substring(0, 37) + "…" : t;
    }

    private void entry() {
        int startLine = line;
        int startColumn = column();
        int start = i;
        advance(); // @
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            advance();
        }
        int typeStart = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) {
            advance();
        }
        String type = s.substring(typeStart, i).toLowerCase(Locale.ROOT);
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            advance();
        }
        if (type.isEmpty() || i >= s.length() || (s.charAt(i) != '{' && s.charAt(i) != '(')) {
            // "@" in the text between entries (an e-mail address): BibTeX skips it as a comment too
            if (type.equals("comment")) {
                return;
            }
            findings.add(new Finding(startLine, startColumn, false, "bib.strayText", s.substring(start, i).strip()));
            return;
        }
        char open = s.charAt(i);
        char close = open == '{' ? '}' : ')';
        int bodyStart = i;
        advance();
        int depth = 0;
        boolean quoted = false;
        int keyLine = line;
        int keyColumn = column();
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            advance();
            keyLine = line;
            keyColumn = column();
        }
        while (true) {
            if (i >= s.length()) {
                findings.add(new Finding(startLine, startColumn, true, "bib.unclosed", type));
                return;
            }
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
                if (depth > MAX_BRACE_DEPTH) {
                    findings.add(new Finding(line, column(), true, "bib.tooDeep", MAX_BRACE_DEPTH));
                    resume();
                    return;
                }
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (c == close && depth == 0 && !quoted) {
                break;
            } else if (c == '@' && column() == 1 && looksLikeEntry() && !type.equals("comment")) {
                // a new entry at the start of a line while this one is still open: it was never closed
                findings.add(new Finding(startLine, startColumn, true, "bib.unclosed", type));
                return;
            }
            advance();
        }
        String body = s.substring(bodyStart + 1, i);
        advance(); // the closing delimiter
        String key = "";
        if (!type.equals("string") && !type.equals("preamble") && !type.equals("comment")) {
            int comma = body.indexOf(',');
            key = (comma < 0 ? body : body.substring(0, comma)).strip();
        }
        Kind kind = switch (type) {
            case "comment", "preamble" -> Kind.SKIPPED;
            case "string" -> Kind.STRING;
            default -> Kind.ENTRY;
        };
        chunks.add(new Chunk(kind, type, key, "@" + type + "{" + body.replace('\uFEFF', ' ') + "}", startLine, startColumn,
                keyLine, keyColumn));
    }

    /** After an entry too deep to read, scanning goes on at the next line that starts with "@". */
    private void resume() {
        int nl = s.indexOf("\n@", i);
        int target = nl < 0 ? s.length() : nl + 1;
        while (i < target) {
            advance();
        }
    }

    /** "@type{" or "@type(" here: the start of an entry. */
    private boolean looksLikeEntry() {
        int j = i + 1;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j > i + 1 && j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == '(');
    }

    private void skipLine() {
        while (i < s.length() && s.charAt(i) != '\n') {
            advance();
        }
    }

    private void advance() {
        if (s.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
        }
        i++;
    }

    private int column() {
        return i - lineStart + 1;
    }
}
