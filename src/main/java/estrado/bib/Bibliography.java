package estrado.bib;

import estrado.i18n.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * An immutable BibTeX bibliography, parsed with jbibtex; entries keep the order of the file.
 *
 * <p>Why it is ~360 lines: besides the queries it holds the lenient read (entry by entry, each problem at its line
 * and column, decision 0018) and the conversion of jbibtex's entries into {@link BibEntry}.
 */
public final class Bibliography {

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered: (.*?)(?:, after|$)");
    private static final Key KEY_ARCHIVE_PREFIX = new Key("archivePrefix");

    /** As for deck files: no real bibliography comes near it, and reading more risks the heap. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /**
     * Something wrong in the file that spoils one entry (an error) or nothing (a warning); the
     * other entries are read all the same, as BibTeX does.
     *
     * @param line    1-based line
     * @param column  1-based column
     * @param message in the UI's language
     */
    public record Problem(int line, int column, boolean error, String message) { }

    private final String source;
    private final Map<String, BibEntry> entries;
    private final Map<String, int[]> locations;
    private final List<Problem> problems;

    private Bibliography(String source, Map<String, BibEntry> entries, Map<String, int[]> locations,
            List<Problem> problems) {
        this.source = source;
        this.entries = Collections.unmodifiableMap(entries);
        this.locations = locations;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a .bib file as BibTeX would: every entry that can be read is, each problem is reported at its
     * own line. Only a file that cannot be read at all (missing, too big, a macro bomb) is an exception.
     * The encoding is UTF-8; a file that is not is read as Latin-1 (UTF-16 when it starts with its mark), with a warning.
     */
    public static Bibliography read(Path file) throws BibException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BibException(file.toString(), 1, 1, Messages.get("bib.tooBig", size / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BibException(file.toString(), 0, 0, Messages.get("bib.unreadable", String.valueOf(e.getMessage())), e);
        }
        List<Problem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        return parseLeniently(text, file.toString(), problems);
    }

    /** Reads a .bib file; its first error, if any, is thrown (see {@link #read} for all of them). */
    public static Bibliography load(Path file) throws BibException {
        return strict(read(file));
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
            throw new BibException(source, 0, 0, Messages.get("bib.unreadable", String.valueOf(e.getMessage())), e);
        }
        return parse(sb.toString(), source);
    }

    /** Parses BibTeX text; errors name the source {@code <string>}. */
    public static Bibliography parse(String text) throws BibException {
        return parse(text, "<string>");
    }

    /** Parses BibTeX text as {@link #read} does: every readable entry, every problem in {@link #problems()}. */
    public static Bibliography parseAll(String text, String source) throws BibException {
        return parseLeniently(text, source, new ArrayList<>());
    }

    /** Parses BibTeX text; {@code source} names it in error messages; the first error is thrown. */
    public static Bibliography parse(String text, String source) throws BibException {
        return strict(parseLeniently(text, source, new ArrayList<>()));
    }

    private static Bibliography strict(Bibliography bib) throws BibException {
        for (Problem p : bib.problems) {
            if (p.error()) {
                throw new BibException(bib.source, p.line(), p.column(), p.message());
            }
        }
        return bib;
    }

    /** UTF-8 as BibTeX 8-bit and Biber expect; else Latin-1 (every byte is a character), with a warning. */
    private static String decode(byte[] bytes, List<Problem> problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(new Problem(1, 1, false, Messages.get("bib.utf16")));
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(1, 1, false, Messages.get("bib.latin1")));
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * One parser for the whole file, fed one entry at a time: the @string macros read so far are its
     * macros (BibTeX, too, only knows a macro after its definition), cross-references are left alone
     * (no field shown needs them). Each entry becomes a {@link BibEntry} at once, so jbibtex's objects
     * for one entry are all that is ever held, not a database of the whole file: about 2 KB per entry
     * that a 64k-entry file kept alive while it was read (and a second parse of the whole text).
     */
    private static final class EntryParser extends BibTeXParser {
        EntryParser() throws ParseException {
            super();
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // a crossref may name a later entry; nothing read from an entry depends on it
        }

        /** Parses one chunk; its @string definitions become macros for the chunks after it. */
        BibTeXDatabase read(BibScanner.Chunk chunk) throws ParseException {
            BibTeXDatabase one = parse(new StringReader(chunk.text()));
            getMacros().putAll(one.getStrings());
            return one;
        }
    }

