package estrado.present.ink;

import estrado.i18n.Messages;
import estrado.present.zoom.Zoom;
import estrado.timing.InkStroke;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The pen, the highlighter, their colour, undo, wipe and zoom as buttons on the projector's own window, for a
 * lecturer presenting from one screen with a touch screen or a pen tablet, who has no keyboard at hand. It stays out
 * of the room's sight: it shows only while the mouse is near the window's bottom edge (or over it), and a touch
 * there calls it; hidden, it is not drawn at all. The buttons do what the keys I, M, K, Ctrl+Z, X and Z do, and
 * never take the keyboard focus, so the clicker's keys keep moving the talk.
 */
public final class InkToolbar extends HBox {
    /** The band along the bottom edge that calls the toolbar: this share of the window's height, at least 48 px. */
    static final double EDGE = 0.08;
    static final double MIN_EDGE_PX = 48;

    private final Ink ink;
    private final Zoom zoom;
    private final Supplier<Page> page;
    private final ToggleButton pen = toggle("pen", "inkTools.pen", "keys.pen", "I");
    private final ToggleButton highlighter = toggle("highlighter", "inkTools.highlighter", "keys.highlighter", "M");
    private final Button colour = button("colour", "inkTools.colour", "keys.inkColour", "K");
    private final Region swatch = new Region();
    private final Button undo = button("undo", "inkTools.undo", "keys.undoInk", "Ctrl+Z");
    private final Button clear = button("clear", "inkTools.clear", "keys.clearInk", "X");
    private final ToggleButton zoomButton = toggle("zoom", "inkTools.zoom", "keys.zoom", "Z");

    public InkToolbar(Ink ink, Zoom zoom, Supplier<Page> page) {
        this.ink = Objects.requireNonNull(ink);
        this.zoom = Objects.requireNonNull(zoom);
        this.page = Objects.requireNonNull(page);
        getStyleClass().add("ink-toolbar");
        getStylesheets().add(Objects.requireNonNull(InkToolbar.class.getResource("ink-toolbar.css")).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        swatch.getStyleClass().add("swatch");
        colour.setGraphic(swatch);
        pen.setOnAction(e -> act(() -> ink.toggle(InkStroke.Tool.PEN)));
        highlighter.setOnAction(e -> act(() -> ink.toggle(InkStroke.Tool.HIGHLIGHTER)));
        colour.setOnAction(e -> act(ink::nextColour));
        undo.setOnAction(e -> act(() -> ink.undo(page.get())));
        clear.setOnAction(e -> act(() -> ink.clear(page.get())));
        zoomButton.setOnAction(e -> act(zoom::toggle));
        getChildren().addAll(pen, highlighter, colour, undo, clear, zoomButton);
        // keys (I, M, Z, Esc) change the same state: the buttons follow it
        ink.toolProperty().addListener((o, a, b) -> sync());
        zoom.armedProperty().addListener((o, a, b) -> sync());
        zoom.regionProperty().addListener((o, a, b) -> sync());
        setVisible(false);
        sync();
    }

    /**
     * Lets the mouse over {@code window} (the projector's slide view, which holds this toolbar) call it: a move into
     * the bottom band shows it, a move elsewhere or out of the window hides it. A touch in the band while it is
     * hidden only calls it (no ink dot, no widget touched).
     */
    public void attachTo(Region window) {
        window.addEventFilter(MouseEvent.MOUSE_MOVED, e -> setVisible(calls(window, e)));
        window.addEventFilter(MouseEvent.MOUSE_EXITED, e -> setVisible(false));
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            boolean call = calls(window, e);
            if (call && !isVisible()) {
                e.consume();
            }
            setVisible(call);
        });
        visibleProperty().addListener((o, a, shown) -> {
            if (shown) {
                sync(); // K on the keyboard changed the colour meanwhile
            }
        });
    }

    /** Whether the mouse at this event is in the bottom band of the window or over the toolbar. */
    private boolean calls(Region window, MouseEvent e) {
        double band = Math.max(MIN_EDGE_PX, window.getHeight() * EDGE);
        if (window.sceneToLocal(e.getSceneX(), e.getSceneY()).getY() >= window.getHeight() - band) {
            return true;
        }
        Bounds mine = localToScene(getLayoutBounds());
        return isVisible() && mine.contains(e.getSceneX(), e.getSceneY());
    }

    private void act(Runnable action) {
        action.run();
        sync();
    }

    /** The buttons as the state is: the tool in hand pressed, the zoom pressed while picked or shown. */
    private void sync() {
        InkStroke.Tool t = ink.toolProperty().get();
        pen.setSelected(t == InkStroke.Tool.PEN);
        highlighter.setSelected(t == InkStroke.Tool.HIGHLIGHTER);
        zoomButton.setSelected(zoom.armedProperty().get() || zoom.regionProperty().get() != null);
        swatch.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                Color.web(ink.colour(t == null ? InkStroke.Tool.PEN : t)), new javafx.scene.layout.CornerRadii(9),
                null)));
    }

    private static ToggleButton toggle(String id, String label, String tip, String key) {
        return setUp(new ToggleButton(Messages.get(label)), id, tip, key);
    }

    private static Button button(String id, String label, String tip, String key) {
        return setUp(new Button(Messages.get(label)), id, tip, key);
    }

    private static <B extends ButtonBase> B setUp(B b, String id, String tip, String key) {
        b.setId("ink-tool-" + id);
        b.setFocusTraversable(false); // the talk keeps the keys: Space or Enter never presses a button here
        b.setTooltip(new Tooltip(Messages.get(tip) + " (" + key + ")"));
        return b;
    }
}
