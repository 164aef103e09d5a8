package estrado.widgets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every widget's live state in a talk, keyed by slide id and the widget's place among the slide's
 * widgets. It belongs to the presentation, not to a view: the audience and presenter windows
 * each build their own view of a slide, both bound to the state kept here, and a view rebuilt after
 * leaving and coming back to the slide finds the values where the lecturer left them.
 *
 * <p>Only touched on the JavaFX thread.
 */
public final class WidgetStates {

    /** Where a widget sits: its slide and its index among that slide's widgets (reading order). */
    public record Key(String slideId, int index) {
    }

    private record Entry(WidgetType<?, ?> type, Object settings, WidgetState state) {
    }

    private final Map<Key, Entry> states = new HashMap<>();

    /**
     * The state of the widget at {@code key}, made from the deck's parameters the first time. A
     * reloaded deck that changed the widget's type or parameters gets a fresh state: the old values
     * answered a different question.
     */
    public <P, S extends DeckSettingsState<P>> S state(Key key, WidgetType<P, S> type, P settings) {
        Entry e = states.get(key);
        if (e != null && e.type() == type && e.settings().equals(settings)) {
            @SuppressWarnings("unchecked") // the entry was made by this very type, which only makes S
            S s = (S) e.state();
            return s;
        }
        S fresh = type.newState(settings);
        states.put(key, new Entry(type, settings, fresh));
        return fresh;
    }

    public Optional<WidgetState> get(Key key) {
        return Optional.ofNullable(states.get(key)).map(Entry::state);
    }

    /** Back to the deck's values for every widget of one slide (the R key). */
    public void reset(String slideId) {
        states.forEach((k, e) -> {
            if (k.slideId().equals(slideId)) {
                e.state().reset();
            }
        });
    }

    public int size() {
        return states.size();
    }
}
