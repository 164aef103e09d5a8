package estrado.widgets.ui;

import estrado.i18n.Messages;
import estrado.widgets.WidgetKeys;
import estrado.widgets.WidgetState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Controls sized for a projector and usable by mouse, touch and keyboard: each writes straight
 * into a widget state property and follows it back, so every view of the slide moves together.
 */
public final class Controls {
    public static final String CSS = Objects.requireNonNull(Controls.class.getResource("widgets.css")).toExternalForm();

    private Controls() {
    }

    /** The root of a widget: its style classes, its stylesheet; the slide's colours flow in from above. */
    public static <T extends Pane> T root(T pane, String widgetName) {
        // A widget's controls look the same wherever the slide is drawn: on the projector, in the
        // presenter's light or dark chrome, and in an export that loads no theme at all. Author
        // stylesheets beat any user-agent one, so the controls' theme travels with the widget
        // (SlideThemeIndependenceTest compares the pixels under no theme, light and dark).
        pane.getStyleClass().addAll(WidgetKeys.WIDGET_CLASS, "widget-" + widgetName);
        pane.getStylesheets().addAll(CONTROLS_THEME, CSS);
        return pane;
    }

    /** AtlantaFX's light theme, for the controls inside widgets (see {@link #root}). */
    public static final String CONTROLS_THEME = new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();

    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public static Label wrapping(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A caption and its control side by side: one row of a control panel. */
    public static HBox row(String caption, Node control) {
        Label c = label(caption, "w-caption");
        HBox box = new HBox(c, control);
        box.getStyleClass().add("w-row");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(control, Priority.ALWAYS);
        return box;
    }

    /** Shows or hides a node, giving its room back when hidden. */
    public static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    /** "↺ Restablecer": the deck's values back, for every view of the slide. */
    public static Button resetButton(WidgetState state) {
        Button b = new Button(Messages.get("widget.reset"));
        b.getStyleClass().add("w-reset");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> state.reset());
        b.setFocusTraversable(true);
        return b;
    }

    /**
     * A slider over a list of allowed values (batch sizes, ranks, lengths), with the chosen value
     * printed large beside its caption. The deck's own value is added to the list if missing.
     */
    public static HBox slider(List<Integer> allowed, IntegerProperty prop, Function<Integer, String> text, Live live) {
        return steps(withValue(allowed, prop.get()), prop::get, prop::set, prop, text, live);
    }

    /** Same as {@link #slider} over decimal values (a free parameter count in billions). */
    public static HBox decimalSlider(List<Double> allowed, DoubleProperty prop, Function<Double, String> text,
                                     Live live) {
        return steps(withValue(allowed, prop.get()), prop::get, prop::set, prop, text, live);
    }

    /** A slider whose positions are the indices of {@code values}; the property follows it and it the property. */
    private static <T extends Number> HBox steps(List<T> values, Supplier<T> get, Consumer<T> set,
                                                 ObservableValue<?> prop, Function<T, String> text, Live live) {
        Slider s = new Slider(0, values.size() - 1, values.indexOf(get.get()));
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setBlockIncrement(1);
        s.setSnapToTicks(true);
        s.getStyleClass().add("w-slider");
        Label value = label("", "w-value");
        s.valueProperty().addListener((o, a, b) -> {
            int i = (int) Math.round(b.doubleValue());
            set.accept(values.get(Math.max(0, Math.min(values.size() - 1, i))));
        });
        live.on(() -> {
            int i = nearest(values, get.get().doubleValue());
            if ((int) Math.round(s.getValue()) != i) {
                s.setValue(i);
            }
            value.setText(text.apply(get.get()));
        }, prop);
        return sliderRow(s, value);
    }

