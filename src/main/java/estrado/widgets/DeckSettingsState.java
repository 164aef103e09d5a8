package estrado.widgets;

/**
 * A widget's live state that keeps the deck's settings, so {@link #reset()} can put every control back to them.
 * The widget type makes it empty and then {@linkplain #start starts} it from the block's settings; subclasses
 * only declare their properties and set them in {@link #load}.
 *
 * @param <P> the widget's settings record
 */
public abstract class DeckSettingsState<P> implements WidgetState {
    private P deck;

    /** Called once, by the widget type, right after the state is made. */
    final void start(P settings) {
        if (deck != null) {
            throw new IllegalStateException("state already started");
        }
        deck = settings;
        reset();
    }

    /** What the deck wrote. */
    public final P deck() {
        return deck;
    }

    @Override
    public final void reset() {
        load(deck);
    }

    /** Sets every property from the deck's settings. */
    protected abstract void load(P deck);
}
