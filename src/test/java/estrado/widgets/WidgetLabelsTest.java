package estrado.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.app.Main;
import estrado.deck.Layout;
import estrado.deck.Slide;
import estrado.deck.TestDecks;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideContext;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Widgets never cut or pile up labels (issue 12), and their text is readable from the back row (issue 14:
 * nothing under 24 px on the 1920×1080 canvas). On every widget slide of the widget fixture deck and of the
 * bundled deck, each control is set in turn to its minimum and maximum (sliders), to each of its values
 * (choices, switches, every preset of a stepper) and each clickable part (a phase, a column header), leaving
 * it there, so the later settings are tried on top of the earlier ones' extremes. At every setting each
 * visible text must be whole (not elided), inside the widget, and no two texts may overlap.
 */
class WidgetLabelsTest {
    /** Glyph boxes of neighbouring lines touch by a pixel or two; a real pile-up covers more. */
    private static final double TOUCH = 2;
    /** Issue 14: the smallest text the back row can read on a 1080p projector. */
    private static final double MIN_FONT_PX = 24;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    static List<Path> decks() {
        return List.of(Path.of("src", "test", "resources", "decks", "widgets"), TestDecks.bundled());
    }

    @ParameterizedTest
    @MethodSource("decks")
    void everyTextIsWholeReadableInsideItsWidgetAndNoTwoOverlapAtAnySetting(Path deck) {
        SlideContext context = OpenedDeck.open(deck, WidgetViews.of(Main.widgetRegistry())).context().orElseThrow();
        Faults faults = new Faults();
        int widgets = 0;
        for (Slide slide : context.slides()) {
            if (slide.layout() == Layout.WIDGET) {
                widgets += FxRuntime.call(() -> check(context, slide, faults));
            }
        }
        assertTrue(widgets >= 7, "widget slides tried: " + widgets);
        assertEquals(List.of(), faults.list(), faults.list().size() + " faults");
    }

    /** Tries every setting of the slide's widget; 1 when the slide has one, else 0. */
    private static int check(SlideContext context, Slide slide, Faults out) {
        Parent root = new SlideRenderer(context).render(slide, 0).root();
        new Scene(new Group(root), 1920, 1080);
        Node widget = root.lookup(".widget");
        if (widget == null) {
            return 0;
        }
        inspect(slide.id() + " (as the deck sets it)", root, widget, out);
        for (Node c : new ArrayList<>(widget.lookupAll(".w-slider"))) {
            Slider s = (Slider) c;
            for (double v : new double[] {s.getMin(), s.getMax()}) {
                if (visible(s)) {
                    s.setValue(v);
                    inspect(slide.id() + " slider " + caption(s) + "=" + v, root, widget, out);
                }
            }
        }
        for (Node c : new ArrayList<>(widget.lookupAll(".button"))) {
            if (c instanceof ButtonBase b && visible(b) && !b.getStyleClass().contains("w-reset")) {
                if (b.getStyleClass().contains("w-step")) {
                    stepAround((Button) b, root, widget, slide.id(), out);
                } else if (!(b instanceof ToggleButton)) {
                    b.fire();
                    inspect(slide.id() + " '" + b.getText() + "'", root, widget, out);
                }
            }
        }
        for (Node c : new ArrayList<>(widget.lookupAll(".toggle-button"))) {
            if (c instanceof ToggleButton t && visible(t)) {
                String text = t.getText();
                t.fire();
                inspect(slide.id() + " '" + text + "'", root, widget, out);
            }
        }
        return 1;
    }

    /** Every preset of a ◀ value ▶ stepper: forward until the value comes round to where it started. */
    private static void stepAround(Button step, Parent root, Node widget, String slideId, Faults out) {
        Label value = (Label) step.getParent().lookup(".w-stepper-value");
        String first = value.getText();
        for (int i = 0; i < 100; i++) {
            step.fire();
            inspect(slideId + " " + caption(step) + " = " + value.getText(), root, widget, out);
            if (value.getText().equals(first)) {
                return;
            }
        }
        throw new AssertionError(slideId + ": stepper never came back to " + first);
    }

    private static String caption(Node control) {
        for (Node n = control; n != null; n = n.getParent()) {
            for (String c : n.getStyleClass()) {
                if (c.startsWith("w-control-")) {
                    return c.substring(10);
                }
            }
            if (n.getParent() != null && n.getParent().getStyleClass().contains("w-row")) {
                Node first = n.getParent().getChildrenUnmodifiable().get(0);
                if (first instanceof Label l) {
                    return l.getText();
                }
            }
        }
        return "?";
    }

