package estrado.widgets;

import estrado.deck.Block;
import estrado.deck.Location;
import estrado.deck.Problem;
import estrado.deck.Problems;
import estrado.deck.YamlNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A kind of widget a slide can hold: its name in the deck, its typed parameters, the record they become, how to
 * make its state from that record and how to build a view bound to the state.
 *
 * <p>A block's parameters are read once: the record and the problems found on the way are kept for the block
 * (weakly: a reloaded deck's blocks replace the old ones), so a view built on every visit of the slide and the
 * deck check share one reading.
 *
 * @param <P> the widget's settings: a record of enums, numbers and flags, as the deck wrote them
 * @param <S> the state its views bind to
 */
public final class WidgetType<P, S extends DeckSettingsState<P>> {

    /** Builds one view; called once per rendering of the slide, with the state shared by all of them. */
    @FunctionalInterface
    public interface ViewFactory<P, S> {
        Node create(S state, P settings, CitationNumbers cite);
    }

    /**
     * Turns the checked values into the widget's settings; a combination of parameters the widget refuses
     * (full training of integer weights) goes to {@code report}, at the parameter that makes it wrong.
     */
    @FunctionalInterface
    public interface Settings<P> {
        P read(WidgetParams values, Report report);
    }

    /** Where a settings reader reports a problem: at the place the deck wrote {@code param} (or the block). */
    public interface Report {
        void error(String param, String key, Object... args);

        void warning(String param, String key, Object... args);
    }

    private record Parsed<P>(P settings, List<Problem> problems) {
    }

    private final String name;
    private final List<ParamSpec> params;
    private final Settings<P> settings;
    private final Supplier<S> newState;
    private final ViewFactory<P, S> view;
    private final List<String> sources;
    private final Map<Block.Widget, Parsed<P>> parsed = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param sources every citation key the widget's views may number, so `check` can require each in the
     *                deck's bibliography before a slide foot shows a bare key (as it does for diagrams)
     */
    public WidgetType(String name, List<ParamSpec> params, Settings<P> settings, Supplier<S> newState,
                      ViewFactory<P, S> view, List<String> sources) {
        this.name = Objects.requireNonNull(name, "name");
        this.sources = List.copyOf(new LinkedHashSet<>(sources));
        this.params = List.copyOf(params);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.newState = Objects.requireNonNull(newState, "newState");
        this.view = Objects.requireNonNull(view, "view");
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

    /** Everything wrong with a block's parameters, each at its file:line:col. */
    public List<Problem> problems(Block.Widget widget) {
        return parse(widget).problems();
    }

    /**
     * The block's settings with the problems dropped: what a slide shows while the deck is being fixed (a
     * parameter that cannot be used falls back to its default so the slide still draws).
     */
    public P settings(Block.Widget widget) {
        return parse(widget).settings();
    }

    private Parsed<P> parse(Block.Widget widget) {
        Parsed<P> known = parsed.get(widget);
        if (known != null) {
            return known;
        }
        Problems problems = new Problems();
        P read = settings.read(values(widget, problems), report(widget, problems));
        Parsed<P> fresh = new Parsed<>(read, List.copyOf(problems.list()));
        parsed.put(widget, fresh);
        return fresh;
    }

    /** The block's values by name, its type's defaults where it wrote none, after reporting unknown names and bad values. */
    private WidgetParams values(Block.Widget widget, Problems problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        for (ParamSpec p : params) {
            values.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, YamlNode> e : widget.params().entrySet()) {
            Optional<ParamSpec> spec = params.stream().filter(p -> p.name().equals(e.getKey())).findFirst();
            if (spec.isEmpty()) {
                problems.unknownName(widget.nameAt(e.getKey()), "widget.param.unknown", e.getKey(), paramNames());
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
        return new WidgetParams(values, given);
    }

    private static Report report(Block.Widget widget, Problems problems) {
        Function<String, Location> at = param -> {
            YamlNode n = widget.params().get(param);
            return n == null ? widget.location() : n.location();
        };
        return new Report() {
            @Override
            public void error(String param, String key, Object... args) {
                problems.error(at.apply(param), key, args);
            }

            @Override
            public void warning(String param, String key, Object... args) {
                problems.warning(at.apply(param), key, args);
            }
        };
    }

    /** A fresh state holding the deck's values. */
    public S newState(P settings) {
        S state = newState.get();
        state.start(settings);
        return state;
    }

    public Node view(S state, P settings, CitationNumbers cite) {
        return view.create(state, settings, cite);
    }

    @Override
    public String toString() {
        return "WidgetType[" + name + "]";
    }
}
