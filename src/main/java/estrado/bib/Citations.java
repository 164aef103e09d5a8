package estrado.bib;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code \cite{key}} and {@code \cite{a, b}} markers in slide text; dollar signs and the rest are left alone. */
public final class Citations {

    // Keys are anything BibTeX allows up to ',' or '}'; "\citeauthor{…}" and "\\cite{…}" are not markers.
    private static final Pattern MARKER = Pattern.compile("(?<!\\\\)\\\\cite\\{([^{}]*)\\}");

    private Citations() {
    }

    /** Every cited key in order of appearance, one {@link Citation} per key (repeats kept). */
    public static List<Citation> find(CharSequence text) {
        List<Citation> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            int bodyStart = m.start(1);
            int from = 0;
            while (from <= body.length()) {
                int comma = body.indexOf(',', from);
                int to = comma < 0 ? body.length() : comma;
                String raw = body.substring(from, to);
                String key = raw.strip();
                if (!key.isEmpty()) {
                    int lead = raw.indexOf(key);
                    found.add(new Citation(key, m.start(), m.end(), bodyStart + from + lead));
                }
                from = to + 1;
            }
        }
        return found;
    }

    /** The distinct keys cited in the text, in order of first appearance. */
    public static Set<String> keys(CharSequence text) {
        Set<String> keys = new LinkedHashSet<>();
        for (Citation c : find(text)) {
            keys.add(c.key());
        }
        return keys;
    }
}
