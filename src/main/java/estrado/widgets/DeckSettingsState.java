package estrado.widgets;

/**
 * A widget state that keeps the deck's settings, so {@link #reset()} can put every control back to them.
 * Subclasses declare their properties, set them in {@link #load} and call {@code reset()} at the end of their
 * constructor (after their fields exist).
 *
 * @param <P> the widget's settings record
 */
public abstract class DeckSettingsState<P> implements WidgetState {
    private final P deck;

    protected DeckSettingsState(P deck) {
        this.deck = deck;
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
