package estrado.render;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.widgets.CitationNumbers;
import estrado.widgets.WidgetRegistry;
import estrado.widgets.WidgetStates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.Node;

/** {@link WidgetViews} over the widget registry, optionally bound to a talk's widget states. */
final class RegistryWidgetViews implements WidgetViews {
    private final WidgetRegistry registry;
    private final WidgetStates states;
    /** Where each widget of the bound deck sits, by slide id: found once per deck rather than on every view. */
    private final Map<String, Map<Block.Widget, WidgetStates.Key>> keys;

    RegistryWidgetViews(WidgetRegistry registry, WidgetStates states, Deck deck) {
        this.registry = registry;
        this.states = states;
        this.keys = states == null || deck == null ? Map.of() : keys(deck);
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
        return keys.getOrDefault(slideId, Map.of()).get(widget);
    }

    private static Map<String, Map<Block.Widget, WidgetStates.Key>> keys(Deck deck) {
        Map<String, Map<Block.Widget, WidgetStates.Key>> keys = new HashMap<>();
        for (Slide s : deck.slides()) {
            // the first slide of an id, as the search by id found it
            if (keys.containsKey(s.id())) {
                continue;
            }
            Map<Block.Widget, WidgetStates.Key> onSlide = new HashMap<>();
            keys.put(s.id(), onSlide);
            List<Block> widgets = DeckLoader.allBlocks(s.blocks(), s.right()).stream()
                    .filter(b -> b instanceof Block.Widget).toList();
            for (int i = 0; i < widgets.size(); i++) {
                // the first of two equal blocks keeps its place, as List.indexOf found it
                onSlide.putIfAbsent((Block.Widget) widgets.get(i), new WidgetStates.Key(s.id(), i));
            }
        }
        return keys;
    }
}
