package estrado.deck;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree that keeps line and column of every value.
 * Hostile input (huge files, alias bombs, absurd nesting) is refused with a message, not a crash.
 */
public final class YamlReader {
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DEPTH = 40;
    static final int MAX_ALIASES = 50;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with a location
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                .build();
    }

    /** Reads {@code file}; on failure adds a located problem and returns empty. */
    public Optional<YamlNode> read(Path file, Problems problems) {
        return readText(file, problems).flatMap(text -> parse(file, text, problems));
    }

    /**
     * The text of a deck file (YAML or Markdown), refused with a located problem when it is too big, unreadable
     * or not UTF-8.
     */
    public static Optional<String> readText(Path file, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(Location.of(file), "yaml.tooBig", size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(Location.of(file), "yaml.unreadable", e.getClass().getSimpleName());
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(Location.of(file), "yaml.notUtf8");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Parses YAML text as if it came from {@code file}. */
    public Optional<YamlNode> parse(Path file, String text, Problems problems) {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.error(Location.of(file), "yaml.empty");
                return Optional.empty();
            }
            return Optional.of(readValue(p, file, problems, 0));
        } catch (AliasException e) {
            // "- *negrita* y más" reaches here when the asterisk text parses as an alias name
            Optional<YamlHints.Hint> hint = new YamlHints(text).reservedStart(e.where.line(), e.where.column());
            hint.ifPresentOrElse(h -> problems.error(h.at(file), h.key(), h.args()),
                    () -> problems.error(e.where, "yaml.alias"));
        } catch (DepthException e) {
            problems.error(e.where, "yaml.tooDeep", MAX_DEPTH);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                // SnakeYAML knows the exact spot; Jackson's own location is where the token started
                Location at = new Location(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1);
                String problem = m.getProblem() == null ? cleanMessage(e) : m.getProblem();
                Optional<YamlHints.Hint> hint = new YamlHints(text).explain(m);
                if (hint.isPresent()) {
                    problems.error(hint.get().at(file), hint.get().key(), hint.get().args());
                } else if (problem.contains("escape character")) {
                    problems.error(at, "yaml.badEscape", problem);
                } else {
                    problems.error(at, "yaml.syntax", (m.getContext() == null ? "" : m.getContext() + ": ") + problem);
                }
                return Optional.empty();
            }
            problems.error(locationOf(file, e.getLocation()), "yaml.syntax", cleanMessage(e));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML signals its limits (aliases, nesting, size) with runtime exceptions
            problems.error(Location.of(file), "yaml.syntax", cleanMessage(e));
        } catch (StackOverflowError e) {
            problems.error(Location.of(file), "yaml.tooDeep", MAX_DEPTH);
        }
        return Optional.empty();
    }

    private YamlNode readValue(JsonParser p, Path file, Problems problems, int depth) throws IOException {
        Location here = locationOf(file, p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new DepthException(here);
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = locationOf(file, p.currentTokenLocation());
                    p.nextToken();
                    YamlNode value = readValue(p, file, problems, depth + 1);
                    if (entries.containsKey(key)) {
                        problems.error(keyAt, "yaml.duplicateKey", key, entries.get(key).keyLocation().line());
                    } else {
                        entries.put(key, new YamlNode.Mapping.Entry(keyAt, value));
                    }
                }
                return new YamlNode.Mapping(here, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, problems, depth + 1));
                }
                return new YamlNode.Sequence(here, items);
            }
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(here, p.getText(), YamlNode.Scalar.Tag.INT);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(here, p.getText(), YamlNode.Scalar.Tag.FLOAT);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(here, p.getText(), YamlNode.Scalar.Tag.BOOL);
            case VALUE_NULL:
                return new YamlNode.Scalar(here, "", YamlNode.Scalar.Tag.NULL);
            default:
                if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    // aliases are how "billion laughs" bombs multiply; a deck never needs them
                    throw new AliasException(here);
                }
                return new YamlNode.Scalar(here, p.getText(), YamlNode.Scalar.Tag.STRING);
        }
    }

    private static Location locationOf(Path file, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.of(file);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** First line of a parser message, without Jackson's source dump. */
    private static String cleanMessage(Exception e) {
        if (e instanceof JsonProcessingException jpe) {
            String m = jpe.getOriginalMessage();
            return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).trim();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).trim();
    }

    /** A YAML alias ({@code *name}). */
    static final class AliasException extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Location where;

        AliasException(Location where) {
            super("alias");
            this.where = where;
        }
    }

    /** Nesting beyond what any deck needs. */
    static final class DepthException extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Location where;

        DepthException(Location where) {
            super("too deep");
            this.where = where;
        }
    }
}
