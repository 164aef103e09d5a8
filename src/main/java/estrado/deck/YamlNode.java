package estrado.deck;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so every later check can point at it. */
public sealed interface YamlNode {
    Location location();

    /** What kind of value this is, for "expected X, found Y" messages. */
    String kindKey();

    /** A scalar; {@code tag} says how YAML typed it (string, int, float, bool, null). */
    record Scalar(Location location, String text, Tag tag) implements YamlNode {
        public enum Tag { STRING, INT, FLOAT, BOOL, NULL }

        @Override
        public String kindKey() {
            return switch (tag) {
                case STRING -> "kind.text";
                case INT, FLOAT -> "kind.number";
                case BOOL -> "kind.bool";
                case NULL -> "kind.null";
            };
        }
    }

    /** A mapping; key locations are kept so unknown fields can be pointed at. */
    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        public record Entry(Location keyLocation, YamlNode value) { }

        @Override
        public String kindKey() {
            return "kind.mapping";
        }
    }

    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        @Override
        public String kindKey() {
            return "kind.list";
        }
    }
}
