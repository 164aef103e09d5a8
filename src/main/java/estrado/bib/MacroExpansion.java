package estrado.bib;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.LiteralValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

/**
 * Guards against @string bombs: thirty macros each defined as the previous one twice expand a few
 * hundred bytes into gigabytes, which would exhaust memory the moment a field is read. Lengths are
 * added up without building the strings, each macro counted once.
 */
final class MacroExpansion {
    /** Far beyond any real title or author list. */
    static final long MAX_FIELD_CHARS = 100_000;
    private static final int MAX_DEPTH = 200;

    private final Map<Value, Long> lengths = new IdentityHashMap<>();

    private MacroExpansion() {
    }

    /** The first field expanding beyond the limit, as "key.field", or null when all are fine. */
    static String firstTooLong(BibTeXDatabase db) {
        MacroExpansion m = new MacroExpansion();
        for (BibTeXEntry entry : db.getEntries().values()) {
            for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
                if (m.length(field.getValue(), 0) > MAX_FIELD_CHARS) {
                    return entry.getKey().getValue() + "." + field.getKey().getValue();
                }
            }
        }
        return null;
    }

    private long length(Value v, int depth) {
        if (v == null) {
            return 0;
        }
        if (depth > MAX_DEPTH) {
            return Long.MAX_VALUE / 4;
        }
        Long known = lengths.get(v);
        if (known != null) {
            return known;
        }
        long n;
        if (v instanceof LiteralValue l) {
            n = l.getString() == null ? 0 : l.getString().length();
        } else if (v instanceof ConcateValue c) {
            n = saturated(length(c.getLeft(), depth + 1), length(c.getRight(), depth + 1));
        } else if (v instanceof ReferenceValue r) {
            BibTeXString s = r.getString();
            n = s == null ? 0 : length(s.getValue(), depth + 1);
        } else if (v instanceof CrossReferenceValue x) {
            n = length(x.getValue(), depth + 1);
        } else {
            n = 0;
        }
        lengths.put(v, n);
        return n;
    }

    private static long saturated(long a, long b) {
        long s = a + b;
        return s < 0 || s > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : s;
    }
}
