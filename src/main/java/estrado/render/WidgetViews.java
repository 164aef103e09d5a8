package estrado.render;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.Problem;
import estrado.widgets.WidgetRegistry;
import estrado.widgets.WidgetStates;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Node;

/** Builds the live view of a widget block; the registry of widgets implements it. */
public interface WidgetViews {
    Optional<Node> create(Block.Widget widget, String slideId);

    Set<String> names();

    /** A view whose citation markers use the slide's numbering ({@code citeNumber}), so they match its foot. */
    default Optional<Node> create(Block.Widget widget, String slideId, Function<String, Integer> citeNumber) {
        return create(widget, slideId);
    }

    /** Citation keys a widget type cites, which the deck's bibliography must hold. */
    default List<String> sources(String type) {
        return List.of();
    }

    /** What is wrong with a known widget's parameters, each at its file:line:col. */
    default List<Problem> problems(Block.Widget widget) {
        return List.of();
    }

    /**
     * The same widgets, with views bound to a talk's shared state instead of fresh defaults. How
     * the windows get there: {@code Presentation.setDeck} stores {@link SlideContext#withWidgetStates}
     * as its deck, so every renderer built from the presentation (audience, presenter) binds to
     * the one store, while `check` and `export`, which never bind, draw the deck's defaults.
     */
    default WidgetViews boundTo(WidgetStates states, Deck deck) {
        return this;
    }

    static WidgetViews none() {
        return new WidgetViews() {
            @Override
            public Optional<Node> create(Block.Widget widget, String slideId) {
                return Optional.empty();
            }

            @Override
            public Set<String> names() {
                return Set.of();
            }
        };
    }

    /**
     * The registry seen from the renderer. The registry lives in {@code widgets}, which must not
     * depend on {@code render} (render → widgets, never upward), so the adapter is here.
     */
    static WidgetViews of(WidgetRegistry registry) {
        return new RegistryWidgetViews(registry, null, null);
    }
}
