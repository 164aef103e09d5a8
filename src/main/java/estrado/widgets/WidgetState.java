package estrado.widgets;

/**
 * The live values of one widget on one slide (slider positions, toggles), as JavaFX properties
 * that every view of the slide binds to. It remembers the deck's parameters so it can go back to them.
 */
public interface WidgetState {
    /** Puts every value back to what the deck wrote. */
    void reset();
}
