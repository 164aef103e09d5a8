package estrado.deck.markdown;

import estrado.deck.Location;
import estrado.deck.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the YAML nodes a Markdown construct stands for, each located where it is written in the .md file. */
final class Nodes {
    private Nodes() {
    }

    static YamlNode.Scalar text(Location at, String text) {
        return new YamlNode.Scalar(at, text, YamlNode.Scalar.Tag.STRING);
    }

    static YamlNode.Scalar bool(Location at, boolean value) {
        return new YamlNode.Scalar(at, Boolean.toString(value), YamlNode.Scalar.Tag.BOOL);
    }

    static YamlNode.Sequence list(Location at, List<YamlNode> items) {
        return new YamlNode.Sequence(at, List.copyOf(items));
    }

    /** A mapping being filled in, key by key, in the order the keys are written. */
    static final class MapBuilder {
        private final Location at;
        private final Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();

        MapBuilder(Location at) {
            this.at = at;
        }

        MapBuilder put(String key, YamlNode value) {
            entries.put(key, new YamlNode.Mapping.Entry(value.location(), value));
            return this;
        }

        MapBuilder put(String key, Location keyAt, YamlNode value) {
            entries.put(key, new YamlNode.Mapping.Entry(keyAt, value));
            return this;
        }

        MapBuilder putAll(Map<String, YamlNode.Mapping.Entry> more) {
            entries.putAll(more);
            return this;
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        YamlNode.Mapping build() {
            return new YamlNode.Mapping(at, new LinkedHashMap<>(entries));
        }
    }

    /** {@code {key: value}}: a block as the YAML form writes it, its key located at {@code at}. */
    static YamlNode.Mapping block(String key, Location at, YamlNode value) {
        return new MapBuilder(at).put(key, at, value).build();
    }
}
