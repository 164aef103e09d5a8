package estrado.widgets.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Words kept in the message bundles (Spanish and English), with the entries its placeholders {0}, {1}… stand
 * for: the bundle holds the sentence, this holds the figures, and the view writes them in the UI language.
 *
 * @param key     message key, written out in full so a search finds its use
 * @param entries what {0}, {1}… are, in order
 */
public record Prose(String key, List<Entry> entries) {

    public Prose {
        Objects.requireNonNull(key, "key");
        entries = List.copyOf(entries);
    }

    public static Prose of(String key, Entry... entries) {
        return new Prose(key, List.of(entries));
    }

    /** The keys of the figures it quotes, in order, each once. */
    public List<String> sourceKeys() {
        List<String> keys = new ArrayList<>();
        for (Entry e : entries) {
            Entry.addNew(keys, e.sourceKeys());
        }
        return keys;
    }
}
