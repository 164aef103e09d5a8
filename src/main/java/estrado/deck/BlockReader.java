package estrado.deck;

import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a YAML list of blocks into {@link Block}s, numbering reveal steps as it goes:
 * a {@code - pause} entry moves every later block one step on, and a list with
 * {@code steps: true} gives each top-level item its own step.
 *
 * <p>Why it is long (~420 lines): one method per block kind (list, table, image, callout, columns, formula,
 * widget, quote, placeholder, diagram, code), each checking its fields at their locations; they share the step
 * counter, so they stay together.
 */
final class BlockReader {
    static final List<String> TYPES = List.of("paragraph", "bullets", "numbered", "table", "image", "callout",
            "columns", "formula", "widget", "quote", "placeholder", "diagram", "code");
    static final String PAUSE = "pause";
    private static final int MAX_LIST_DEPTH = 4;

    private final Problems problems;
    private int step;
    private int lastStep;

    BlockReader(Problems problems) {
        this.problems = problems;
    }

    /** Number of steps the blocks read so far need (at least 1). */
    int steps() {
        return lastStep + 1;
    }

    List<Block> read(YamlNode.Sequence seq) {
        List<Block> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            if (n instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.STRING && PAUSE.equals(s.text().trim())) {
                step++;
                continue;
            }
            block(n).ifPresent(b -> {
                out.add(b);
                lastStep = Math.max(lastStep, lastStepOf(b));
            });
        }
        return out;
    }

    private static int lastStepOf(Block b) {
        if (b instanceof Block.ListBlock l) {
            return l.items().stream().mapToInt(Block.ListItem::step).max().orElse(l.step());
        }
        if (b instanceof Block.Code c) {
            return c.lastStep();
        }
        return b.step();
    }

    private Optional<Block> block(YamlNode n) {
        if (n instanceof YamlNode.Scalar s) {
            if (s.tag() == YamlNode.Scalar.Tag.NULL) {
                return Optional.empty();
            }
            return Optional.of(new Block.Paragraph(s.text(), step, s.location()));
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            problems.error(n.location(), "block.notMapping");
            return Optional.empty();
        }
        List<String> typeKeys = m.entries().keySet().stream().filter(TYPES::contains).toList();
        if (typeKeys.size() != 1) {
            if (typeKeys.isEmpty()) {
                String first = m.entries().keySet().stream().findFirst().orElse("?");
                Location at = m.entries().isEmpty() ? m.location() : m.entries().get(first).keyLocation();
                Fields.reportUnknown(at, "block.unknown", first, TYPES, problems);
            } else {
                problems.error(m.location(), "block.manyTypes", String.join(", ", typeKeys));
            }
            return Optional.empty();
        }
        String type = typeKeys.get(0);
        YamlNode body = m.entries().get(type).value();
        Location at = m.entries().get(type).keyLocation();
        return switch (type) {
            case "paragraph" -> {
                allowOnly(m, type);
                yield Fields.asText(body, problems).map(t -> new Block.Paragraph(t, step, at));
            }
            case "bullets", "numbered" -> list(m, type, body, at);
            case "table" -> table(m, body, at);
            case "image" -> image(m, body, at);
            case "callout" -> callout(m, body, at);
            case "columns" -> columns(m, body, at);
            case "formula" -> formula(m, body, at);
            case "widget" -> widget(m, body, at);
            case "quote" -> quote(m, body, at);
            case "placeholder" -> placeholder(m, body, at);
            case "diagram" -> diagram(m, body, at);
            case "code" -> code(m, body, at);
            default -> Optional.empty();
        };
    }

    /** Block-level keys other than the type key: only a few modifiers are allowed beside it. */
    private void allowOnly(YamlNode.Mapping m, String type, String... modifiers) {
        List<String> allowed = new ArrayList<>(List.of(modifiers));
        allowed.add(type);
        new Fields(m, allowed, problems);
    }

    private Optional<Block> list(YamlNode.Mapping m, String type, YamlNode body, Location at) {
        allowOnly(m, type, "steps");
        boolean stepwise = new Fields(m, List.copyOf(m.entries().keySet()), problems).bool("steps", false);
        if (!(body instanceof YamlNode.Sequence seq)) {
            problems.error(body.location(), "field.wrongType", type, Messages.get("kind.list"),
                    Messages.get(body.kindKey()));
            return Optional.empty();
        }
        int start = step;
        List<Block.ListItem> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            int itemStep = stepwise ? (items.isEmpty() ? start : step + 1) : start;
            if (stepwise) {
                step = itemStep;
            }
            listItem(item, itemStep, 1).ifPresent(items::add);
        }
        return Optional.of(new Block.ListBlock("numbered".equals(type), items, start, at));
    }

    private Optional<Block.ListItem> listItem(YamlNode n, int itemStep, int depth) {
        if (depth > MAX_LIST_DEPTH) {
            problems.error(n.location(), "list.tooDeep", MAX_LIST_DEPTH);
            return Optional.empty();
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.tag() == YamlNode.Scalar.Tag.NULL ? Optional.empty()
                    : Optional.of(new Block.ListItem(s.text(), List.of(), itemStep, s.location()));
        }
        if (n instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            Map.Entry<String, YamlNode.Mapping.Entry> e = m.entries().entrySet().iterator().next();
            List<Block.ListItem> children = new ArrayList<>();
            if (e.getValue().value() instanceof YamlNode.Sequence seq) {
                for (YamlNode c : seq.items()) {
                    listItem(c, itemStep, depth + 1).ifPresent(children::add);
                }
            } else if (!(e.getValue().value() instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.NULL)) {
                problems.error(e.getValue().value().location(), "list.badChildren");
            }
            return Optional.of(new Block.ListItem(e.getKey(), children, itemStep, e.getValue().keyLocation()));
        }
        problems.error(n.location(), "list.badItem");
        return Optional.empty();
    }

    private Optional<Block> table(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "table");
        if (!(body instanceof YamlNode.Mapping tm)) {
            problems.error(body.location(), "field.wrongType", "table", Messages.get("kind.mapping"),
                    Messages.get(body.kindKey()));
            return Optional.empty();
        }
        Fields f = new Fields(tm, List.of("header", "align", "rows", "caption"), problems);
        List<String> header = f.list("header").map(this::texts).orElse(List.of());
        List<List<String>> rows = new ArrayList<>();
        Optional<YamlNode.Sequence> rowsNode = f.list("rows");
        if (rowsNode.isEmpty()) {
            problems.error(tm.location(), "field.missing", "rows");
        }
        int width = header.size();
        for (YamlNode r : rowsNode.map(YamlNode.Sequence::items).orElse(List.of())) {
            if (r instanceof YamlNode.Sequence rs) {
                List<String> row = texts(rs);
                if (width == 0) {
                    width = row.size();
                } else if (row.size() != width) {
                    problems.error(r.location(), "table.rowWidth", row.size(), width);
                }
                rows.add(row);
            } else {
                problems.error(r.location(), "table.rowNotList");
            }
        }
        List<Block.Align> align = new ArrayList<>();
        for (YamlNode a : f.list("align").map(YamlNode.Sequence::items).orElse(List.of())) {
            String name = Fields.asText(a, problems).orElse("left").toLowerCase(Locale.ROOT);
            switch (name) {
                case "left", "l" -> align.add(Block.Align.LEFT);
                case "center", "c" -> align.add(Block.Align.CENTER);
                case "right", "r" -> align.add(Block.Align.RIGHT);
                default -> {
                    Fields.reportUnknown(a.location(), "table.badAlign", name, List.of("left", "center", "right"), problems);
                    align.add(Block.Align.LEFT);
                }
            }
        }
        if (!align.isEmpty() && align.size() != width) {
            problems.error(f.locationOf("align"), "table.alignWidth", align.size(), width);
        }
        while (align.size() < width) {
            align.add(Block.Align.LEFT);
        }
        return Optional.of(new Block.Table(header, align.subList(0, Math.max(0, width)), rows,
                f.text("caption").orElse(""), step, at));
    }

    private List<String> texts(YamlNode.Sequence seq) {
        List<String> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            out.add(n instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.NULL ? ""
                    : Fields.asText(n, problems).orElse(""));
        }
        return out;
    }

    private Optional<Block> image(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "image");
        if (body instanceof YamlNode.Scalar s) {
            return Optional.of(new Block.Image(s.text(), "", "", "", 0, step, at));
        }
        if (!(body instanceof YamlNode.Mapping im)) {
            problems.error(body.location(), "block.badBody", "image");
            return Optional.empty();
        }
        Fields f = new Fields(im, List.of("src", "caption", "credit", "describe", "height", "side", "width"), problems);
        Block.Side side = f.text("side").map(s -> side(s.strip(), f.locationOf("side"))).orElse(Block.Side.NONE);
        double width = f.node("width").map(w -> width(w)).orElse(Block.Image.DEFAULT_WIDTH);
        if (f.has("width") && side != Block.Side.LEFT && side != Block.Side.RIGHT) {
            problems.error(f.keyLocationOf("width"), "image.widthWithoutSide");
        }
        return Optional.of(new Block.Image(f.requiredText("src"), f.text("caption").orElse(""),
                f.text("credit").orElse(""), f.text("describe").orElse(""), f.number("height", 50, 1000).orElse(0),
                side, width, step, at));
    }

    /** Spanish words a lecturer may write for a side, with the name the format takes. */
    private static final Map<String, String> SIDE_WORDS = Map.of("izquierda", "left", "izq", "left",
            "derecha", "right", "der", "right", "completa", "full", "fondo", "full", "toda", "full");

    private Block.Side side(String name, Location at) {
        for (Block.Side s : Block.Side.values()) {
            if (s != Block.Side.NONE && s.yamlName().equals(name)) {
                return s;
            }
        }
        String word = SIDE_WORDS.get(name.toLowerCase(Locale.ROOT));
        if (word != null) {
            problems.error(at, "image.badSide", name, Messages.get("hint.didYouMean", word));
        } else {
            Fields.reportUnknown(at, "image.badSide", name, Block.Side.names(), problems);
        }
        return Block.Side.NONE;
    }

    /** A side image's share of the body: {@code 40%} or {@code 0.4}, from 20 % to 70 % (the text needs the rest). */
    private double width(YamlNode node) {
        String text = node instanceof YamlNode.Scalar s ? s.text().strip() : "";
        double share = Double.NaN;
        try {
            share = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).strip()) / 100
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (Double.isNaN(share) || share > 1 && !text.endsWith("%")) {
            problems.error(node.location(), "image.badWidth", text);
            return Block.Image.DEFAULT_WIDTH;
        }
        if (share < MIN_SIDE_WIDTH - 1e-9 || share > MAX_SIDE_WIDTH + 1e-9) {
            problems.error(node.location(), "image.widthRange", text, Math.round(MIN_SIDE_WIDTH * 100),
                    Math.round(MAX_SIDE_WIDTH * 100));
            return Math.max(MIN_SIDE_WIDTH, Math.min(MAX_SIDE_WIDTH, share));
        }
        return share;
    }

    static final double MIN_SIDE_WIDTH = 0.2;
    static final double MAX_SIDE_WIDTH = 0.7;

    private Optional<Block> callout(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "callout");
        if (body instanceof YamlNode.Scalar s) {
            return Optional.of(new Block.Callout(Block.CalloutKind.KEY, "", s.text(), step, at));
        }
        if (!(body instanceof YamlNode.Mapping cm)) {
            problems.error(body.location(), "block.badBody", "callout");
            return Optional.empty();
        }
        Fields f = new Fields(cm, List.of("text", "title", "kind"), problems);
        Block.CalloutKind kind = Block.CalloutKind.KEY;
        Optional<String> k = f.text("kind");
        if (k.isPresent()) {
            List<String> kinds = List.of("key", "info", "warning", "success");
            if (kinds.contains(k.get())) {
                kind = Block.CalloutKind.valueOf(k.get().toUpperCase(Locale.ROOT));
            } else {
                Fields.reportUnknown(f.locationOf("kind"), "callout.badKind", k.get(), kinds, problems);
            }
        }
        return Optional.of(new Block.Callout(kind, f.text("title").orElse(""), f.requiredText("text"), step, at));
    }

    private Optional<Block> columns(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "columns");
        if (!(body instanceof YamlNode.Sequence seq) || seq.items().size() < 2 || seq.items().size() > 4) {
            problems.error(body.location(), "columns.shape");
            return Optional.empty();
        }
        int start = step;
        List<List<Block>> cols = new ArrayList<>();
        for (YamlNode c : seq.items()) {
            if (c instanceof YamlNode.Sequence cs) {
                cols.add(read(cs));
            } else {
                problems.error(c.location(), "columns.shape");
            }
        }
        return Optional.of(new Block.Columns(cols, start, at));
    }

    private Optional<Block> formula(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "formula");
        if (body instanceof YamlNode.Scalar s) {
            return Optional.of(new Block.Formula(s.text(), "", step, at));
        }
        if (!(body instanceof YamlNode.Mapping fm)) {
            problems.error(body.location(), "block.badBody", "formula");
            return Optional.empty();
        }
        Fields f = new Fields(fm, List.of("tex", "caption"), problems);
        return Optional.of(new Block.Formula(f.requiredText("tex"), f.text("caption").orElse(""), step, at));
    }

    private Optional<Block> widget(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "widget");
        if (body instanceof YamlNode.Scalar s) {
            return Optional.of(new Block.Widget(s.text(), Map.of(), step, s.location()));
        }
        if (!(body instanceof YamlNode.Mapping wm)) {
            problems.error(body.location(), "block.badBody", "widget");
            return Optional.empty();
        }
        Map<String, YamlNode> params = new LinkedHashMap<>();
        Map<String, Location> paramsAt = new LinkedHashMap<>();
        String type = null;
        Location typeAt = wm.location();
        for (Map.Entry<String, YamlNode.Mapping.Entry> e : wm.entries().entrySet()) {
            if ("type".equals(e.getKey())) {
                type = Fields.asText(e.getValue().value(), problems).orElse(null);
                typeAt = e.getValue().value().location();
            } else {
                params.put(e.getKey(), e.getValue().value());
                paramsAt.put(e.getKey(), e.getValue().keyLocation());
            }
        }
        if (type == null) {
            problems.error(wm.location(), "field.missing", "type");
            return Optional.empty();
        }
        return Optional.of(new Block.Widget(type, params, paramsAt, step, typeAt));
    }

    private Optional<Block> quote(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "quote");
        if (body instanceof YamlNode.Scalar s) {
            return Optional.of(new Block.Quote(s.text(), "", step, at));
        }
        if (!(body instanceof YamlNode.Mapping qm)) {
            problems.error(body.location(), "block.badBody", "quote");
            return Optional.empty();
        }
        Fields f = new Fields(qm, List.of("text", "author"), problems);
        return Optional.of(new Block.Quote(f.requiredText("text"), f.text("author").orElse(""), step, at));
    }

    private Optional<Block> placeholder(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "placeholder");
        if (body instanceof YamlNode.Scalar s) {
            return Optional.of(new Block.Placeholder(s.text(), "", 0, step, at));
        }
        if (!(body instanceof YamlNode.Mapping pm)) {
            problems.error(body.location(), "block.badBody", "placeholder");
            return Optional.empty();
        }
        Fields f = new Fields(pm, List.of("label", "describe", "height"), problems);
        return Optional.of(new Block.Placeholder(f.requiredText("label"), f.text("describe").orElse(""),
                f.number("height", 50, 1000).orElse(0), step, at));
    }

    private Optional<Block> diagram(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "diagram");
        if (body instanceof YamlNode.Scalar s) {
            return diagramKind(s).map(k -> new Block.Diagram(k, "", 0, step, at));
        }
        if (!(body instanceof YamlNode.Mapping dm)) {
            problems.error(body.location(), "block.badBody", "diagram");
            return Optional.empty();
        }
        Fields f = new Fields(dm, List.of("name", "caption", "height", "model"), problems);
        Optional<YamlNode> name = f.node("name");
        if (name.isEmpty()) {
            problems.error(dm.location(), "field.missing", "name");
            return Optional.empty();
        }
        String caption = f.text("caption").orElse("");
        double height = f.number("height", 200, 900).orElse(0);
        Optional<DiagramKind> kind = diagramKind(name.get());
        Optional<YamlNode.Scalar> model = kind.flatMap(k -> model(k, f));
        return kind.map(k -> new Block.Diagram(k, caption, height, model, step, at));
    }

    /**
     * A listing: its text as written (a block scalar keeps the indentation), the language it is coloured for and
     * the lines it sets apart; each further highlight group is one more reveal step, so later blocks follow it.
     */
    private Optional<Block> code(YamlNode.Mapping m, YamlNode body, Location at) {
        allowOnly(m, "code");
        if (body instanceof YamlNode.Scalar s) {
            return Fields.asText(s, problems).map(t -> new Block.Code(CodeLanguage.PLAIN, t, List.of(), step, at));
        }
        if (!(body instanceof YamlNode.Mapping cm)) {
            problems.error(body.location(), "block.badBody", "code");
            return Optional.empty();
        }
        Fields f = new Fields(cm, List.of("language", "text", "highlight"), problems);
        String text = f.requiredText("text");
        CodeLanguage language = CodeLanguage.PLAIN;
        Optional<String> name = f.text("language");
        if (name.isPresent()) {
            Optional<CodeLanguage> known = CodeLanguage.parse(name.get());
            if (known.isPresent()) {
                language = known.get();
            } else {
                Fields.reportUnknown(f.locationOf("language"), "code.unknownLanguage", name.get(), CodeLanguage.names(),
                        problems);
            }
        }
        Block.Code code = new Block.Code(language, text, List.of(), step, at);
        Optional<String> spec = f.text("highlight");
        List<Block.CodeLines> highlights = spec.flatMap(h -> CodeHighlights.parse(h, step, code.lines().size(),
                f.locationOf("highlight"), problems)).orElse(List.of());
        Block.Code out = new Block.Code(language, text, highlights, step, at);
        step = out.lastStep();
        return Optional.of(out);
    }

    /**
     * The model preset a diagram is drawn for, as written: only diagrams that compute per model take one.
     * Whether the preset exists is the renderer's to check (the deck does not know the calculators).
     */
    private Optional<YamlNode.Scalar> model(DiagramKind kind, Fields f) {
        Optional<YamlNode> node = f.node("model");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!kind.takesModel()) {
            problems.error(node.get().location(), "diagram.noModel", kind.yamlName());
            return Optional.empty();
        }
        // a list or a mapping is reported as the wrong kind of value
        return Fields.asText(node.get(), problems).map(text -> (YamlNode.Scalar) node.get());
    }

    /** The diagram a name refers to; an unknown name is an error at the name itself. */
    private Optional<DiagramKind> diagramKind(YamlNode nameNode) {
        Optional<String> name = Fields.asText(nameNode, problems);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<DiagramKind> kind = DiagramKind.parse(name.get().trim());
        if (kind.isEmpty()) {
            Fields.reportUnknown(nameNode.location(), "diagram.unknown", name.get(), DiagramKind.names(), problems);
        }
        return kind;
    }
}