    private static void inspect(String setting, Parent slide, Node widget, Faults out) {
        // twice, as the next pulse does: a label that wraps learns its width in the first pass, its height in the
        // second; the audience sees the settled layout
        for (int pass = 0; pass < 2; pass++) {
            slide.applyCss();
            slide.layout();
        }
        Bounds area = widget.localToScene(widget.getLayoutBounds());
        // the body a widget sits in is clipped above the slide's foot: a widget taller than it loses its bottom
        Node body = widget;
        while (body.getParent() != null && !body.getStyleClass().contains("slide-body")) {
            body = body.getParent();
        }
        Bounds seen = body.localToScene(body.getLayoutBounds());
        List<Text> texts = new ArrayList<>();
        for (Node n : descendants(widget)) {
            if (n instanceof Labeled l && visible(l) && l.getText() != null && !l.getText().isBlank()) {
                Node shown = l.lookup(".text");
                if (shown instanceof Text t && !t.getText().equals(l.getText())) {
                    out.add(setting, "'" + l.getText() + "' is cut to '" + t.getText() + "'");
                }
            }
            if (n instanceof Text t && visible(t) && !t.getText().isBlank()) {
                texts.add(t);
            }
        }
        int before = out.size();
        for (int i = 0; i < texts.size(); i++) {
            Text ti = texts.get(i);
            if (ti.getFont().getSize() < MIN_FONT_PX) {
                out.add(setting, "'" + ti.getText() + "' is " + ti.getFont().getSize() + " px");
            }
            // a wrapped line keeps the space it broke at in its bounds: the wrapping width is the text's real edge
            Bounds a = ti.localToScene(ti.getWrappingWidth() > 0 ? ti.getLayoutBounds() : ti.getBoundsInLocal());
            if (a.getMinX() < area.getMinX() - TOUCH || a.getMaxX() > area.getMaxX() + TOUCH
                    || a.getMinY() < area.getMinY() - TOUCH || a.getMaxY() > area.getMaxY() + TOUCH) {
                out.add(setting, "'" + ti.getText() + "' outside the widget: " + box(a) + " not in " + box(area));
            }
            if (a.getMinX() < seen.getMinX() - TOUCH || a.getMaxX() > seen.getMaxX() + TOUCH
                    || a.getMinY() < seen.getMinY() - TOUCH || a.getMaxY() > seen.getMaxY() + TOUCH) {
                out.add(setting, "'" + ti.getText() + "' outside the slide's body (clipped, or under the foot): "
                        + box(a) + " not in " + box(seen));
            }
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds b = texts.get(j).localToScene(texts.get(j).getBoundsInLocal());
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > TOUCH && h > TOUCH + 2) {
                    out.add(setting, "'" + ti.getText() + "' overlaps '" + texts.get(j).getText() + "'");
                }
            }
        }
        if (out.size() > before && SHOTS != null) {
            shoot(slide, setting);
        }
    }

    /** Where to save a picture of each setting that shows a new fault (-Dwidget.labels.shots=DIR), to look at. */
    private static final String SHOTS = System.getProperty("widget.labels.shots");

    private static void shoot(Parent slide, String setting) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(Path.of(SHOTS));
            javafx.scene.image.WritableImage img = slide.snapshot(null, null);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                    dir.resolve(setting.replaceAll("[^A-Za-z0-9=.-]+", "_") + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Node> descendants(Node n) {
        List<Node> all = new ArrayList<>();
        all.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                all.addAll(descendants(c));
            }
        }
        return all;
    }

    private static String box(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f]-[%.0f,%.0f]", b.getMinX(), b.getMinY(), b.getMaxX(),
                b.getMaxY());
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Each fault once, with the first setting that showed it: the same cut label at 40 settings is one finding. */
    private static final class Faults {
        private final Map<String, String> firstSetting = new LinkedHashMap<>();
        private int size;

        int size() {
            return size;
        }

        void add(String setting, String fault) {
            size++;
            firstSetting.putIfAbsent(fault.replaceAll("[\\d\\[\\],.-]", ""), setting + ": " + fault);
        }

        List<String> list() {
            return List.copyOf(firstSetting.values());
        }
    }
}
