package estrado.deck.markdown;

import estrado.deck.Location;
import estrado.deck.Problems;
import estrado.deck.YamlNode;
import estrado.deck.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Markdown section file into the node tree a YAML section file gives ({@code id}, {@code title},
 * {@code budget}, {@code slides}), so the deck loader checks both the same way.
 *
 * <pre>
 * ---
 * id: costos
 * title: Costos
 * budget: 10
 * ---
 *
 * ---
 * id: portada
 * layout: title
 * ---
 * # Clase 2: Entrenamiento de LLMs
 *
 * &lt;!-- notes --&gt;
 * Bienvenida.
 * </pre>
 *
 * The file opens with its front matter between two {@code ---} lines. Every later {@code ---} line starts a
 * slide; when the very next line reads {@code key: value}, the lines up to the next {@code ---} are the
 * slide's YAML header. The slide's body is Markdown ({@link SlideBody}); its notes follow a
 * {@code <!-- notes -->} line.
 */
public final class MarkdownSection {
    /** What a section's front matter holds; its slides are the rest of the file. */
    static final List<String> FRONT_MATTER = List.of("id", "title", "budget");
    /** What a slide's header may hold: its title and subtitle are its {@code #} and {@code ##} lines. */
    static final List<String> HEADER = List.of("id", "layout", "duration", "counted", "uncited", "todo", "start",
            "references", "budget");
    static final String NOTES = "notes";
    private static final Pattern HEADER_START = Pattern.compile("^[A-Za-z_][\\w-]*:(\\s.*)?$");
    private static final Pattern NOTES_MARKER = Pattern.compile("^\\s{0,3}<!--\\s*notes\\s*-->\\s*$");

    private MarkdownSection() {
    }

    public static boolean isMarkdown(Path file) {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** Reads a Markdown section file; on failure adds located problems and returns empty. */
    public static Optional<YamlNode> read(Path file, Problems problems) {
        return YamlReader.readText(file, problems).flatMap(text -> parse(file, text, problems));
    }

    /** Parses Markdown section text as if it came from {@code file}. */
    public static Optional<YamlNode> parse(Path file, String text, Problems problems) {
        Source src = new Source(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!Source.isSeparator(src.line(1))) {
            problems.error(src.at(1, 1), "md.noFrontMatter");
            return Optional.empty();
        }
        int close = 2;
        while (close <= src.size() && !Source.isSeparator(src.line(close))) {
            close++;
        }
        if (close > src.size()) {
            problems.error(src.at(1, 1), "md.frontMatterOpen");
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> front = mapping(src, 2, close - 1, src.at(1, 1), "md.frontMatterNotMapping",
                problems);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode.Mapping.Entry> section = known(front.get(), FRONT_MATTER, problems);
        List<YamlNode> slides = new ArrayList<>();
        String sectionId = section.containsKey("id") && section.get("id").value() instanceof YamlNode.Scalar s
                ? s.text() : "";
        for (Chunk chunk : chunks(src, close + 1, problems)) {
            new SlideReader(src, chunk, sectionId, slides.size() + 1, problems).read().ifPresent(slides::add);
        }
        if (src.yamlFailed()) {
            // like a YAML file that does not parse: a section missing a slide would only add false budget warnings
            return Optional.empty();
        }
        Location slidesAt = src.at(Math.min(close + 1, src.size()), 1);
        section.put("slides", new YamlNode.Mapping.Entry(slidesAt, new YamlNode.Sequence(slidesAt, slides)));
        return Optional.of(new YamlNode.Mapping(src.at(1, 1), section));
    }

    /**
     * One slide's lines: its {@code ---} line, its header (lines {@code headerFrom..headerTo}, none when
     * {@code headerFrom} is 0), its body and its notes ({@code notesLine} 0 when it has none).
     */
    record Chunk(int separator, int headerFrom, int headerTo, int bodyFrom, int bodyTo, int notesLine, int notesTo) {
        boolean hasHeader() {
            return headerFrom > 0;
        }
    }

    private static List<Chunk> chunks(Source src, int from, Problems problems) {
        List<Integer> separators = new ArrayList<>();
        List<int[]> headers = new ArrayList<>();
        Fences fences = new Fences();
        int n = from;
        // text before the first separator is a slide of its own only when it is not blank
        separators.add(from - 1);
        headers.add(new int[] {0, 0});
        while (n <= src.size()) {
            String line = src.line(n);
            if (!fences.inside(line) && Source.isSeparator(line)) {
                separators.add(n);
                if (HEADER_START.matcher(src.line(n + 1)).matches()) {
                    int end = n + 1;
                    while (end <= src.size() && !Source.isSeparator(src.line(end))) {
                        end++;
                    }
                    if (end > src.size()) {
                        problems.error(src.at(n + 1, 1), "md.headerOpen");
                        headers.add(new int[] {0, 0});
                        break;
                    }
                    headers.add(new int[] {n + 1, end - 1});
                    n = end + 1;
                    continue;
                }
                headers.add(new int[] {0, 0});
            }
            n++;
        }
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i < separators.size(); i++) {
            int[] h = headers.get(i);
            int bodyFrom = h[0] > 0 ? h[1] + 2 : separators.get(i) + 1;
            int end = i + 1 < separators.size() ? separators.get(i + 1) - 1 : src.size();
            if (i == 0 && blank(src, bodyFrom, end)) {
                continue;
            }
            int notes = 0;
            Fences inBody = new Fences();
            for (int k = bodyFrom; k <= end; k++) {
                if (!inBody.inside(src.line(k)) && NOTES_MARKER.matcher(src.line(k)).matches()) {
                    notes = k;
                    break;
                }
            }
            out.add(new Chunk(separators.get(i), h[0], h[1], bodyFrom, notes > 0 ? notes - 1 : end, notes, end));
        }
        return out;
    }

    static boolean blank(Source src, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!src.line(k).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Lines parsed as a YAML mapping; anything else is reported at {@code at}. */
    static Optional<YamlNode.Mapping> mapping(Source src, int from, int to, Location at, String notMapping,
            Problems problems) {
        if (blank(src, from, to)) {
            return Optional.of(new YamlNode.Mapping(at, new LinkedHashMap<>()));
        }
        Optional<YamlNode> node = src.yaml(from, to, 0, problems);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        problems.error(node.get().location(), notMapping);
        return Optional.empty();
    }

    /** The entries whose keys are {@code allowed}, in order; any other key is reported with a did-you-mean. */
    static Map<String, YamlNode.Mapping.Entry> known(YamlNode.Mapping m, List<String> allowed, Problems problems) {
        Map<String, YamlNode.Mapping.Entry> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode.Mapping.Entry> e : m.entries().entrySet()) {
            if (allowed.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            } else {
                boolean title = "title".equals(e.getKey()) || "subtitle".equals(e.getKey());
                if (title) {
                    // kept, so the slide is not also reported as having no title
                    problems.error(e.getValue().keyLocation(), "md.titleInHeader", e.getKey());
                    out.put(e.getKey(), e.getValue());
                } else {
                    problems.unknownName(e.getValue().keyLocation(), "md.unknownHeaderKey", e.getKey(), allowed);
                }
            }
        }
        return out;
    }
}
