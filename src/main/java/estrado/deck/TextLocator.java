package estrado.deck;

import estrado.deck.markdown.MarkdownSection;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Points at a piece of slide text inside its YAML or Markdown file, so a message can name the column of a
 * citation key or a figure rather than the start of the block.
 *
 * <p>It finds the scalar that holds the text (the first one at or after the text's anchor with
 * exactly that value) and looks for the piece, written literally, between the scalar's first and
 * last character. That is exact for plain, single-quoted and block scalars ({@code |}, {@code >-}),
 * over one line or several, as long as the piece is written on one line with no escapes in it.
 * When it is not (a marker broken across lines, a double-quoted escape), the scalar's own start
 * is returned, and failing that the anchor: never a wrong column, at worst a less precise one.
 */
public final class TextLocator {
    private record Span(String value, int line, int column, int start, int end) { }

    private record Source(int[] codePoints, int[] lineStarts, List<Span> spans) { }

    private final Map<Path, Optional<Source>> files = new HashMap<>();

    /** Where the characters {@code [from, to)} of {@code text} are written. */
    public Location locate(SlideText text, int from, int to) {
        Location anchor = text.anchor();
        if (anchor == null || anchor.file() == null || from < 0 || to > text.text().length() || from >= to) {
            return anchor;
        }
        Optional<Source> source = files.computeIfAbsent(anchor.file(), TextLocator::read);
        if (source.isEmpty()) {
            return anchor;
        }
        if (MarkdownSection.isMarkdown(anchor.file())) {
            return inMarkdown(source.get(), text, from).map(i -> at(anchor.file(), source.get(), i)).orElse(anchor);
        }
        Optional<Span> span = source.get().spans().stream()
                .filter(s -> s.value().equals(text.text()) && !before(s, anchor))
                .findFirst();
        if (span.isEmpty()) {
            return anchor;
        }
        Span s = span.get();
        Location scalarStart = new Location(anchor.file(), s.line(), s.column());
        String piece = text.text().substring(from, to);
        List<Integer> inText = occurrences(text.text(), piece);
        int nth = inText.indexOf(from);
        List<Integer> inSource = occurrences(source.get().codePoints(), s.start(), s.end(), piece.codePoints().toArray());
        if (nth < 0 || inSource.size() != inText.size()) {
            return scalarStart;
        }
        return at(anchor.file(), source.get(), inSource.get(nth));
    }

    /** How far past the anchor a Markdown text is looked for (a table's cells come after the table's start). */
    private static final int MARKDOWN_REACH = 20_000;

    /**
     * Where character {@code from} of a Markdown text is written. The text is its lines joined by single spaces
     * (a paragraph, an item, a quote), so it is walked against the file from where it starts: at the anchor, or
     * failing that at the next place its beginning is written (a table cell, anchored at its table).
     */
    private static Optional<Integer> inMarkdown(Source src, SlideText text, int from) {
        int[] cps = src.codePoints();
        int[] starts = src.lineStarts();
        Location anchor = text.anchor();
        if (anchor.line() < 1 || anchor.line() > starts.length) {
            return Optional.empty();
        }
        int start = Math.min(cps.length, starts[anchor.line() - 1] + anchor.column() - 1);
        int[] t = text.text().codePoints().toArray();
        int upTo = text.text().codePointCount(0, from);
        Optional<Integer> at = walk(cps, start, t, upTo);
        int[] head = Arrays.copyOf(t, Math.min(t.length, 12));
        for (int i : occurrences(cps, start, Math.min(cps.length, start + MARKDOWN_REACH), head)) {
            if (at.isPresent()) {
                break;
            }
            at = walk(cps, i, t, upTo);
        }
        return at;
    }

    /** The file index of text character {@code upTo}, matching the text from {@code i}; a space may be a line break. */
    private static Optional<Integer> walk(int[] cps, int i, int[] text, int upTo) {
        for (int k = 0; k < upTo; k++) {
            if (i < cps.length && cps[i] == text[k]) {
                i++;
            } else if (text[k] == ' ' && i < cps.length && (cps[i] == '\n' || cps[i] == '\r')) {
                i += cps[i] == '\r' && i + 1 < cps.length && cps[i + 1] == '\n' ? 2 : 1;
                while (i < cps.length && (cps[i] == ' ' || cps[i] == '\t' || cps[i] == '>')) {
                    i++;
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(i);
    }

    private static boolean before(Span s, Location anchor) {
        return s.line() < anchor.line() || (s.line() == anchor.line() && s.column() < anchor.column());
    }

    private static List<Integer> occurrences(String text, String piece) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + piece.length())) {
            out.add(i);
        }
        return out;
    }

    private static List<Integer> occurrences(int[] cps, int from, int to, int[] piece) {
        List<Integer> out = new ArrayList<>();
        int i = from;
        while (i + piece.length <= Math.min(to, cps.length)) {
            boolean match = true;
            for (int k = 0; k < piece.length && match; k++) {
                match = cps[i + k] == piece[k];
            }
            if (match) {
                out.add(i);
                i += piece.length;
            } else {
                i++;
            }
        }
        return out;
    }

    private static Location at(Path file, Source src, int index) {
        int[] starts = src.lineStarts();
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new Location(file, lo + 1, index - starts[lo] + 1);
    }

    private static Optional<Source> read(Path file) {
        try {
            if (Files.size(file) > YamlReader.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int[] cps = text.codePoints().toArray();
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < cps.length; i++) {
                // SnakeYAML counts \r\n, \r and \n as one line break each
                if (cps[i] == '\n' || (cps[i] == '\r' && (i + 1 >= cps.length || cps[i + 1] != '\n'))) {
                    starts.add(i + 1);
                }
            }
            if (MarkdownSection.isMarkdown(file)) {
                return Optional.of(new Source(cps, starts.stream().mapToInt(Integer::intValue).toArray(), List.of()));
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(YamlReader.MAX_ALIASES);
            options.setNestingDepthLimit(YamlReader.MAX_DEPTH + 10);
            options.setCodePointLimit((int) YamlReader.MAX_FILE_BYTES);
            Node root = new Yaml(options).compose(new StringReader(text));
            List<Span> spans = new ArrayList<>();
            collect(root, spans, Collections.newSetFromMap(new IdentityHashMap<>()));
            return Optional.of(new Source(cps, starts.stream().mapToInt(Integer::intValue).toArray(), spans));
        } catch (IOException | RuntimeException e) {
            // only used for finer columns: a file that cannot be re-read keeps the coarse location
            return Optional.empty();
        }
    }

    private static void collect(Node n, List<Span> out, Set<Node> seen) {
        if (n == null || !seen.add(n)) {
            return;
        }
        if (n instanceof ScalarNode s) {
            out.add(new Span(s.getValue(), s.getStartMark().getLine() + 1, s.getStartMark().getColumn() + 1,
                    s.getStartMark().getIndex(), s.getEndMark().getIndex()));
        } else if (n instanceof SequenceNode seq) {
            seq.getValue().forEach(c -> collect(c, out, seen));
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                collect(t.getKeyNode(), out, seen);
                collect(t.getValueNode(), out, seen);
            }
        }
    }
}
