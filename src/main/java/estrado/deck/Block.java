package estrado.deck;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pieces a slide is made of. {@code step} is the reveal step at which a block appears
 * (0 = from the start), so Beamer's \pause and reveal.js fragments map to one number.
 */
public sealed interface Block {
    int step();

    Location location();

    /** Inline-marked text: **bold**, *italic*, `code`, $math$, \cite{key}. */
    record Paragraph(String text, int step, Location location) implements Block { }

    /** A bullet or numbered list; items may nest and may carry their own step. */
    record ListBlock(boolean numbered, List<ListItem> items, int step, Location location) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(String text, List<ListItem> children, int step, Location location) {
        public ListItem {
            children = List.copyOf(children);
        }
    }

    enum Align { LEFT, CENTER, RIGHT }

    record Table(List<String> header, List<Align> align, List<List<String>> rows, String caption, int step, Location location)
            implements Block {
        public Table {
            header = List.copyOf(header);
            align = List.copyOf(align);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * An image from the deck's assets; {@code describe} says what it should show if it is missing. {@code side}
     * places it beside the slide's other blocks ({@code width}: its share of the body's width) or under the whole
     * slide; {@link Side#NONE} keeps it in the flow of blocks.
     */
    record Image(String src, String caption, String credit, String describe, double height, Side side, double width,
            int step, Location location) implements Block {
        /** The share of the body's width a side image takes when the deck does not say. */
        public static final double DEFAULT_WIDTH = 0.4;

        public Image {
            side = side == null ? Side.NONE : side;
        }

        /** An image in the flow of blocks. */
        public Image(String src, String caption, String credit, String describe, double height, int step,
                Location location) {
            this(src, caption, credit, describe, height, Side.NONE, DEFAULT_WIDTH, step, location);
        }
    }

    /** Where an image sits: in the flow, at the left or right of the text, or full-bleed under the title. */
    enum Side {
        NONE(""), LEFT("left"), RIGHT("right"), FULL("full");

        private final String yamlName;

        Side(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        /** The names a deck may write. */
        public static List<String> names() {
            return List.of("left", "right", "full");
        }
    }

    enum CalloutKind { KEY, INFO, WARNING, SUCCESS }

    /** A highlighted key message. */
    record Callout(CalloutKind kind, String title, String text, int step, Location location) implements Block { }

    record Columns(List<List<Block>> columns, int step, Location location) implements Block {
        public Columns {
            columns = columns.stream().map(List::copyOf).toList();
        }
    }

    /** A display formula in LaTeX notation. */
    record Formula(String tex, String caption, int step, Location location) implements Block { }

    /** A live widget by registry name, with its parameters as written. */
    /** {@code paramsAt}: where each parameter's name is written, so a misspelt name is reported at the name. */
    record Widget(String type, Map<String, YamlNode> params, Map<String, Location> paramsAt, int step, Location location)
            implements Block {
        public Widget {
            params = Map.copyOf(params);
            paramsAt = Map.copyOf(paramsAt);
        }

        public Widget(String type, Map<String, YamlNode> params, int step, Location location) {
            this(type, params, Map.of(), step, location);
        }

        /** Where the parameter's name is written (its value's place when not known). */
        public Location nameAt(String param) {
            Location at = paramsAt.get(param);
            return at != null ? at : params.get(param).location();
        }
    }

    record Quote(String text, String author, int step, Location location) implements Block { }

    /**
     * A listing shown in monospace with line numbers. {@code highlights} are the lines set apart, in the
     * order they appear: the first from the block's own step, each next one a step later, so a lecturer
     * can walk through the code like bullets ({@code highlight: "2|4-5"}); none = no line set apart.
     *
     * @param language what the code is written in, for its colours ({@link CodeLanguage#PLAIN}: none)
     */
    record Code(CodeLanguage language, String code, List<CodeLines> highlights, int step, Location location)
            implements Block {
        public Code {
            highlights = List.copyOf(highlights);
        }

        /** The step the last highlight appears at (the block's own step without highlights). */
        public int lastStep() {
            return highlights.isEmpty() ? step : highlights.get(highlights.size() - 1).step();
        }

        /** The lines set apart at reveal step {@code at}: the latest highlight already shown. */
        public Set<Integer> highlightedAt(int at) {
            Set<Integer> lines = Set.of();
            for (CodeLines h : highlights) {
                if (h.step() <= at) {
                    lines = h.lines();
                }
            }
            return lines;
        }

        /** The code's lines, without the one empty line a YAML block scalar ends with. */
        public List<String> lines() {
            String body = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
            return List.of(body.split("\r?\n", -1));
        }
    }

    /** Lines of a code block set apart from a reveal step on (1-based; empty = all lines, none set apart). */
    record CodeLines(Set<Integer> lines, int step) {
        public CodeLines {
            lines = Set.copyOf(lines);
        }
    }

    /** A labelled box for something still to come (a widget, diagram or picture not made yet). */
    record Placeholder(String label, String describe, double height, int step, Location location) implements Block { }

    /**
     * A diagram drawn by estrado itself (vector, in the theme's colours); {@code height} 0 = its natural size.
     * {@code model} is the node naming the model preset a diagram computes its figures for, as written (only
     * diagrams that {@link DiagramKind#takesModel() take a model} have one; the renderer checks the name).
     */
    record Diagram(DiagramKind kind, String caption, double height, Optional<YamlNode.Scalar> model, int step,
            Location location) implements Block {
        public Diagram {
            model = model == null ? Optional.empty() : model;
        }

        public Diagram(DiagramKind kind, String caption, double height, int step, Location location) {
            this(kind, caption, height, Optional.empty(), step, location);
        }

        /** The model preset key the diagram is drawn for: the one asked for (lower case), else the diagram's default. */
        public String modelOrDefault() {
            return model.map(m -> m.text().trim().toLowerCase(Locale.ROOT))
                    .orElse(kind.defaultModel().orElse(""));
        }
    }

    /**
     * The body of a {@code layout: references} slide. The loader writes it with {@code all} (every
     * entry of the bibliography, or only the cited ones) and no keys; estrado fills in each page's
     * keys when it paginates the list. Never written by the deck author as a block.
     */
    record ReferenceList(boolean all, List<String> keys, int step, Location location) implements Block {
        public ReferenceList {
            keys = List.copyOf(keys);
        }
    }

    /**
     * The body of a {@code layout: agenda} slide: estrado draws the plan's sections with their minutes scaled
     * to the slot and, when {@code start} is given, the time each one starts. Never written as a block.
     *
     * @param start when the class starts, or {@code null} when not given
     */
    record Agenda(LocalTime start, int step, Location location) implements Block { }
}
