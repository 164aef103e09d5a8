package estrado.widgets.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Listeners from a view to the shared widget state that hold only while the view is on screen.
 * The state outlives its views (it belongs to the presentation); a listener left on it by a view
 * already dropped would keep that view alive and recomputing at every slider move.
 */
public final class Live {
    private record Watch(ObservableValue<?> source, ChangeListener<Object> listener, Runnable action) {
    }

    private final List<Watch> watches = new ArrayList<>();
    private boolean attached;

    public Live(Node owner) {
        owner.sceneProperty().addListener((o, was, now) -> {
            if (now != null && !attached) {
                attach();
            } else if (now == null && attached) {
                detach();
            }
        });
    }

    /** Runs {@code action} now and whenever one of {@code sources} changes while the view is shown. */
    public void on(Runnable action, ObservableValue<?>... sources) {
        for (ObservableValue<?> s : sources) {
            Watch w = new Watch(s, (o, a, b) -> action.run(), action);
            watches.add(w);
            if (attached) {
                add(w);
            }
        }
        action.run();
    }

    @SuppressWarnings("unchecked")
    private static void add(Watch w) {
        ((ObservableValue<Object>) w.source()).addListener(w.listener());
    }

    @SuppressWarnings("unchecked")
    private static void remove(Watch w) {
        ((ObservableValue<Object>) w.source()).removeListener(w.listener());
    }

    private void attach() {
        attached = true;
        watches.forEach(Live::add);
        // the state may have moved while this view was being built or off screen
        watches.stream().map(Watch::action).distinct().forEach(Runnable::run);
    }

    private void detach() {
        attached = false;
        watches.forEach(Live::remove);
    }
}