    private static Bibliography parseLeniently(String text, String source, List<Problem> problems) throws BibException {
        BibScanner scan = BibScanner.scan(text);
        for (BibScanner.Finding f : scan.findings) {
            problems.add(new Problem(f.line(), f.column(), f.error(), Messages.get(f.messageKey(), f.args())));
        }
        EntryParser parser;
        try {
            parser = new EntryParser(); // one for all entries: making one costs as much as parsing an entry
        } catch (ParseException e) {
            throw new BibException(source, 0, 0, Messages.get("bib.unparsable", e.getClass().getSimpleName()), e);
        }
        Map<String, BibScanner.Chunk> seen = new HashMap<>();
        Map<String, BibEntry> entries = new LinkedHashMap<>();
        Map<String, int[]> locations = new HashMap<>();
        for (BibScanner.Chunk chunk : scan.chunks) {
            if (chunk.kind() == BibScanner.Kind.SKIPPED) {
                continue;
            }
            BibTeXDatabase one;
            try {
                one = parser.read(chunk);
            } catch (ObjectResolutionException e) {
                problems.add(undefinedMacro(chunk, String.valueOf(e.getMessage())));
                continue;
            } catch (ParseException | RuntimeException | StackOverflowError e) {
                problems.add(syntax(chunk, e));
                continue;
            }
            if (chunk.kind() != BibScanner.Kind.ENTRY) {
                continue;
            }
            // jbibtex keeps the last of two entries with one key without a word; BibTeX keys ignore case
            BibScanner.Chunk first = seen.putIfAbsent(chunk.key().toLowerCase(Locale.ROOT), chunk);
            if (first != null) {
                problems.add(new Problem(chunk.keyLine(), chunk.keyColumn(), true,
                        Messages.get("bib.duplicateKey", chunk.key(), first.line())));
                continue;
            }
            String bomb = MacroExpansion.firstTooLong(one);
            if (bomb != null) {
                throw new BibException(source, chunk.keyLine(), chunk.keyColumn(),
                        Messages.get("bib.macroBomb", bomb.substring(bomb.lastIndexOf('.') + 1), chunk.key(),
                                MacroExpansion.MAX_FIELD_CHARS));
            }
            for (BibTeXEntry entry : one.getEntries().values()) {
                entries.put(entry.getKey().getValue(), toEntry(entry));
                locations.put(entry.getKey().getValue(), new int[] {chunk.line(), chunk.column()});
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Bibliography(source, entries, locations, problems);
    }

    /** Why one entry cannot be read, at its own line. */
    private static Problem syntax(BibScanner.Chunk chunk, Throwable error) {
        if (error instanceof ParseException e) {
            Token bad = e.currentToken == null ? null : e.currentToken.next;
            if (bad != null && bad.beginLine > 0 && bad.kind != 0) {
                return at(chunk, bad.beginLine, bad.beginColumn, Messages.get("bib.unexpected", bad.image, expected(e)));
            }
            return at(chunk, 1, 1, Messages.get("bib.unclosed", chunk.type()));
        }
        if (error instanceof TokenMgrException e) {
            int[] where = lineColumn(e.getMessage());
            Matcher what = ENCOUNTERED.matcher(String.valueOf(e.getMessage()));
            return at(chunk, Math.max(1, where[0]), Math.max(1, where[1]),
                    Messages.get("bib.unreadableChar", what.find() ? what.group(1).strip() : ""));
        }
        return at(chunk, 1, 1, Messages.get("bib.unparsable", error.getClass().getSimpleName()));
    }

    /** A macro no @string before this entry defines: the entry is left out, the problem is where it is used. */
    private static Problem undefinedMacro(BibScanner.Chunk chunk, String name) {
        Matcher use = Pattern.compile("[=#]\\s*(" + Pattern.quote(name) + ")\\b", Pattern.CASE_INSENSITIVE)
                .matcher(chunk.text());
        int[] rel = use.find() ? lineColumnOf(chunk.text(), use.start(1)) : new int[] {1, 1};
        return at(chunk, rel[0], rel[1], Messages.get("bib.undefinedMacro", name));
    }

    /** A place inside a chunk's text, as a place in the file. */
    private static Problem at(BibScanner.Chunk chunk, int line, int column, String message) {
        return new Problem(chunk.line() + line - 1, line == 1 ? chunk.column() + column - 1 : column, true, message);
    }

    /** Where the entry with this key starts ({line, column} of its "@"), if the file has it. */
    public Optional<int[]> location(String key) {
        int[] at = locations.get(key);
        return at == null ? Optional.empty() : Optional.of(at.clone());
    }

    /** What is wrong in the file, in file order; errors spoil only their own entry. */
    public List<Problem> problems() {
        return problems;
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
        return images.isEmpty() || images.size() > 6 ? "" : Messages.get("bib.expected", String.join(" | ", images));
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
}
