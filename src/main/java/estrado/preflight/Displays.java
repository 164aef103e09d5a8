package estrado.preflight;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/** The monitors JavaFX sees right now. Call on the JavaFX thread. */
public final class Displays {

    private Displays() {
    }

    public static List<Display> current() {
        Screen primary = Screen.getPrimary();
        return Screen.getScreens().stream().map(s -> {
            Rectangle2D b = s.getBounds();
            return new Display(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), s.equals(primary));
        }).toList();
    }

    /** The JavaFX screen behind a display, or the primary one if it has gone. */
    public static Screen screenOf(Display d) {
        if (d != null) {
            for (Screen s : Screen.getScreens()) {
                Rectangle2D b = s.getBounds();
                if (b.getMinX() == d.x() && b.getMinY() == d.y() && b.getWidth() == d.width()
                        && b.getHeight() == d.height()) {
                    return s;
                }
            }
        }
        return Screen.getPrimary();
    }
}
