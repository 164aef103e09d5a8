package estrado.widgets;

/**
 * How a window finds a widget on a slide: every widget's root carries {@link #WIDGET_CLASS}. Which keys a widget may
 * take, and when, is the presenter's widget mode ({@code estrado.present.WidgetMode}): the talk owns the keys.
 */
public final class WidgetKeys {
    /** Style class of every widget's root node. */
    public static final String WIDGET_CLASS = "widget";

    private WidgetKeys() {
    }
}
