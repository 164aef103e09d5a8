package estrado.bib;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/** An immutable BibTeX bibliography, parsed with jbibtex; entries keep the order of the file. */
public final class Bibliography {

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern ENTRY_HEAD = Pattern.compile("@\\s*(\\w+)\\s*[{(]\\s*([^\\s,{}()]+)\\s*,");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered: (.*?)(?:, after|$)");
    private static final Key KEY_ARCHIVE_PREFIX = new Key("archivePrefix");

    /** As for deck files: no real bibliography comes near it, and reading more risks the heap. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final String source;
    private final Map<String, BibEntry> entries;

    private Bibliography(String source, Map<String, BibEntry> entries) {
        this.source = source;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Reads a UTF-8 .bib file. */
    public static Bibliography load(Path file) throws BibException {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BibException(file.toString(), 1, 1, "the bibliography is " + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BibException(file.toString(), 0, 0, "cannot read bibliography: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Reads a bibliography from a reader; {@code source} names it in error messages. */
    public static Bibliography parse(Reader reader, String source) throws BibException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        try (reader) {
            for (int n; (n = reader.read(buffer)) != -1; ) {
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BibException(source, 0, 0, "cannot read bibliography: " + e.getMessage(), e);
        }
        return parse(sb.toString(), source);
    }

    /** Parses BibTeX text; errors name the source {@code <string>}. */
    public static Bibliography parse(String text) throws BibException {
        return parse(text, "<string>");
    }

    /** Parses BibTeX text; {@code source} names it in error messages. */
    public static Bibliography parse(String text, String source) throws BibException {
        BibTeXDatabase database;
        try {
            // the default parser knows the month macros (jan … dec); @string macros resolve through it
            database = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException e) {
            throw parseError(source, text, e);
        } catch (TokenMgrException e) {
            int[] at = lineColumn(e.getMessage());
            Matcher what = ENCOUNTERED.matcher(String.valueOf(e.getMessage()));
            String character = what.find() ? " " + what.group(1).strip() : "";
            throw new BibException(source, at[0], at[1], "unreadable character" + character, e);
        } catch (ObjectResolutionException e) {
            String name = e.getMessage();
            int[] at = locate(text, Pattern.compile("[=#]\\s*(" + Pattern.quote(name) + ")\\b",
                    Pattern.CASE_INSENSITIVE));
            throw new BibException(source, at[0], at[1],
                    "undefined @string macro or cross-reference '" + name + "'", e);
        } catch (RuntimeException e) {
            throw new BibException(source, 0, 0, "cannot parse bibliography: " + firstLine(String.valueOf(e.getMessage())), e);
        }
        checkDuplicateKeys(source, text);
        String bomb = MacroExpansion.firstTooLong(database);
        if (bomb != null) {
            String key = bomb.substring(0, bomb.lastIndexOf('.'));
            int[] at = locate(text, Pattern.compile("@\\w+\\s*[{(]\\s*(" + Pattern.quote(key) + ")\\s*,"));
            throw new BibException(source, at[0], at[1], "field '" + bomb.substring(bomb.lastIndexOf('.') + 1)
                    + "' of '" + key + "' expands (through @string macros) beyond "
                    + MacroExpansion.MAX_FIELD_CHARS + " characters");
        }
        Map<String, BibEntry> entries = new LinkedHashMap<>();
        for (BibTeXObject object : database.getObjects()) {
            if (object instanceof BibTeXEntry entry) {
                entries.put(entry.getKey().getValue(), toEntry(entry));
            }
        }
        return new Bibliography(source, entries);
    }

    // jbibtex keeps the last of two entries with one key without a word; BibTeX keys ignore case
    private static void checkDuplicateKeys(String source, String text) throws BibException {
        Set<String> seen = new HashSet<>();
        Matcher m = ENTRY_HEAD.matcher(text);
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("preamble") || type.equals("comment")) {
                continue;
            }
            if (!seen.add(m.group(2).toLowerCase(Locale.ROOT))) {
                int[] at = lineColumnOf(text, m.start(2));
                throw new BibException(source, at[0], at[1], "duplicate key '" + m.group(2) + "'");
            }
        }
    }

    /** The citation keys, in file order. */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** The entry with this key (exact spelling). */
    public Optional<BibEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** All entries, in file order. */
    public List<BibEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /** Where this bibliography came from (a path or "&lt;string&gt;"). */
    public String source() {
        return source;
    }

    private static BibEntry toEntry(BibTeXEntry entry) {
        AuthorList authors = AuthorList.parse(raw(entry, BibTeXEntry.KEY_AUTHOR));
        String venue = text(entry, BibTeXEntry.KEY_JOURNAL);
        if (venue.isEmpty()) {
            venue = text(entry, BibTeXEntry.KEY_BOOKTITLE);
        }
        if (venue.isEmpty()) {
            venue = text(entry, BibTeXEntry.KEY_HOWPUBLISHED);
        }
        String eprint = raw(entry, BibTeXEntry.KEY_EPRINT).strip();
        if (venue.isEmpty() && !eprint.isEmpty()) {
            String prefix = raw(entry, KEY_ARCHIVE_PREFIX).strip();
            venue = (prefix.isEmpty() ? "" : prefix + ":") + eprint;
        }
        return new BibEntry(entry.getKey().getValue(), entry.getType().getValue().toLowerCase(Locale.ROOT),
                authors.authors(), authors.more(), text(entry, BibTeXEntry.KEY_TITLE),
                text(entry, BibTeXEntry.KEY_YEAR), venue,
                raw(entry, BibTeXEntry.KEY_URL).strip(), raw(entry, BibTeXEntry.KEY_DOI).strip(), eprint,
                text(entry, BibTeXEntry.KEY_NOTE));
    }

    // Field names are case-insensitive in BibTeX; jbibtex's Key compares them exactly.
    private static String raw(BibTeXEntry entry, Key name) {
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            if (field.getKey().getValue().equalsIgnoreCase(name.getValue())) {
                return field.getValue().toUserString();
            }
        }
        return "";
    }

