package estrado.render;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.widgets.CitationNumbers;
import estrado.widgets.WidgetRegistry;
import estrado.widgets.WidgetStates;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Node;

/** {@link WidgetViews} over the widget registry, optionally bound to a talk's widget states. */
final class RegistryWidgetViews implements WidgetViews {
    private final WidgetRegistry registry;
    private final WidgetStates states;
    private final Deck deck;

    RegistryWidgetViews(WidgetRegistry registry, WidgetStates states, Deck deck) {
        this.registry = registry;
        this.states = states;
        this.deck = deck;
    }

    @Override
    public Optional<Node> create(Block.Widget widget, String slideId) {
        return create(widget, slideId, CitationNumbers.local()::number);
    }

    @Override
    public Optional<Node> create(Block.Widget widget, String slideId, Function<String, Integer> citeNumber) {
        return registry.view(widget, citeNumber::apply, states, key(widget, slideId));
    }

    @Override
    public Set<String> names() {
        return registry.names();
    }

    @Override
    public List<String> sources(String type) {
        return registry.sources(type);
    }

    @Override
    public List<Problem> problems(Block.Widget widget) {
        return registry.problems(widget);
    }

    @Override
    public WidgetViews boundTo(WidgetStates widgetStates, Deck boundDeck) {
        return new RegistryWidgetViews(registry, widgetStates, boundDeck);
    }

    /** Slide id + the widget's index among the slide's widgets; null (fresh state) when unbound. */
    private WidgetStates.Key key(Block.Widget widget, String slideId) {
        if (states == null || deck == null) {
            return null;
        }
        for (Slide s : deck.slides()) {
            if (s.id().equals(slideId)) {
                List<Block> widgets = DeckLoader.allBlocks(s.blocks(), s.right()).stream()
                        .filter(b -> b instanceof Block.Widget).toList();
                int index = widgets.indexOf(widget);
                return index < 0 ? null : new WidgetStates.Key(slideId, index);
            }
        }
        return null;
    }
}
