package estrado.deck.markdown;

import estrado.deck.Location;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A section as plain text without any file position: two sections that read the same here become the same
 * slides, whatever file (YAML or Markdown) and line they came from. The converter checks its output with it.
 */
public final class ModelText {
    private ModelText() {
    }

    /** A section, a slide or a block, as text. */
    public static String of(Record part) {
        StringBuilder b = new StringBuilder();
        write(part, b, "");
        return b.toString();
    }

    private static void write(Object value, StringBuilder b, String indent) {
        if (value == null || value instanceof Location || value instanceof Path) {
            b.append('-');
        } else if (value instanceof Optional<?> o) {
            write(o.orElse(null), b, indent);
        } else if (value instanceof Record r) {
            b.append(r.getClass().getSimpleName()).append(" {\n");
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == Location.class) {
                    continue;
                }
                Object v;
                try {
                    v = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                // notes are shown reflowed; a YAML block keeps a final line break the Markdown form has no need of
                if ("notes".equals(c.getName()) && v instanceof String s) {
                    v = s.strip();
                }
                b.append(indent).append("  ").append(c.getName()).append(": ");
                write(v, b, indent + "  ");
                b.append('\n');
            }
            b.append(indent).append('}');
        } else if (value instanceof Map<?, ?> m) {
            b.append("{\n");
            new TreeMap<>(m).forEach((k, v) -> {
                b.append(indent).append("  ").append(k).append(": ");
                write(v, b, indent + "  ");
                b.append('\n');
            });
            b.append(indent).append('}');
        } else if (value instanceof Collection<?> c) {
            b.append("[\n");
            for (Object o : c) {
                b.append(indent).append("  ");
                write(o, b, indent + "  ");
                b.append('\n');
            }
            b.append(indent).append(']');
        } else if (value instanceof String s) {
            b.append('«').append(s).append('»');
        } else {
            b.append(value);
        }
    }
}