    private static String text(BibTeXEntry entry, Key name) {
        return LatexText.toUnicode(raw(entry, name));
    }

    private static BibException parseError(String source, String text, ParseException e) {
        Token bad = e.currentToken == null ? null : e.currentToken.next;
        boolean endOfFile = (bad != null && bad.kind == 0) || String.valueOf(e.getMessage()).contains("<EOF>")
                || String.valueOf(e.getMessage()).contains("EOF token");
        if (!endOfFile && bad != null && bad.beginLine > 0) {
            return new BibException(source, bad.beginLine, bad.beginColumn,
                    "unexpected '" + bad.image + "'" + expected(e), e);
        }
        int[] at = lineColumn(e.getMessage());
        if (!endOfFile && at[0] > 0) {
            return new BibException(source, at[0], at[1], firstLine(e.getMessage()), e);
        }
        // end of file inside an entry: point at the entry whose braces never close
        int[] open = unclosedEntry(text);
        return new BibException(source, open[0], open[1],
                "unexpected end of file: entry not closed (missing '}'?)", e);
    }

    private static String expected(ParseException e) {
        if (e.expectedTokenSequences == null || e.tokenImage == null) {
            return "";
        }
        List<String> images = new ArrayList<>();
        for (int[] sequence : e.expectedTokenSequences) {
            if (sequence.length > 0 && sequence[0] < e.tokenImage.length) {
                String image = e.tokenImage[sequence[0]];
                if (!images.contains(image)) {
                    images.add(image);
                }
            }
        }
        return images.isEmpty() || images.size() > 6 ? "" : ", expected " + String.join(" or ", images);
    }

    private static int[] unclosedEntry(String text) {
        int depth = 0;
        int line = 1;
        int column = 0;
        int[] entryStart = {0, 0};
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == '@' && depth == 0) {
                entryStart = new int[] {line, column};
            } else if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return entryStart[0] > 0 ? entryStart : new int[] {line, 0};
    }

    // the first match's group 1, as {line, column}; {0, 0} when not found
    private static int[] locate(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        return m.find() ? lineColumnOf(text, m.start(1)) : new int[] {0, 0};
    }

    private static int[] lineColumnOf(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private static int[] lineColumn(String message) {
        Matcher m = LINE_COLUMN.matcher(message == null ? "" : message);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
