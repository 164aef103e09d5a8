package estrado.deck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deck's stylesheet may change the look and nothing else. JavaFX fetches whatever a stylesheet's
 * {@code url(...)} or {@code @import} names, web addresses included, and instantiates the class a
 * {@code -fx-skin} names; so every reference must be a file inside the deck folder and skins are
 * refused. CSS escapes are decoded first, as the CSS parser would, so {@code \75 rl(} is caught too.
 */
final class ThemeCheck {
    static final long MAX_BYTES = 1024L * 1024;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private final Path css;
    private final Path root;
    private final Problems problems;
    private final StringBuilder text = new StringBuilder();
    private String raw = "";
    private int[] origin; // offset in the file of every decoded character, for locations

    private ThemeCheck(Path css, Path root, Problems problems) {
        this.css = css;
        this.root = root;
        this.problems = problems;
    }

    static void check(Path css, Path root, Problems problems) {
        new ThemeCheck(css, root, problems).run();
    }

    private void run() {
        try {
            long size = Files.size(css);
            if (size > MAX_BYTES) {
                problems.error(Location.of(css), "theme.tooBig", size / 1024, MAX_BYTES / 1024);
                return;
            }
            raw = new String(Files.readAllBytes(css), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(Location.of(css), "yaml.unreadable", e.getClass().getSimpleName());
            return;
        }
        decode(raw);
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf("url("); i >= 0; i = lower.indexOf("url(", i + 4)) {
            reference(i + 4, ')');
        }
        for (int i = lower.indexOf("@import"); i >= 0; i = lower.indexOf("@import", i + 7)) {
            int j = skipSpace(i + 7);
            if (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
                reference(j, ';');
            }
        }
        for (int i = lower.indexOf("-fx-skin"); i >= 0; i = lower.indexOf("-fx-skin", i + 8)) {
            problems.error(at(i), "theme.skin");
        }
    }

    /** Checks the reference starting at {@code from} (quoted, or bare up to {@code end}). */
    private void reference(int from, char end) {
        int i = skipSpace(from);
        if (i >= text.length()) {
            return;
        }
        char q = text.charAt(i);
        int start;
        int stop;
        if (q == '"' || q == '\'') {
            start = i + 1;
            stop = text.indexOf(String.valueOf(q), start);
        } else {
            start = i;
            stop = text.indexOf(String.valueOf(end), start);
        }
        if (stop < 0) {
            stop = text.length();
        }
        String target = text.substring(start, stop).strip();
        Location where = at(start);
        if (target.isEmpty()) {
            return;
        }
        if (SCHEME.matcher(target).matches() || target.startsWith("//")) {
            problems.error(where, "theme.url", target);
            return;
        }
        // relative to the stylesheet, as JavaFX resolves it; then held to the deck folder like any path
        Path resolved = css.getParent().resolve(target.replace('\\', '/')).normalize();
        if (target.startsWith("/") || !resolved.startsWith(root)) {
            problems.error(where, "path.outside", target);
            return;
        }
        DeckPaths.inside(root, root.relativize(resolved).toString().replace('\\', '/'), where, problems);
    }

    private int skipSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Comments become spaces; escapes become the characters they stand for. */
    private void decode(String raw) {
        origin = new int[raw.length() + 1];
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                int close = raw.indexOf("*/", i + 2);
                int stop = close < 0 ? raw.length() : close + 2;
                for (; i < stop; i++) {
                    put(' ', i);
                }
            } else if (c == '\\' && i + 1 < raw.length()) {
                int j = i + 1;
                int hex = 0;
                while (j < raw.length() && j - i <= 6 && Character.digit(raw.charAt(j), 16) >= 0) {
                    j++;
                    hex++;
                }
                if (hex > 0) {
                    int cp = Integer.parseInt(raw.substring(i + 1, j), 16);
                    if (j < raw.length() && Character.isWhitespace(raw.charAt(j))) {
                        j++; // one space ends a hex escape and belongs to it
                    }
                    put(Character.isValidCodePoint(cp) && cp != 0 && Character.isBmpCodePoint(cp) ? (char) cp : '\uFFFD', i);
                    i = j;
                } else {
                    put(raw.charAt(i + 1), i);
                    i += 2;
                }
            } else {
                put(c, i);
                i++;
            }
        }
        origin[text.length()] = raw.length();
    }

    private void put(char c, int from) {
        origin[text.length()] = from;
        text.append(c);
    }

    private Location at(int decodedIndex) {
        int offset = origin[Math.min(decodedIndex, text.length())];
        int line = 1;
        int col = 1;
        for (int k = 0; k < offset && k < raw.length(); k++) {
            if (raw.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Location(css, line, col);
    }
}
