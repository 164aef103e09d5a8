package estrado.present.overlay;

import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The layer over the presenter view that holds at most one {@link Overlay} (help, overview, go to, a question).
 * While empty it lets every click through to the view under it.
 */
public final class OverlayHost extends StackPane {
    private final Stage stage;
    private Overlay shown;

    public OverlayHost(Stage stage) {
        this.stage = stage;
        setPickOnBounds(false);
    }

    /** Shows {@code o} in place of what was open; the window comes to the front to get its keys. */
    public void open(Overlay o) {
        close();
        shown = o;
        getChildren().setAll(o);
        setPickOnBounds(true);
        if (!stage.isFocused() && stage.isShowing()) {
            stage.requestFocus();
        }
        o.opened();
    }

    public void close() {
        if (shown instanceof OverviewOverlay ov) {
            ov.closed();
        }
        shown = null;
        getChildren().clear();
        setPickOnBounds(false);
        if (getParent() != null) {
            getParent().requestFocus(); // the window's root takes the keys again
        }
    }

    /** The open overlay, or {@code null}. */
    public Overlay shown() {
        return shown;
    }
}
