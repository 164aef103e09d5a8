package estrado.deck.markdown;

import estrado.deck.Location;
import estrado.deck.Problems;
import estrado.deck.YamlNode;
import estrado.deck.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The lines of one Markdown section file, and where each piece of it is (1-based line and column). */
final class Source {
    private final Path file;
    private final List<String> lines;
    private final YamlReader yaml = new YamlReader();
    private boolean yamlFailed;

    Source(Path file, String text) {
        this.file = file;
        this.lines = List.of(text.split("\r\n|\r|\n", -1));
    }

    Path file() {
        return file;
    }

    int size() {
        return lines.size();
    }

    /** Line {@code n} (1-based), or "" past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    Location at(int line, int column) {
        return new Location(file, line, column);
    }

    /** Lines {@code from..to} (1-based, inclusive) joined with line breaks. */
    String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int n = from; n <= to; n++) {
            b.append(line(n)).append('\n');
        }
        return b.toString();
    }

    /**
     * Parses lines {@code from..to} as YAML, as if they stood alone but at their place in the file: blank lines
     * before them keep the parser's line numbers (and its quoting hints) true to the .md file.
     */
    Optional<YamlNode> yaml(int from, int to, int indent, Problems problems) {
        StringBuilder b = new StringBuilder("\n".repeat(Math.max(0, from - 1)));
        String pad = " ".repeat(indent);
        for (int n = from; n <= to; n++) {
            b.append(line(n).isEmpty() ? "" : pad + line(n)).append('\n');
        }
        Optional<YamlNode> node = yaml.parse(file, b.toString(), problems);
        yamlFailed |= node.isEmpty();
        return node;
    }

    /** Whether some YAML in the file (front matter, a header, a fence's parameters) could not be read. */
    boolean yamlFailed() {
        return yamlFailed;
    }

    /** True for a line that is only {@code ---} (trailing spaces allowed): the slide separator. */
    static boolean isSeparator(String line) {
        return line.stripTrailing().equals("---");
    }
}
