package estrado.present.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Messages across the top of the presenter view: warnings that last as long as their cause (last minutes of
 * the slot or of a section), and short notices that go away by themselves (screens changed, run saved).
 */
public final class Banner extends VBox {
    /** How a message is coloured. */
    public enum Level { INFO, WARNING, DANGER }

    record Message(Level level, String text) { }

    private final List<Message> standing = new ArrayList<>();
    private final List<Message> notices = new ArrayList<>();

    Banner() {
        getStyleClass().add("banner-box");
        setId("banner");
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /** Replaces the standing warnings (recomputed on every tick). */
    void standing(List<Message> messages) {
        if (!messages.equals(standing)) {
            standing.clear();
            standing.addAll(messages);
            rebuild();
        }
    }

    /** A notice shown for a few seconds. */
    void notice(Level level, String text) {
        Message m = new Message(level, text);
        notices.add(m);
        rebuild();
        PauseTransition t = new PauseTransition(Duration.seconds(6));
        t.setOnFinished(e -> {
            notices.remove(m);
            rebuild();
        });
        t.play();
    }

    /** Every text shown now, standing warnings first. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        standing.forEach(m -> out.add(m.text()));
        notices.forEach(m -> out.add(m.text()));
        return out;
    }

    private void rebuild() {
        getChildren().clear();
        for (Message m : standing) {
            getChildren().add(label(m));
        }
        for (Message m : notices) {
            getChildren().add(label(m));
        }
    }

    private static Label label(Message m) {
        Label l = new Label(m.text());
        l.getStyleClass().addAll("banner", m.level().name().toLowerCase(Locale.ROOT));
        l.setMaxWidth(1400);
        return l;
    }
}