    private static HBox sliderRow(Slider s, Label value) {
        value.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(s, Priority.ALWAYS);
        s.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(s, value);
        box.getStyleClass().add("w-slider-box");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The allowed values in order, with the deck's own value among them. */
    private static <T extends Comparable<T>> List<T> withValue(List<T> allowed, T v) {
        Set<T> all = new TreeSet<>(allowed);
        all.add(v);
        return List.copyOf(all);
    }

    private static int nearest(List<? extends Number> values, double v) {
        int best = 0;
        for (int i = 0; i < values.size(); i++) {
            if (Math.abs(values.get(i).doubleValue() - v) < Math.abs(values.get(best).doubleValue() - v)) {
                best = i;
            }
        }
        return best;
    }

    /** One of a few values as a row of toggle buttons; Space or a click picks, one is always chosen. */
    public static <T> HBox segmented(List<T> values, Function<T, String> text, ObjectProperty<T> prop, Live live) {
        HBox row = new HBox();
        row.getStyleClass().add("w-segmented");
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (T v : values) {
            ToggleButton b = new ToggleButton(text.apply(v));
            b.setToggleGroup(group);
            b.setUserData(v);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                prop.set(v);
                b.setSelected(true); // clicking the chosen one keeps it chosen
            });
            buttons.add(b);
        }
        row.getChildren().addAll(buttons);
        live.on(() -> buttons.forEach(b -> b.setSelected(Objects.equals(b.getUserData(), prop.get()))), prop);
        return row;
    }

    /** Several of a few values (LoRA targets); at least one stays on. */
    public static <T> HBox multiple(List<T> values, Function<T, String> text, ObjectProperty<Set<T>> prop, Live live) {
        HBox row = new HBox();
        row.getStyleClass().addAll("w-segmented", "w-multiple");
        List<ToggleButton> buttons = new ArrayList<>();
        for (T v : values) {
            ToggleButton b = new ToggleButton(text.apply(v));
            b.setUserData(v);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                Set<T> now = new java.util.LinkedHashSet<>(prop.get());
                if (b.isSelected()) {
                    now.add(v);
                } else if (now.size() > 1) {
                    now.remove(v);
                }
                List<T> ordered = values.stream().filter(now::contains).toList();
                prop.set(Set.copyOf(ordered));
                b.setSelected(prop.get().contains(v));
            });
            buttons.add(b);
        }
        row.getChildren().addAll(buttons);
        live.on(() -> buttons.forEach(b -> b.setSelected(prop.get().contains(b.getUserData()))), prop);
        return row;
    }

    /** An on/off switch with its caption on the button itself. */
    public static ToggleButton toggle(String text, BooleanProperty prop, Live live) {
        ToggleButton b = new ToggleButton(text);
        b.getStyleClass().add("w-toggle");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> prop.set(b.isSelected()));
        live.on(() -> {
            b.setSelected(prop.get());
            b.setText((prop.get() ? "✓ " : "") + text);
        }, prop);
        return b;
    }

    /**
     * ◀ value ▶ over a list that does not fit in one row of buttons (the model presets). Arrows
     * step it when one of its buttons has focus; no pop-up, which would escape the slide's scaling.
     */
    public static <T> HBox stepper(List<T> values, Function<T, String> text, ObjectProperty<T> prop, Live live) {
        Button prev = new Button("◀");
        Button next = new Button("▶");
        prev.getStyleClass().add("w-step");
        next.getStyleClass().add("w-step");
        Label value = label("", "w-stepper-value");
        value.setMaxWidth(Double.MAX_VALUE);
        value.setAlignment(Pos.CENTER);
        HBox.setHgrow(value, Priority.ALWAYS);
        Runnable back = () -> prop.set(values.get(Math.floorMod(values.indexOf(prop.get()) - 1, values.size())));
        Runnable forth = () -> prop.set(values.get(Math.floorMod(values.indexOf(prop.get()) + 1, values.size())));
        prev.setOnAction(e -> back.run());
        next.setOnAction(e -> forth.run());
        HBox row = new HBox(prev, value, next);
        row.getStyleClass().add("w-stepper");
        row.setAlignment(Pos.CENTER);
        // a filter, not a handler: the focused button would spend the arrows on moving focus
        row.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP) {
                back.run();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN) {
                forth.run();
                e.consume();
            }
        });
        live.on(() -> value.setText(text.apply(prop.get())), prop);
        return row;
    }

    /**
     * Puts {@code on} or {@code off} on a node, touching its classes only when they change: the
     * nodes are made once and updated in place, so a slider drag restyles nothing that stayed the same.
     */
    public static void swap(Node n, String on, String off, boolean which) {
        String add = which ? on : off;
        String remove = which ? off : on;
        n.getStyleClass().remove(remove);
        if (!n.getStyleClass().contains(add)) {
            n.getStyleClass().add(add);
        }
    }
}
