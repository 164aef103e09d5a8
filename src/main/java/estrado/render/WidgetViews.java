package estrado.render;

import estrado.deck.Block;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;

/** Builds the live view of a widget block; the registry of widgets implements it. */
public interface WidgetViews {
    Optional<Node> create(Block.Widget widget, String slideId);

    Set<String> names();

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
}
