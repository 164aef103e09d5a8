package estrado.deck.markdown;

import estrado.deck.CodeLanguage;
import estrado.deck.Location;
import estrado.deck.Problems;
import estrado.deck.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The body of one Markdown slide as the YAML blocks it stands for. CommonMark (with GFM tables) finds the
 * structure; the text of paragraphs, items and cells is taken from the file as written, because estrado's
 * inline marks ({@code **}, {@code *}, {@code `}, {@code $…$}, {@code \cite{…}}) are read later by the
 * renderer, and CommonMark's own escapes would eat the backslashes of {@code $\{x\}$} or {@code 56\,\text{h}}.
 *
 * <p>Containers ({@code :::: columns} with {@code ::: column} inside, {@code ::: left}, {@code ::: right}) are
 * found line by line first, like Pandoc's fenced divs, and each run of Markdown between them is parsed alone.
 *
 * <p>Why it is long (~650 lines): it reads every block kind of the format (headings, paragraphs and formulas,
 * nested lists, alerts, fences for widgets, diagrams and code, comments, tables, containers), each a short method
 * over one shared {@code Run} that maps CommonMark's spans back to the file. A split would move the containers and
 * the fences (the two largest parts) into classes of their own; left for when the format next grows.
 */
final class SlideBody {
    static final List<String> DIRECTIVES = List.of("pause", "steps", MarkdownSection.NOTES);
    static final List<String> CONTAINERS = List.of("columns", "column", "left", "right");
    static final List<String> FENCES = List.of("widget", "diagram", "placeholder", "image");
    private static final Pattern OPEN = Pattern.compile("^(:{3,})\\s*([A-Za-z][\\w-]*)\\s*$");
    private static final Pattern CLOSE = Pattern.compile("^:{3,}\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^<!--([\\s\\S]*?)-->$");
    private static final Pattern WORD = Pattern.compile("^[\\p{L}-]+$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(\\s*(\\S+?)(?:\\s+\"([^\"]*)\")?\\s*\\)$");
    private static final Pattern CALLOUT = Pattern.compile("^\\[!([A-Za-z-]+)]\\s*(.*)$");
    private static final Pattern HIGHLIGHT = Pattern.compile("^\\{([^}]*)}$");
    private static final Pattern AUTHOR = Pattern.compile("^(?:—|--)\\s*(.+)$");
    /** Containers and lists nest at most this deep (a deck needs 2 or 3; the rest is hostile input). */
    static final int MAX_NESTING = 10;
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final Source src;
    private final Problems problems;
    private YamlNode.Scalar title;
    private YamlNode.Scalar subtitle;
    private final List<YamlNode> blocks = new ArrayList<>();
    private List<YamlNode> left;
    private List<YamlNode> right;
    private Location leftAt;
    private Location rightAt;
    /** Headings may only open the slide: # title, then ## subtitle. */
    private boolean headingsAllowed = true;

    SlideBody(Source src, Problems problems) {
        this.src = src;
        this.problems = problems;
    }

    Optional<YamlNode.Scalar> title() {
        return Optional.ofNullable(title);
    }

    Optional<YamlNode.Scalar> subtitle() {
        return Optional.ofNullable(subtitle);
    }

    boolean isEmpty() {
        return title == null && blocks.isEmpty() && left == null && right == null;
    }

    /** {@code blocks}, or {@code left} and {@code right} for a two-column slide. */
    void addBlocks(Nodes.MapBuilder slide) {
        if (left != null) {
            slide.put("left", leftAt, Nodes.list(leftAt, left));
        }
        if (right != null) {
            slide.put("right", rightAt, Nodes.list(rightAt, right));
        }
        if (!blocks.isEmpty()) {
            if (left != null || right != null) {
                problems.error(blocks.get(0).location(), "md.outsideSides");
            } else {
                slide.put("blocks", blocks.get(0).location(), Nodes.list(blocks.get(0).location(), blocks));
            }
        }
    }

    void read(int from, int to) {
        blocks(containers(from, to), blocks, true);
    }

    // ------------------------------------------------------------------ containers

    /** A {@code :::} container, or the slide itself ({@code name} null): runs of lines and containers. */
    private record Container(String name, Location at, List<Object> parts) { }

    private record Lines(int from, int to) { }

    private Container containers(int from, int to) {
        Container root = new Container(null, src.at(from, 1), new ArrayList<>());
        List<Container> open = new ArrayList<>(List.of(root));
        Fences fences = new Fences();
        int runFrom = from;
        for (int n = from; n <= to; n++) {
            String line = src.line(n);
            if (fences.inside(line)) {
                continue;
            }
            Matcher opening = OPEN.matcher(line);
            boolean closing = CLOSE.matcher(line).matches();
            if (!opening.matches() && !closing) {
                continue;
            }
            Container current = open.get(open.size() - 1);
            if (runFrom < n) {
                current.parts().add(new Lines(runFrom, n - 1));
            }
            runFrom = n + 1;
            if (opening.matches() && open.size() > MAX_NESTING) {
                problems.error(src.at(n, 1), "md.tooDeep", MAX_NESTING);
            } else if (opening.matches()) {
                Container c = new Container(opening.group(2), src.at(n, opening.start(2) + 1), new ArrayList<>());
                current.parts().add(c);
                open.add(c);
            } else if (open.size() > 1) {
                open.remove(open.size() - 1);
            } else {
                problems.error(src.at(n, 1), "md.strayClose");
            }
        }
        if (runFrom <= to) {
            open.get(open.size() - 1).parts().add(new Lines(runFrom, to));
        }
        for (int i = 1; i < open.size(); i++) {
            problems.error(open.get(i).at(), "md.containerOpen", open.get(i).name());
        }
        return root;
    }

    private void blocks(Container c, List<YamlNode> out, boolean top) {
        for (Object part : c.parts()) {
            if (part instanceof Lines lines) {
                markdown(lines, out);
                continue;
            }
            Container inner = (Container) part;
            headingsAllowed = false;
            switch (inner.name()) {
                case "columns" -> columns(inner, out);
                case "left", "right" -> side(inner, top);
                case "column" -> problems.error(inner.at(), "md.columnOutside");
                default -> problems.unknownName(inner.at(), "md.unknownContainer", inner.name(), CONTAINERS);
            }
        }
    }

    private void columns(Container c, List<YamlNode> out) {
        List<YamlNode> cols = new ArrayList<>();
        for (Object part : c.parts()) {
            if (part instanceof Lines lines) {
                for (int n = lines.from(); n <= lines.to(); n++) {
                    if (!src.line(n).isBlank()) {
                        problems.error(src.at(n, 1), "md.textBetweenColumns");
                        break;
                    }
                }
            } else if (part instanceof Container col && "column".equals(col.name())) {
                List<YamlNode> colBlocks = new ArrayList<>();
                blocks(col, colBlocks, false);
                cols.add(Nodes.list(col.at(), colBlocks));
            } else {
                problems.error(((Container) part).at(), "md.notAColumn", ((Container) part).name());
            }
        }
        out.add(Nodes.block("columns", c.at(), Nodes.list(c.at(), cols)));
    }

    private void side(Container c, boolean top) {
        if (!top) {
            problems.error(c.at(), "md.sideNotTop", c.name());
            return;
        }
        List<YamlNode> blocksOfSide = new ArrayList<>();
        blocks(c, blocksOfSide, false);
        boolean isLeft = "left".equals(c.name());
        if ((isLeft ? left : right) != null) {
            problems.error(c.at(), "md.sideTwice", c.name());
        } else if (isLeft) {
            left = blocksOfSide;
            leftAt = c.at();
        } else {
            right = blocksOfSide;
            rightAt = c.at();
        }
    }

    // ------------------------------------------------------------------ Markdown

    /** State while one run of Markdown is read: a pending {@code steps} and the block a caption would go to. */
    private final class Run {
        final int lineOffset;
        final List<YamlNode> out;
        Location steps;
        Nodes.MapBuilder captionable;
        String captionableKey;
        Location captionableAt;
        ListBlock previousList;

        Run(int lineOffset, List<YamlNode> out) {
            this.lineOffset = lineOffset;
            this.out = out;
        }

        Location at(Node n) {
            SourceSpan s = n.getSourceSpans().get(0);
            return src.at(s.getLineIndex() + lineOffset, s.getColumnIndex() + 1);
        }

        /** The lines of a node as written, without the marks of the containers around it. */
        List<String> lines(Node n) {
            List<String> out = new ArrayList<>();
            for (SourceSpan s : n.getSourceSpans()) {
                String line = src.line(s.getLineIndex() + lineOffset);
                int end = Math.min(line.length(), s.getColumnIndex() + s.getLength());
                out.add(line.substring(Math.min(s.getColumnIndex(), end), end));
            }
            return out;
        }

        /** A paragraph's text: its lines stripped and joined by spaces, as a folded YAML string reads. */
        String text(Node n) {
            return String.join(" ", lines(n).stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }

        void add(YamlNode block) {
            out.add(block);
            captionable = null;
        }

        void addCaptionable(String key, Location at, Nodes.MapBuilder body) {
            out.add(Nodes.block(key, at, body.build()));
            captionable = body;
            captionableKey = key;
            captionableAt = at;
        }
    }

    private void markdown(Lines lines, List<YamlNode> out) {
        if (MarkdownSection.blank(src, lines.from(), lines.to())) {
            return;
        }
        Node doc = PARSER.parse(src.text(lines.from(), lines.to()));
        Run run = new Run(lines.from(), out);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            boolean heading = n instanceof Heading;
            if (run.steps != null && !(n instanceof ListBlock)) {
                problems.error(run.steps, "md.stepsNeedsList");
                run.steps = null;
            }
            node(n, run);
            if (!heading) {
                headingsAllowed = false;
            }
            run.previousList = n instanceof ListBlock l ? l : null;
        }
        if (run.steps != null) {
            problems.error(run.steps, "md.stepsNeedsList");
        }
    }

    private void node(Node n, Run run) {
        if (n instanceof Heading h) {
            heading(h, run);
        } else if (n instanceof Paragraph p) {
            paragraph(p, run);
        } else if (n instanceof ListBlock l) {
            list(l, run);
        } else if (n instanceof BlockQuote q) {
            quote(q, run);
        } else if (n instanceof FencedCodeBlock f) {
            fence(f, run);
        } else if (n instanceof HtmlBlock h) {
            html(h, run);
        } else if (n instanceof TableBlock t) {
            table(t, run);
        } else if (n instanceof ThematicBreak) {
            problems.error(run.at(n), "md.thematicBreak");
        } else if (n instanceof IndentedCodeBlock) {
            problems.error(run.at(n), "md.indentedCode");
        }
    }

    private void heading(Heading h, Run run) {
        String text = run.lines(h).get(0).strip().replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s+#+\\s*$", "")
                .strip();
        Location at = run.at(h);
        Location textAt = src.at(at.line(), at.column() + h.getLevel() + 1);
        if (headingsAllowed && h.getLevel() == 1 && title == null) {
            title = Nodes.text(textAt, text);
        } else if (headingsAllowed && h.getLevel() == 2 && title != null && subtitle == null) {
            subtitle = Nodes.text(textAt, text);
        } else {
            problems.error(at, "md.heading", "#".repeat(h.getLevel()));
        }
    }

    private void paragraph(Paragraph p, Run run) {
        Location at = run.at(p);
        String text = run.text(p);
        if (run.lines(p).get(0).strip().equals("???")) {
            problems.error(at, "md.notesMarker");
            return;
        }
        if (text.startsWith("$$")) {
            formula(p, run, at, text);
            return;
        }
        if (text.startsWith(": ") || text.equals(":")) {
            caption(run, at, text.substring(1).strip());
            return;
        }
        Matcher image = IMAGE.matcher(text);
        if (image.matches()) {
            Nodes.MapBuilder body = new Nodes.MapBuilder(at).put("src", Nodes.text(src.at(at.line(),
                    at.column() + image.start(2)), image.group(2)));
            if (!image.group(1).isBlank()) {
                body.put("describe", Nodes.text(at, image.group(1).strip()));
            }
            if (image.group(3) != null && !image.group(3).isBlank()) {
                body.put("credit", Nodes.text(at, image.group(3).strip()));
            }
            run.addCaptionable("image", at, body);
            return;
        }
        run.add(Nodes.text(at, text));
    }

    private void formula(Paragraph p, Run run, Location at, String text) {
        List<String> lines = run.lines(p).stream().map(String::strip).toList();
        String joined = String.join("\n", lines);
        if (joined.length() < 4 || !joined.endsWith("$$")) {
            problems.error(at, "md.formulaOpen");
            return;
        }
        String tex = joined.substring(2, joined.length() - 2).strip();
        Location texAt = src.at(at.line(), at.column() + 2);
        run.addCaptionable("formula", at, new Nodes.MapBuilder(at).put("tex", Nodes.text(texAt, tex)));
    }

    private void caption(Run run, Location at, String caption) {
        if (run.captionable == null || run.captionable.has("caption")) {
            problems.error(at, "md.captionAlone");
            return;
        }
        run.captionable.put("caption", at, Nodes.text(src.at(at.line(), at.column() + 2), caption));
        run.out.set(run.out.size() - 1, Nodes.block(run.captionableKey, run.captionableAt, run.captionable.build()));
        run.captionable = null;
    }

    private void list(ListBlock l, Run run) {
        Location at = run.at(l);
        if (run.previousList != null && column(l, run) > column(run.previousList, run)) {
            ListItem last = (ListItem) run.previousList.getLastChild();
            problems.error(src.at(at.line(), column(l, run)), "md.listAfterList", column(l, run),
                    contentColumn(last, run), run.at(last).line());
        }
        Nodes.MapBuilder block = new Nodes.MapBuilder(at);
        block.put(l instanceof OrderedList ? "numbered" : "bullets", at, Nodes.list(at, items(l, run)));
        if (run.steps != null) {
            block.put("steps", run.steps, Nodes.bool(run.steps, true));
            run.steps = null;
        }
        run.add(block.build());
    }

    private List<YamlNode> items(ListBlock l, Run run) {
        return items(l, run, 1);
    }

    private List<YamlNode> items(ListBlock l, Run run, int depth) {
        List<YamlNode> items = new ArrayList<>();
        if (depth > MAX_NESTING) {
            problems.error(run.at(l), "md.tooDeep", MAX_NESTING);
            return items;
        }
        ListItem first = (ListItem) l.getFirstChild();
        for (Node n = l.getFirstChild(); n != null; n = n.getNext()) {
            ListItem item = (ListItem) n;
            Location at = run.at(item);
            if (item != first && column(item, run) != column(first, run)) {
                problems.error(src.at(at.line(), column(item, run)), "md.itemDepth", column(item, run),
                        run.at(first).line(), column(first, run), contentColumn(first, run));
            }
            Node content = item.getFirstChild();
            if (content == null) {
                continue;
            }
            if (!(content instanceof Paragraph p)) {
                problems.error(run.at(content), "md.itemBlock");
                continue;
            }
            YamlNode.Scalar text = Nodes.text(run.at(p), run.text(p));
            List<YamlNode> children = new ArrayList<>();
            for (Node c = p.getNext(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock nested && children.isEmpty()) {
                    children.addAll(items(nested, run, depth + 1));
                } else {
                    problems.error(run.at(c), "md.itemBlock");
                }
            }
            items.add(children.isEmpty() ? text
                    : new Nodes.MapBuilder(text.location()).put(text.text(), text.location(),
                            Nodes.list(run.at(p.getNext()), children)).build());
        }
        return items;
    }

    /** The column of a list's first marker. */
    private int column(ListBlock l, Run run) {
        return column((ListItem) l.getFirstChild(), run);
    }

    /** The column of an item's marker (its span starts where its container's content does). */
    private int column(ListItem item, Run run) {
        return run.at(item).column() + (item.getMarkerIndent() == null ? 0 : item.getMarkerIndent());
    }

    /** The column where an item's text starts: where a nested item's marker must go. */
    private int contentColumn(ListItem item, Run run) {
        return run.at(item).column() + (item.getContentIndent() == null ? 2 : item.getContentIndent());
    }

    private void quote(BlockQuote q, Run run) {
        Location at = run.at(q);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph p) {
                paragraphs.add(p);
            } else {
                problems.error(run.at(c), "md.quoteBlock");
                return;
            }
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        List<String> firstLines = run.lines(paragraphs.get(0));
        Matcher callout = CALLOUT.matcher(firstLines.get(0).strip());
        if (callout.matches()) {
            Location kindAt = run.at(paragraphs.get(0));
            Nodes.MapBuilder body = new Nodes.MapBuilder(at)
                    .put("kind", kindAt, Nodes.text(kindAt, callout.group(1).toLowerCase(Locale.ROOT)));
            if (!callout.group(2).isBlank()) {
                body.put("title", Nodes.text(kindAt, callout.group(2).strip()));
            }
            List<String> texts = new ArrayList<>();
            String rest = String.join(" ", firstLines.subList(1, firstLines.size()).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList());
            if (!rest.isEmpty()) {
                texts.add(rest);
            }
            paragraphs.subList(1, paragraphs.size()).forEach(p -> texts.add(run.text(p)));
            if (!texts.isEmpty()) {
                body.put("text", Nodes.text(firstLines.size() > 1 ? src.at(kindAt.line() + 1, kindAt.column())
                        : run.at(paragraphs.get(1)), String.join("\n\n", texts)));
            }
            run.add(Nodes.block("callout", at, body.build()));
            return;
        }
        Nodes.MapBuilder body = new Nodes.MapBuilder(at);
        Matcher author = AUTHOR.matcher(run.text(paragraphs.get(paragraphs.size() - 1)));
        List<Paragraph> textParagraphs = paragraphs;
        if (paragraphs.size() > 1 && author.matches()) {
            textParagraphs = paragraphs.subList(0, paragraphs.size() - 1);
        }
        body.put("text", Nodes.text(run.at(paragraphs.get(0)),
                String.join("\n\n", textParagraphs.stream().map(run::text).toList())));
        if (textParagraphs != paragraphs) {
            body.put("author", Nodes.text(run.at(paragraphs.get(paragraphs.size() - 1)), author.group(1).strip()));
        }
        run.add(Nodes.block("quote", at, body.build()));
    }

    private void fence(FencedCodeBlock f, Run run) {
        Location at = run.at(f);
        String info = f.getInfo() == null ? "" : f.getInfo().strip();
        String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
        String kind = words.length == 0 ? "" : words[0];
        int spans = f.getSourceSpans().size();
        boolean closed = f.getClosingFenceLength() != null;
        int firstLine = at.line() + 1;
        int lastLine = at.line() + spans - (closed ? 2 : 1);
        if (!FENCES.contains(kind)) {
            if (!kind.isEmpty() && CodeLanguage.parse(kind).isEmpty() && Problems.closestName(kind, FENCES).isPresent()) {
                problems.unknownName(at, "md.unknownFence", kind, FENCES);
            } else {
                code(f, run, at, words);
            }
            return;
        }
        Optional<YamlNode.Mapping> params = MarkdownSection.mapping(src, firstLine, lastLine, at,
                "md.fenceNotMapping", problems);
        if (params.isEmpty()) {
            return;
        }
        boolean named = "widget".equals(kind) || "diagram".equals(kind);
        if (named && words.length < 2) {
            problems.error(at, "md.fenceNeedsName", kind, "widget".equals(kind) ? "vram-calculator" : "lora");
            return;
        }
        if (!named && words.length > 1) {
            problems.error(at, "md.fenceNoName", kind);
            return;
        }
        String line = src.line(at.line());
        Location nameAt = named ? src.at(at.line(), line.indexOf(words[1], line.indexOf(kind) + kind.length()) + 1)
                : at;
        Nodes.MapBuilder body = new Nodes.MapBuilder(params.get().location());
        if ("widget".equals(kind)) {
            body.put("type", nameAt, Nodes.text(nameAt, words[1]));
        } else if ("diagram".equals(kind)) {
            if (params.get().entries().isEmpty()) {
                run.add(Nodes.block(kind, at, Nodes.text(nameAt, words[1])));
                return;
            }
            body.put("name", nameAt, Nodes.text(nameAt, words[1]));
        }
        params.get().entries().forEach((k, e) -> {
            if (named && ("type".equals(k) || "name".equals(k))) {
                problems.error(e.keyLocation(), "md.fenceNameTwice", k, kind);
            } else {
                body.put(k, e.keyLocation(), e.value());
            }
        });
        run.add(Nodes.block(kind, at, body.build()));
    }

    /**
     * A code listing: ```python, or ```python {2|4-5} to set lines apart step by step (Slidev's syntax); the
     * language is checked by the block reader, with a did-you-mean.
     */
    private void code(FencedCodeBlock f, Run run, Location at, String[] words) {
        Nodes.MapBuilder body = new Nodes.MapBuilder(at);
        String line = src.line(at.line());
        if (words.length > 0) {
            Location languageAt = src.at(at.line(), line.indexOf(words[0]) + 1);
            body.put("language", languageAt, Nodes.text(languageAt, words[0]));
        }
        String rest = String.join(" ", Arrays.asList(words).subList(Math.min(1, words.length), words.length));
        Matcher spec = HIGHLIGHT.matcher(rest);
        if (spec.matches()) {
            Location specAt = src.at(at.line(), line.indexOf(rest) + 2);
            body.put("highlight", specAt, Nodes.text(specAt, spec.group(1).strip()));
        } else if (!rest.isEmpty()) {
            problems.error(src.at(at.line(), line.indexOf(rest) + 1), "md.codeInfo", rest);
        }
        body.put("text", Nodes.text(src.at(at.line() + 1, 1), f.getLiteral() == null ? "" : f.getLiteral()));
        run.add(Nodes.block("code", at, body.build()));
    }

    private void html(HtmlBlock h, Run run) {
        Location at = run.at(h);
        String literal = h.getLiteral() == null ? "" : h.getLiteral().strip();
        Matcher comment = COMMENT.matcher(literal);
        if (!comment.matches()) {
            if (!literal.startsWith("<!--")) {
                problems.error(at, "md.html");
            }
            return;
        }
        String word = comment.group(1).strip();
        if (!WORD.matcher(word).matches()) {
            return; // a comment for the author, not a directive
        }
        switch (word) {
            case "pause" -> run.add(Nodes.text(at, "pause"));
            case "steps" -> run.steps = at;
            default -> problems.unknownName(at, "md.unknownDirective", word, DIRECTIVES);
        }
    }

    private void table(TableBlock t, Run run) {
        Location at = run.at(t);
        List<SourceSpan> spans = t.getSourceSpans();
        List<YamlNode> header = cells(spans.get(0), run);
        List<YamlNode> align = new ArrayList<>();
        boolean aligned = false;
        for (YamlNode d : cells(spans.get(1), run)) {
            String mark = ((YamlNode.Scalar) d).text();
            String a = mark.startsWith(":") && mark.endsWith(":") ? "center" : mark.endsWith(":") ? "right" : "left";
            aligned |= mark.startsWith(":") || mark.endsWith(":");
            align.add(Nodes.text(d.location(), a));
        }
        Nodes.MapBuilder body = new Nodes.MapBuilder(at);
        if (header.stream().anyMatch(c -> !((YamlNode.Scalar) c).text().isEmpty())) {
            body.put("header", at, Nodes.list(at, header));
        }
        if (aligned) {
            Location alignAt = src.at(at.line() + 1, at.column());
            body.put("align", alignAt, Nodes.list(alignAt, align));
        }
        List<YamlNode> rows = new ArrayList<>();
        for (SourceSpan row : spans.subList(2, spans.size())) {
            Location rowAt = src.at(row.getLineIndex() + run.lineOffset, row.getColumnIndex() + 1);
            rows.add(Nodes.list(rowAt, cells(row, run)));
        }
        Location rowsAt = rows.isEmpty() ? at : rows.get(0).location();
        body.put("rows", rowsAt, Nodes.list(rowsAt, rows));
        run.addCaptionable("table", at, body);
    }

    /** The cells of one table line, split at unescaped pipes, each located where it starts. */
    private List<YamlNode> cells(SourceSpan span, Run run) {
        int lineNo = span.getLineIndex() + run.lineOffset;
        String line = src.line(lineNo);
        int end = Math.min(line.length(), span.getColumnIndex() + span.getLength());
        int i = span.getColumnIndex();
        while (i < end && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        int stop = end;
        while (stop > i && Character.isWhitespace(line.charAt(stop - 1))) {
            stop--;
        }
        if (i < stop && line.charAt(i) == '|') {
            i++;
        }
        if (stop > i && line.charAt(stop - 1) == '|' && (stop - 2 < i || line.charAt(stop - 2) != '\\')) {
            stop--;
        }
        List<YamlNode> cells = new ArrayList<>();
        int start = i;
        for (int k = i; k <= stop; k++) {
            if (k == stop || (line.charAt(k) == '|' && (k == 0 || line.charAt(k - 1) != '\\'))) {
                String raw = line.substring(start, k);
                int lead = raw.length() - raw.stripLeading().length();
                cells.add(Nodes.text(src.at(lineNo, start + lead + 1), raw.strip().replace("\\|", "|")));
                start = k + 1;
            }
        }
        return cells;
    }
}
