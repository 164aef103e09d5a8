package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.present.talk.Position;
import estrado.present.window.SlideView;
import estrado.present.window.WidgetMode;
import estrado.render.FxRuntime;
import estrado.widgets.WidgetKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on a widget never takes the arrow keys from the talk (finding 3 of the session-6 TA trial: a click on the
 * model's name, the "Lote" label, a phase card or a cost-table row, then Right, changed the widget on the projector
 * instead of the slide). For every widget kind of the test deck, in the presenter's live slide and in the audience
 * window: a click on its labels, its background, a choice, a row or card, and a slider's drag each leave Right to
 * the talk, and the widget's values stay as the mouse left them; only Tab gives the widget the keys, Esc gives
 * them back.
 */
class WidgetClickKeysTest extends TwoWindowsFixture {
    private final WidgetModeTest.ManualScheduler scheduler = new WidgetModeTest.ManualScheduler();

    enum Window { PRESENTER, AUDIENCE }

    /** One slide per widget kind of {@code decks/widgets}. */
    static Stream<Arguments> widgetSlides() {
        List<String> slides = List.of("vram-detallado", "cuantizacion", "lora-rango", "entrenar-vs-inferir",
                "escalamiento-batch", "costos", "ciclo");
        return slides.stream().flatMap(s -> Stream.of(Arguments.of(s, Window.PRESENTER),
                Arguments.of(s, Window.AUDIENCE)));
    }

    @BeforeEach
    void open() {
        openWindows(widgetsDeck(), scheduler);
    }

    @ParameterizedTest(name = "{0} on the {1}")
    @MethodSource("widgetSlides")
    void aClickAnywhereOnAWidgetLeavesRightToTheTalk(String slideId, Window window) {
        SlideView view = enter(slideId, window);
        List<String> kinds = List.copyOf(FxRuntime.call(() -> clickTargets(widget(view))).keySet());
        assertTrue(kinds.containsAll(List.of("label", "background")), kinds.toString());
        for (String kind : kinds) {
            // found again each time: coming back to the slide builds its view anew
            Target target = FxRuntime.call(() -> clickTargets(widget(view)).get(kind));
            assertTrue(clickOn(view, target), kind + ": the click landed on " + target.node());
            rightMovesTheTalkAndLeavesTheWidget(view, kind);
        }
    }

    @ParameterizedTest(name = "{0} on the {1}")
    @MethodSource("widgetSlides")
    void afterASliderDragRightMovesTheTalk(String slideId, Window window) {
        SlideView view = enter(slideId, window);
        int sliders = FxRuntime.call(() -> all(widget(view), Slider.class)).size();
        for (int i = 0; i < sliders; i++) {
            int index = i;
            Slider slider = FxRuntime.call(() -> all(widget(view), Slider.class).get(index));
            double before = FxRuntime.call(slider::getValue);
            Node thumb = FxRuntime.call(() -> slider.lookup(".thumb"));
            assertNotNull(thumb);
            boolean roomToTheRight = before < FxRuntime.call(slider::getMax);
            robot.drag(thumb).moveBy(roomToTheRight ? 80 : -80, 0).drop();
            WaitForAsyncUtils.waitForFxEvents();
            assertNotEquals(before, FxRuntime.call(slider::getValue), "the drag moved the slider");
            rightMovesTheTalkAndLeavesTheWidget(view, "slider drag");
        }
    }

    @ParameterizedTest(name = "{0} on the {1}")
    @MethodSource("widgetSlides")
    void onlyTabGivesTheWidgetTheKeysAndEscGivesThemBack(String slideId, Window window) {
        SlideView view = enter(slideId, window);
        WidgetMode mode = mode(window);
        Position at = presentation.position();
        type(KeyCode.TAB);
        assertTrue(mode.isActive(), "Tab enters the widget mode");
        assertTrue(FxRuntime.call(() -> view.lookup("#widget-mode-hint").isVisible()), "its hint shows");
        Node focused = FxRuntime.call(() -> view.getScene().getFocusOwner());
        assertTrue(FxRuntime.call(() -> isInside(focused, widget(view))), "a control of the widget has the keys");
        type(KeyCode.RIGHT);
        assertEquals(at, presentation.position(), "in the widget mode Right is the widget's");
        assertTrue(mode.isActive());
        type(KeyCode.ESCAPE);
        assertFalse(mode.isActive(), "Esc leaves the widget mode");
        assertFalse(FxRuntime.call(() -> view.lookup("#widget-mode-hint").isVisible()));
        String widget = fingerprint(view);
        talkMoves(at, "after Esc");
        assertEquals(widget, fingerprint(view), "after Esc the talk's keys left the widget as it was");
    }

