package estrado.present.ink;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The ink colours of a deck, from its theme: the slide stylesheet names them {@code -ink-pen-1…4} and
 * {@code -ink-highlighter-1…3} (by default red, the theme's accent, its green and its text colour; yellow, green and
 * pink), so a deck's theme.css can change them like any slide colour.
 *
 * @param pens         the pen's colours as {@code #rrggbb}, the first one the default
 * @param highlighters the highlighter's colours
 */
public record InkPalette(List<String> pens, List<String> highlighters) {
    static final int PENS = 4;
    static final int HIGHLIGHTERS = 3;

    /** The base stylesheet's colours, for when a theme cannot be read. */
    public static final InkPalette DEFAULT = new InkPalette(List.of("#d62828", "#0b6a8f", "#1c7a43", "#1d2330"),
            List.of("#ffd60a", "#7ae582", "#ff8fab"));

    public InkPalette {
        pens = List.copyOf(pens);
        highlighters = List.copyOf(highlighters);
        if (pens.isEmpty() || highlighters.isEmpty()) {
            throw new IllegalArgumentException("a palette needs a pen and a highlighter colour");
        }
    }

    /**
     * Reads the colours the stylesheets of a rendered slide give to its ink: a probe with the slide's style class
     * and stylesheets, off screen, so the slide itself is not touched. Runs on the JavaFX thread.
     */
    public static InkPalette of(Parent slideRoot) {
        StringBuilder style = new StringBuilder("-fx-background-color: ");
        for (int i = 1; i <= PENS; i++) {
            style.append("-ink-pen-").append(i).append(", ");
        }
        for (int i = 1; i <= HIGHLIGHTERS; i++) {
            style.append("-ink-highlighter-").append(i).append(i < HIGHLIGHTERS ? ", " : ";");
        }
        Region probe = new Region();
        probe.getStyleClass().add("slide");
        probe.getStylesheets().setAll(slideRoot.getStylesheets());
        probe.setStyle(style.toString());
        new Scene(new Group(probe));
        probe.applyCss();
        if (probe.getBackground() == null || probe.getBackground().getFills().size() != PENS + HIGHLIGHTERS) {
            return DEFAULT; // a theme that breaks the lookups: the lecturer still gets ink
        }
        List<String> all = new ArrayList<>();
        for (BackgroundFill f : probe.getBackground().getFills()) {
            if (!(f.getFill() instanceof Color c)) {
                return DEFAULT;
            }
            all.add(estrado.render.Contrast.hex(c));
        }
        return new InkPalette(all.subList(0, PENS), all.subList(PENS, PENS + HIGHLIGHTERS));
    }
}
