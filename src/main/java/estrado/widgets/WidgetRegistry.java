package estrado.widgets;

import estrado.deck.Block;
import estrado.deck.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;

/**
 * The widget types a deck may use, by name. Built once, explicitly, in {@code estrado.app.Main}
 * and handed down; immutable, so tests build their own without touching any global.
 */
public final class WidgetRegistry {
    private final Map<String, WidgetType<?, ?>> types;

    public WidgetRegistry(List<WidgetType<?, ?>> types) {
        Map<String, WidgetType<?, ?>> m = new LinkedHashMap<>();
        for (WidgetType<?, ?> t : types) {
            if (m.put(t.name(), t) != null) {
                throw new IllegalArgumentException("widget type " + t.name() + " registered twice");
            }
        }
        this.types = Collections.unmodifiableMap(m);
    }

    /** Registered names, in registration order. */
    public Set<String> names() {
        return types.keySet();
    }

    public Optional<WidgetType<?, ?>> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Citation keys a widget type cites; none for an unknown type (reported elsewhere). */
    public List<String> sources(String name) {
        return type(name).map(WidgetType::sources).orElse(List.of());
    }

    /**
     * Parameter problems of one widget block. An unknown type yields none here: the deck checks
     * already report it, with a did-you-mean over {@link #names()}.
     */
    public List<Problem> problems(Block.Widget widget) {
        return type(widget.type()).map(t -> t.problems(widget)).orElse(List.of());
    }

    /**
     * A view of a widget block. With {@code states} the view binds to the talk's shared state at
     * {@code key}; without (check, export, a preview) it gets a fresh state holding the deck's values.
     */
    public Optional<Node> view(Block.Widget widget, CitationNumbers cite, WidgetStates states, WidgetStates.Key key) {
        return type(widget.type()).map(t -> build(t, widget, cite, states, key));
    }

    private static <P, S extends DeckSettingsState<P>> Node build(WidgetType<P, S> type, Block.Widget widget,
                                                         CitationNumbers cite, WidgetStates states, WidgetStates.Key key) {
        P settings = type.settings(widget);
        S state = states == null || key == null ? type.newState(settings) : states.state(key, type, settings);
        return type.view(state, settings, cite);
    }
}
