package estrado.present.window;

import estrado.present.canvas.SlideViewport;
import estrado.present.talk.Pointer;
import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse of one window's live slide moving the shared {@link Pointer}: a move puts the pointer at that canvas
 * point, a pause of {@link #IDLE} hides the dot, leaving the slide hides it at once, and the wheel sizes the
 * spotlight. It only watches (event filters, nothing consumed but the wheel while the spotlight is on), so clicks
 * and drags still reach the slide's widgets.
 */
public final class PointerInput {
    /** How long the dot stays after the mouse stops. */
    public static final Duration IDLE = Duration.ofMillis(2500);

    private final Pointer pointer;
    private final SlideViewport viewport;
    private final WidgetMode.Scheduler scheduler;
    private Runnable cancelRest = () -> { };

    PointerInput(Pointer pointer, SlideViewport viewport, WidgetMode.Scheduler scheduler) {
        this.pointer = pointer;
        this.viewport = viewport;
        this.scheduler = scheduler;
        viewport.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::moved);
        viewport.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            if (pointer.isOn()) {
                pointer.leave();
            }
        });
        viewport.addEventFilter(ScrollEvent.SCROLL, this::scrolled);
    }

    private void moved(MouseEvent e) {
        if (!pointer.isOn()) {
            return;
        }
        Point2D local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D canvas = viewport.toCanvas(local.getX(), local.getY());
        if (canvas == null) {
            pointer.leave(); // in the letterbox: not on the slide
            return;
        }
        long move = pointer.moveTo(canvas);
        cancelRest.run();
        cancelRest = scheduler.schedule(IDLE, () -> pointer.rest(move));
    }

    private void scrolled(ScrollEvent e) {
        if (!pointer.spotlightProperty().get() || e.getDeltaY() == 0) {
            return;
        }
        double notch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40;
        pointer.resize(Math.max(-3, Math.min(3, e.getDeltaY() / notch)));
        e.consume();
    }
}
