package estrado.deck.markdown;

import estrado.deck.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a YAML section (as read, before any check) as a Markdown section that reads back into the same
 * slides: front matter, one header per slide, {@code #}/{@code ##} titles, the blocks in Markdown, notes after
 * {@code <!-- notes -->}. Text is copied as written: estrado's inline marks are Markdown's.
 */
public final class MarkdownWriter {
    /** Slide keys the body carries; every other key goes to the slide's header, in the order written. */
    private static final Set<String> BODY_KEYS = Set.of("title", "subtitle", "blocks", "left", "right", "notes");
    private static final Pattern PLAIN = Pattern.compile("^[\\p{L}¿¡(][^\\n'\"]*$");
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "^(?i:true|false|yes|no|on|off|null|~|[-+]?[0-9.][0-9._eE+-]*)$");

    private MarkdownWriter() {
    }

    public static String section(YamlNode.Mapping section) {
        List<String> out = new ArrayList<>(List.of("---"));
        section.entries().forEach((k, e) -> {
            if (!"slides".equals(k)) {
                out.addAll(yaml(k, e.value(), ""));
            }
        });
        out.add("---");
        YamlNode.Mapping.Entry slides = section.entries().get("slides");
        if (slides != null && slides.value() instanceof YamlNode.Sequence seq) {
            for (YamlNode s : seq.items()) {
                out.add("");
                out.addAll(trimmed(slide((YamlNode.Mapping) s)));
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> slide(YamlNode.Mapping slide) {
        Map<String, YamlNode.Mapping.Entry> e = slide.entries();
        String title = text(e.get("title"));
        List<String> header = new ArrayList<>();
        e.forEach((k, v) -> {
            boolean impliedId = "id".equals(k) && !title.isEmpty() && SlideReader.slug(title).equals(text(v));
            if (!BODY_KEYS.contains(k) && !impliedId) {
                header.addAll(yaml(k, v.value(), ""));
            }
        });
        List<String> out = new ArrayList<>(List.of("---"));
        if (!header.isEmpty()) {
            out.addAll(header);
            out.add("---");
        }
        if (!title.isEmpty()) {
            out.add("# " + title);
        }
        if (e.containsKey("subtitle")) {
            out.add("## " + text(e.get("subtitle")));
        }
        out.add("");
        if (e.containsKey("blocks")) {
            out.addAll(blocks(e.get("blocks").value(), 0));
        }
        for (String side : List.of("left", "right")) {
            if (e.containsKey(side)) {
                out.add("::: " + side);
                out.addAll(trimmed(blocks(e.get(side).value(), 0)));
                out.add(":::");
                out.add("");
            }
        }
        if (e.containsKey("notes")) {
            out.add("<!-- notes -->");
            out.add(text(e.get("notes")).strip());
            out.add("");
        }
        return out;
    }

    /** The lines without the blank ones at the end. */
    private static List<String> trimmed(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    /** Blocks, each followed by a blank line; {@code depth} counts the columns they sit in. */
    private static List<String> blocks(YamlNode node, int depth) {
        List<String> out = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            return out;
        }
        for (YamlNode b : seq.items()) {
            if (b instanceof YamlNode.Scalar s) {
                out.add("pause".equals(s.text().strip()) ? "<!-- pause -->" : s.text());
            } else if (b instanceof YamlNode.Mapping m) {
                out.addAll(block(m, depth));
            }
            out.add("");
        }
        return out;
    }

    private static List<String> block(YamlNode.Mapping m, int depth) {
        Map<String, YamlNode.Mapping.Entry> e = m.entries();
        String type = e.keySet().stream().filter(k -> !"steps".equals(k)).findFirst().orElse("");
        YamlNode body = e.get(type).value();
        Map<String, YamlNode.Mapping.Entry> f = body instanceof YamlNode.Mapping bm ? bm.entries() : Map.of();
        List<String> out = new ArrayList<>();
        switch (type) {
            case "paragraph" -> out.add(text(body));
            case "bullets", "numbered" -> {
                if (e.containsKey("steps") && "true".equals(text(e.get("steps")))) {
                    out.add("<!-- steps -->");
                }
                items(body, "numbered".equals(type), "", out);
            }
            case "table" -> table(f, out);
            case "formula" -> {
                String tex = body instanceof YamlNode.Scalar ? text(body) : text(f.get("tex"));
                if (tex.contains("\n")) {
                    out.add("$$");
                    out.addAll(tex.lines().toList());
                    out.add("$$");
                } else {
                    out.add("$$ " + tex + " $$");
                }
                caption(f, out);
            }
            case "image" -> {
                if (body instanceof YamlNode.Scalar) {
                    out.add("![](" + text(body) + ")");
                } else if (f.containsKey("height") || f.containsKey("side") || f.containsKey("width")
                        || text(f.get("src")).contains(" ")) {
                    fence("image", "", body, out);
                } else {
                    String credit = f.containsKey("credit") ? " \"" + text(f.get("credit")) + "\"" : "";
                    out.add("![" + text(f.get("describe")) + "](" + text(f.get("src")) + credit + ")");
                    caption(f, out);
                }
            }
            case "callout" -> {
                String kind = f.containsKey("kind") ? text(f.get("kind")) : "key";
                String title = f.containsKey("title") ? " " + text(f.get("title")) : "";
                out.add("> [!" + kind + "]" + title);
                quoted(body instanceof YamlNode.Scalar ? text(body) : text(f.get("text")), out);
            }
            case "quote" -> {
                quoted(body instanceof YamlNode.Scalar ? text(body) : text(f.get("text")), out);
                if (f.containsKey("author")) {
                    out.add(">");
                    out.add("> — " + text(f.get("author")));
                }
            }
            case "columns" -> {
                String outer = ":".repeat(4 + depth);
                String inner = ":".repeat(3 + depth);
                out.add(outer + " columns");
                for (YamlNode col : ((YamlNode.Sequence) body).items()) {
                    out.add(inner + " column");
                    out.addAll(trimmed(blocks(col, depth + 2)));
                    out.add(inner);
                }
                out.add(outer);
            }
            case "widget" -> {
                if (body instanceof YamlNode.Scalar) {
                    fence("widget", text(body), null, out);
                } else {
                    fence("widget", text(f.get("type")), without(body, "type"), out);
                }
            }
            case "diagram" -> {
                if (body instanceof YamlNode.Scalar) {
                    fence("diagram", text(body), null, out);
                } else {
                    fence("diagram", text(f.get("name")), without(body, "name"), out);
                }
            }
            case "placeholder" -> {
                YamlNode fields = body instanceof YamlNode.Mapping ? body
                        : new YamlNode.Mapping(body.location(), Map.of("label", new YamlNode.Mapping.Entry(
                                body.location(), body)));
                fence("placeholder", "", fields, out);
            }
            case "code" -> {
                String code = body instanceof YamlNode.Scalar ? text(body) : text(f.get("text"));
                String fenceMark = code.contains("```") ? "~~~~" : "```";
                String info = (f.containsKey("language") ? text(f.get("language")) : "")
                        + (f.containsKey("highlight") ? " {" + text(f.get("highlight")) + "}" : "");
                out.add(fenceMark + info);
                out.addAll(code.lines().toList());
                out.add(fenceMark);
            }
            default -> throw new IllegalArgumentException("unknown block " + type);
        }
        return out;
    }

    private static void items(YamlNode list, boolean numbered, String indent, List<String> out) {
        int n = 0;
        for (YamlNode item : ((YamlNode.Sequence) list).items()) {
            String marker = numbered ? ++n + ". " : "- ";
            String childIndent = indent + " ".repeat(marker.length());
            if (item instanceof YamlNode.Mapping m) {
                Map.Entry<String, YamlNode.Mapping.Entry> only = m.entries().entrySet().iterator().next();
                out.add(indent + marker + only.getKey());
                if (only.getValue().value() instanceof YamlNode.Sequence) {
                    items(only.getValue().value(), false, childIndent, out);
                }
            } else {
                out.add(indent + marker + text(item));
            }
        }
    }

    private static void table(Map<String, YamlNode.Mapping.Entry> f, List<String> out) {
        List<YamlNode> rows = ((YamlNode.Sequence) f.get("rows").value()).items();
        List<YamlNode> header = f.containsKey("header") ? ((YamlNode.Sequence) f.get("header").value()).items()
                : List.of();
        int width = !header.isEmpty() ? header.size() : ((YamlNode.Sequence) rows.get(0)).items().size();
        List<String> head = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            head.add(i < header.size() ? cell(header.get(i)) : "");
        }
        out.add(row(head));
        List<YamlNode> align = f.containsKey("align") ? ((YamlNode.Sequence) f.get("align").value()).items()
                : List.of();
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String a = i < align.size() ? text(align.get(i)) : "left";
            marks.add(a.startsWith("c") ? ":---:" : a.startsWith("r") ? "---:" : "---");
        }
        out.add(row(marks));
        for (YamlNode r : rows) {
            out.add(row(((YamlNode.Sequence) r).items().stream().map(MarkdownWriter::cell).toList()));
        }
        caption(f, out);
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String cell(YamlNode n) {
        return text(n).replace("|", "\\|");
    }

    private static void caption(Map<String, YamlNode.Mapping.Entry> f, List<String> out) {
        if (f.containsKey("caption")) {
            out.add("");
            out.add(": " + text(f.get("caption")));
        }
    }

    private static void quoted(String text, List<String> out) {
        for (String line : text.split("\n", -1)) {
            out.add(line.isEmpty() ? ">" : "> " + line);
        }
    }

    private static void fence(String kind, String name, YamlNode fields, List<String> out) {
        out.add("```" + kind + (name.isEmpty() ? "" : " " + name));
        if (fields instanceof YamlNode.Mapping m) {
            m.entries().forEach((k, e) -> out.addAll(yaml(k, e.value(), "")));
        }
        out.add("```");
    }

    private static YamlNode without(YamlNode mapping, String key) {
        YamlNode.Mapping m = (YamlNode.Mapping) mapping;
        Map<String, YamlNode.Mapping.Entry> rest = new LinkedHashMap<>(m.entries());
        rest.remove(key);
        return new YamlNode.Mapping(m.location(), rest);
    }

    // ------------------------------------------------------------------ YAML for headers and fences

    /** {@code key: value} in block style. */
    static List<String> yaml(String key, YamlNode value, String indent) {
        List<String> out = new ArrayList<>();
        if (value instanceof YamlNode.Scalar s) {
            out.add(indent + key + ": " + scalar(s));
        } else if (value instanceof YamlNode.Sequence seq) {
            out.add(indent + key + ":");
            for (YamlNode item : seq.items()) {
                List<String> lines = item instanceof YamlNode.Scalar s ? List.of(scalar(s)) : nested(item, "");
                out.add(indent + "  - " + lines.get(0));
                lines.subList(1, lines.size()).forEach(l -> out.add(indent + "    " + l));
            }
        } else if (value instanceof YamlNode.Mapping m) {
            out.add(indent + key + ":");
            m.entries().forEach((k, e) -> out.addAll(yaml(k, e.value(), indent + "  ")));
        }
        return out;
    }

    private static List<String> nested(YamlNode node, String indent) {
        List<String> out = new ArrayList<>();
        if (node instanceof YamlNode.Mapping m) {
            m.entries().forEach((k, e) -> out.addAll(yaml(k, e.value(), indent)));
        } else if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                out.add(indent + "- " + (item instanceof YamlNode.Scalar s ? scalar(s) : "[]"));
            }
        }
        return out;
    }

    /** A text as a YAML value that reads back as that same text: plain when safe, else quoted. */
    public static String yamlText(String text) {
        return scalar(new YamlNode.Scalar(null, text, YamlNode.Scalar.Tag.STRING));
    }

    /** A scalar as YAML reads it back with the same value and type: plain when safe, else quoted. */
    static String scalar(YamlNode.Scalar s) {
        if (s.tag() == YamlNode.Scalar.Tag.NULL) {
            return "null";
        }
        if (s.tag() != YamlNode.Scalar.Tag.STRING) {
            return s.text();
        }
        String t = s.text();
        if (t.contains("\n")) {
            return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        boolean plain = PLAIN.matcher(t).matches() && !LOOKS_TYPED.matcher(t).matches() && !t.contains(": ")
                && !t.contains(" #") && !t.endsWith(":") && t.equals(t.strip());
        return plain ? t : "'" + t.replace("'", "''") + "'";
    }

    private static String text(YamlNode.Mapping.Entry e) {
        return e == null ? "" : text(e.value());
    }

    private static String text(YamlNode n) {
        return n instanceof YamlNode.Scalar s ? s.text() : "";
    }
}
