package estrado.widgets;

import estrado.deck.Block;
import estrado.deck.Problem;
import estrado.deck.Problems;
import estrado.deck.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Node;

/**
 * A kind of widget a slide can hold: its name in the deck, its typed parameters, how to make its
 * state from them and how to build a view bound to that state.
 *
 * @param <S> the state its views bind to
 */
public final class WidgetType<S extends WidgetState> {

    /** Builds one view; called once per rendering of the slide, with the state shared by all of them. */
    @FunctionalInterface
    public interface ViewFactory<S> {
        Node create(S state, WidgetParams params, CitationNumbers cite);
    }

    /** Checks that involve several parameters together (full training needs a float precision). */
    @FunctionalInterface
    public interface CrossCheck {
        void check(WidgetParams params, Block.Widget widget, Problems problems);
    }

    private final String name;
    private final List<ParamSpec> params;
    private final Function<WidgetParams, S> newState;
    private final ViewFactory<S> view;
    private final CrossCheck crossCheck;
    private final List<String> sources;

    /**
     * @param sources every citation key the widget's views may number, so `check` can require each in the
     *                deck's bibliography before a slide foot shows a bare key (as it does for diagrams)
     */
    public WidgetType(String name, List<ParamSpec> params, Function<WidgetParams, S> newState,
                      ViewFactory<S> view, CrossCheck crossCheck, List<String> sources) {
        this.name = Objects.requireNonNull(name, "name");
        this.sources = List.copyOf(new LinkedHashSet<>(sources));
        this.params = List.copyOf(params);
        this.newState = Objects.requireNonNull(newState, "newState");
        this.view = Objects.requireNonNull(view, "view");
        this.crossCheck = crossCheck == null ? (p, w, pr) -> { } : crossCheck;
        Set<String> seen = new HashSet<>();
        for (ParamSpec p : this.params) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException(name + ": parameter " + p.name() + " declared twice");
            }
        }
    }

    public String name() {
        return name;
    }

    /** Citation keys the widget cites, whatever its parameters, in the order its views number them. */
    public List<String> sources() {
        return sources;
    }

    public List<ParamSpec> params() {
        return params;
    }

    public List<String> paramNames() {
        return params.stream().map(ParamSpec::name).toList();
    }

    /**
     * Reads a block's parameters, reporting unknown names (with a did-you-mean) and bad values to
     * {@code problems}; a parameter that cannot be used falls back to its default so the slide still draws.
     */
    public WidgetParams read(Block.Widget widget, Problems problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        for (ParamSpec p : params) {
            values.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, YamlNode> e : widget.params().entrySet()) {
            Optional<ParamSpec> spec = params.stream().filter(p -> p.name().equals(e.getKey())).findFirst();
            if (spec.isEmpty()) {
                problems.unknownName(e.getValue().location(), "widget.param.unknown", e.getKey(), paramNames());
                continue;
            }
            if (e.getValue() instanceof YamlNode.Scalar s && s.tag() == YamlNode.Scalar.Tag.NULL) {
                continue;
            }
            spec.get().read(e.getValue(), problems).ifPresent(v -> {
                values.put(e.getKey(), v);
                given.add(e.getKey());
            });
        }
        WidgetParams read = new WidgetParams(values, given);
        crossCheck.check(read, widget, problems);
        return read;
    }

    /** Everything wrong with a block's parameters, each at its file:line:col. */
    public List<Problem> problems(Block.Widget widget) {
        Problems problems = new Problems();
        read(widget, problems);
        return new ArrayList<>(problems.list());
    }

    /** Parameters with the problems dropped: what a slide shows while the deck is being fixed. */
    public WidgetParams params(Block.Widget widget) {
        return read(widget, new Problems());
    }

    public S newState(WidgetParams params) {
        return newState.apply(params);
    }

    public Node view(S state, WidgetParams params, CitationNumbers cite) {
        return view.create(state, params, cite);
    }

    @Override
    public String toString() {
        return "WidgetType[" + name + "]";
    }
}
