package estrado.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the parser's account of a YAML mistake into what the author should do, for the mistakes people
 * make writing slides: a colon inside an unquoted title, text starting with {@code *}, {@code `} or
 * {@code @}, a tab in the indentation, a quote or bracket left open, a list item at the wrong depth.
 * Each hint names the cause and the fix, with the line rewritten when the fix is quoting it.
 */
final class YamlHints {
    /** A problem message (bundle key and arguments) and where it points. */
    record Hint(int line, int column, String key, Object... args) {
        Location at(Path file) {
            return new Location(file, line, column);
        }
    }

    // "  - title: value" → indentation and dash, key, value
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w-]*):\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)-(\\s|$)");
    /** Characters YAML reads as syntax at the start of a plain value. */
    private static final String RESERVED_START = "*&!@`%|>[{";

    private final List<String> lines;

    YamlHints(String text) {
        this.lines = text.lines().toList();
    }

    Optional<Hint> explain(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        String what = e.getProblem() == null ? "" : e.getProblem();
        String where = e.getContext() == null ? "" : e.getContext();
        int line = problem.getLine() + 1;
        int column = problem.getColumn() + 1;
        if (what.contains("'\\t(TAB)'")) {
            return Optional.of(new Hint(line, column, "yaml.hint.tab"));
        }
        // an unknown escape inside double quotes has its own message (YamlReader's yaml.badEscape)
        if (where.contains("quoted scalar") && what.contains("end of stream") && context != null) {
            String quote = charAt(context).map(String::valueOf).orElse("'");
            return Optional.of(new Hint(context.getLine() + 1, context.getColumn() + 1, "yaml.hint.unclosedQuote",
                    quote));
        }
        if (where.contains("flow sequence") || where.contains("flow mapping")) {
            String open = where.contains("sequence") ? "[" : "{";
            String close = where.contains("sequence") ? "]" : "}";
            Mark at = context != null ? context : problem;
            return Optional.of(new Hint(at.getLine() + 1, at.getColumn() + 1, "yaml.hint.unclosedBracket", open,
                    close, quoted(at.getLine() + 1, at.getColumn() + 1)));
        }
        if (where.contains("scanning an alias") && context != null) {
            return reservedStart(context.getLine() + 1, context.getColumn() + 1);
        }
        if (what.contains("cannot start any token")) {
            return reservedStart(line, column);
        }
        if (what.contains("mapping values are not allowed")) {
            return colon(line, column);
        }
        if (what.startsWith("expected <block end>") && what.contains("'-'")
                || what.contains("'<block sequence start>'")) {
            return Optional.of(itemDepth(line, column));
        }
        if (what.startsWith("expected <block end>") && what.contains("'<scalar>'")) {
            // "title: [Borrador] Clase 3": a bracket closed, then more text
            return valueStartingWithReserved(line);
        }
        return Optional.empty();
    }

    /** A plain value at {@code line}:{@code column} begins with a character YAML reserves. */
    Optional<Hint> reservedStart(int line, int column) {
        String text = line(line);
        if (column - 1 >= text.length()) {
            return Optional.empty();
        }
        char c = text.charAt(column - 1);
        String key = c == '*' ? "yaml.hint.aliasStart" : "yaml.hint.reservedStart";
        return Optional.of(new Hint(line, column, key, String.valueOf(c), quoted(line, column)));
    }

    private Optional<Hint> valueStartingWithReserved(int line) {
        Matcher m = KEY_VALUE.matcher(line(line));
        if (m.matches() && !m.group(3).isEmpty() && RESERVED_START.indexOf(m.group(3).charAt(0)) >= 0) {
            return reservedStart(line, m.start(3) + 1);
        }
        return Optional.empty();
    }

    /**
     * "mapping values are not allowed here": a colon and a space inside a value that already follows a key
     * ({@code title: Clase 3: Inferencia}), or a key indented deeper than its siblings, which YAML reads as
     * the continuation of the value above.
     */
    private Optional<Hint> colon(int line, int column) {
        Matcher m = KEY_VALUE.matcher(line(line));
        if (m.matches() && m.start(3) < column) {
            String field = m.group(2);
            return Optional.of(new Hint(line, column, "yaml.hint.colon", field,
                    (m.group(1).strip() + " " + field + ": " + singleQuoted(m.group(3))).strip()));
        }
        return Optional.of(new Hint(line, firstNonBlank(line(line)) + 1, "yaml.hint.keyDepth",
                previousKeyLine(line)));
    }

    private Hint itemDepth(int line, int column) {
        for (int l = line - 1; l >= 1; l--) {
            Matcher m = ITEM.matcher(line(l));
            if (m.find()) {
                return new Hint(line, column, "yaml.hint.itemDepth", m.group(1).length() + 1, l);
            }
        }
        return new Hint(line, column, "yaml.hint.itemDepthNoSibling");
    }

    private int previousKeyLine(int line) {
        for (int l = line - 1; l >= 1; l--) {
            if (KEY_VALUE.matcher(line(l)).matches()) {
                return l;
            }
        }
        return Math.max(1, line - 1);
    }

    /** The line with the value from {@code column} on between single quotes, as the author should write it. */
    private String quoted(int line, int column) {
        String text = line(line);
        int from = Math.min(column - 1, text.length());
        return (text.substring(0, from).strip() + " " + singleQuoted(text.substring(from).strip())).strip();
    }

    /** YAML single quotes: everything literal (\cite too), a quote written twice. */
    static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private Optional<Character> charAt(Mark mark) {
        String text = line(mark.getLine() + 1);
        return mark.getColumn() < text.length() ? Optional.of(text.charAt(mark.getColumn())) : Optional.empty();
    }

    private String line(int oneBased) {
        return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
