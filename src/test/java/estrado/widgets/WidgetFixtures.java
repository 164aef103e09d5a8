package estrado.widgets;

import estrado.app.Main;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.nio.file.Path;

/** The fixture decks and the registry the app itself builds. */
final class WidgetFixtures {
    static final Path GOOD = Path.of("src", "test", "resources", "decks", "widgets");
    static final Path BAD = Path.of("src", "test", "resources", "decks", "widgets-bad");

    private WidgetFixtures() {
    }

    static WidgetViews views() {
        return WidgetViews.of(Main.widgetRegistry());
    }

    static OpenedDeck open(Path deck) {
        return OpenedDeck.open(deck, views());
    }
}