    // ---- steps ----

    private SlideView enter(String slideId, Window window) {
        Stage stage = window == Window.PRESENTER ? windows.presenter().stage() : windows.audience().stage();
        front(stage);
        List<estrado.deck.Slide> slides = presentation.deckProperty().get().slides();
        int index = -1;
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).id().equals(slideId)) {
                index = i;
            }
        }
        assertTrue(index >= 0, slideId);
        int slide = index;
        robot.interact(() -> presentation.goTo(new Position(slide, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        return window == Window.PRESENTER ? presenterSlide() : audienceSlide();
    }

    private WidgetMode mode(Window window) {
        return window == Window.PRESENTER ? windows.presenter().widgetMode() : windows.audience().widgetMode();
    }

    private WidgetMode mode(SlideView view) {
        return mode(view == audienceSlide() ? Window.AUDIENCE : Window.PRESENTER);
    }

    /** Clicks {@code target}; true if the click reached it. */
    private boolean clickOn(SlideView view, Target target) {
        AtomicBoolean onTarget = new AtomicBoolean();
        // asked while the click is pressed: a click on a row rebuilds the table, taking the node it hit away
        EventHandler<MouseEvent> spy = e -> onTarget.set(target.reachedBy(e.getPickResult().getIntersectedNode()));
        robot.interact(() -> view.getScene().addEventFilter(MouseEvent.MOUSE_PRESSED, spy));
        robot.clickOn(target.where());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.getScene().removeEventFilter(MouseEvent.MOUSE_PRESSED, spy));
        return onTarget.get();
    }

    /** Right moves the talk (Left when the slide is the last), and back on the slide the widget is as before. */
    private void rightMovesTheTalkAndLeavesTheWidget(SlideView view, String what) {
        assertFalse(FxRuntime.call(() -> mode(view).isActive()), what + ": the mouse does not enter the widget mode");
        assertFalse(FxRuntime.call(() -> view.lookup("#widget-mode-hint").isVisible()), what + ": no hint");
        String widget = fingerprint(view);
        talkMoves(presentation.position(), what);
        assertEquals(widget, fingerprint(view), what + ": the talk's keys left the widget as the mouse set it");
    }

    private void talkMoves(Position at, String what) {
        boolean last = at.slide() == presentation.slideCount() - 1;
        type(last ? KeyCode.LEFT : KeyCode.RIGHT);
        assertEquals(at.slide() + (last ? -1 : 1), presentation.position().slide(), what + ": the key moved the talk");
        type(last ? KeyCode.RIGHT : KeyCode.LEFT);
        assertEquals(at, presentation.position(), what + ": and back");
    }

    // ---- the widget's parts ----

    private static Parent widget(SlideView view) {
        view.shown().root().applyCss();
        view.shown().root().layout();
        Node w = view.shown().root().lookup("." + WidgetKeys.WIDGET_CLASS);
        assertNotNull(w, "the slide shows a widget");
        return (Parent) w;
    }

    /** A part of a widget to click, and the point of the screen to click it at. */
    private record Target(Node node, Point2D where, boolean itself) {
        static Target middle(Node n) {
            Bounds b = n.localToScreen(n.getLayoutBounds());
            return new Target(n, new Point2D(b.getCenterX(), b.getCenterY()), false);
        }

        /** Whether a click picked on {@code hit} reached this part (the widget's background: the widget itself). */
        boolean reachedBy(Node hit) {
            return itself ? hit == node : isInside(hit, node);
        }
    }

    /**
     * What a TA might click, by kind: a caption or the model's name, the widget's own background (between two of its
     * parts), a choice not yet chosen (a toggle or the stepper's ▶), a table row and a phase card.
     */
    private static Map<String, Target> clickTargets(Parent widget) {
        Map<String, Target> out = new LinkedHashMap<>();
        List<Label> labels = all(widget, Label.class).stream().filter(l -> !hasControlAbove(l, widget)
                && l.getText() != null && !l.getText().isBlank() && l.getWidth() > 4).toList();
        labels.stream().filter(l -> l.getStyleClass().contains("w-stepper-value")).findFirst()
                .ifPresent(l -> out.put("model name", Target.middle(l)));
        labels.stream().filter(l -> l.getStyleClass().contains("w-caption")).findFirst()
                .or(() -> labels.stream().findFirst()).ifPresent(l -> out.put("label", Target.middle(l)));
        background(widget).ifPresent(t -> out.put("background", t));
        all(widget, ToggleButton.class).stream().filter(b -> !b.isSelected()).findFirst()
                .ifPresent(b -> out.put("choice", Target.middle(b)));
        all(widget, ButtonBase.class).stream().filter(b -> b.getStyleClass().contains("w-step")).reduce((a, b) -> b)
                .ifPresent(b -> out.put("stepper ▶", Target.middle(b)));
        all(widget, Node.class).stream().filter(n -> n.getStyleClass().contains("w-td-box")).skip(8).findFirst()
                .ifPresent(n -> out.put("table row", Target.middle(n)));
        all(widget, Node.class).stream().filter(n -> n.getStyleClass().contains("w-cell-caption")).skip(4)
                .findFirst().ifPresent(n -> out.put("phase card", Target.middle(n)));
        return out;
    }

    /**
     * A point of the widget's background: of the widget itself, or else of a panel inside it (not a control), that
     * none of its parts covers: between two of them (its spacing), or below or beside one (a short column).
     */
    private static Optional<Target> background(Parent pane) {
        Bounds all = pane.localToScreen(pane.getLayoutBounds());
        List<Node> children = pane.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        List<Bounds> parts = children.stream().map(n -> n.localToScreen(n.getBoundsInLocal())).toList();
        List<Point2D> candidates = new ArrayList<>();
        for (Bounds a : parts) {
            for (Bounds b : parts) {
                if (b.getMinY() - a.getMaxY() >= 3) {
                    candidates.add(new Point2D(all.getCenterX(), (a.getMaxY() + b.getMinY()) / 2));
                }
                if (b.getMinX() - a.getMaxX() >= 3) {
                    candidates.add(new Point2D((a.getMaxX() + b.getMinX()) / 2, all.getCenterY()));
                }
            }
            candidates.add(new Point2D(a.getCenterX(), (a.getMaxY() + all.getMaxY()) / 2));
            candidates.add(new Point2D((a.getMaxX() + all.getMaxX()) / 2, a.getCenterY()));
        }
        Optional<Target> own = candidates.stream()
                .filter(p -> grown(all, -2).contains(p) && parts.stream().noneMatch(b -> grown(b, 1).contains(p)))
                .findFirst().map(p -> new Target(pane, p, true));
        if (own.isPresent()) {
            return own;
        }
        return children.stream().filter(c -> c instanceof Parent && !(c instanceof Control))
                .map(c -> background((Parent) c)).flatMap(Optional::stream).findFirst();
    }

    /** Bounds widened by {@code by} pixels each side (narrowed when negative): a point on an edge is neither's. */
    private static Bounds grown(Bounds b, double by) {
        return new javafx.geometry.BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by,
                b.getHeight() + 2 * by);
    }

    private static <T extends Node> List<T> all(Parent root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Node> void collect(Node n, Class<T> type, List<T> out) {
        if (!n.isVisible()) {
            return;
        }
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, type, out));
        }
    }

    /** Whether a control sits between {@code node} and {@code top} (a label inside a button is the button's). */
    private static boolean hasControlAbove(Node node, Node top) {
        for (Node n = node.getParent(); n != null && n != top; n = n.getParent()) {
            if (n instanceof Control) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the widget shows, as text: every visible node's style classes (a chosen row or card is a class), texts,
     * slider values and toggles. Focus and hover are pseudo-classes, not part of it.
     */
    private String fingerprint(SlideView view) {
        return FxRuntime.call(() -> {
            StringBuilder sb = new StringBuilder();
            print(widget(view), sb);
            return sb.toString();
        });
    }

    private static void print(Node n, StringBuilder sb) {
        if (!n.isVisible()) {
            return;
        }
        sb.append(n.getClass().getSimpleName()).append(n.getStyleClass());
        if (n instanceof Labeled l) {
            sb.append(" '").append(l.getText()).append('\'');
        } else if (n instanceof Text t) {
            sb.append(" '").append(t.getText()).append('\'');
        }
        if (n instanceof Slider s) {
            sb.append(" = ").append(s.getValue());
        }
        if (n instanceof ToggleButton b) {
            sb.append(b.isSelected() ? " on" : " off");
        }
        sb.append('\n');
        if (n instanceof Parent p && !(n instanceof Labeled)) {
            p.getChildrenUnmodifiable().forEach(c -> print(c, sb));
        }
    }
}
