package estrado.present.ink;

import estrado.render.SlideCanvas;
import estrado.timing.InkStroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;

/**
 * The pen and the highlighter of a talk, part of the one presentation: which tool is in the lecturer's hand, the
 * strokes drawn so far on every slide, and the stroke being drawn now, so every window shows it while it grows.
 * Points are canvas pixels. A stroke belongs to the slide and step it was drawn at and shows from that step on, as
 * the step's content does; it is there again when the talk comes back to the slide.
 */
public final class Ink {
    /** Line widths in canvas pixels. */
    public static final double PEN_WIDTH = 6;
    public static final double HIGHLIGHTER_WIDTH = 30;
    /** A drag adds a point only this far (canvas pixels) from the last one: fewer points, the same line. */
    static final double MIN_STEP = 1.5;

    /** A stroke growing under the lecturer's hand: its fixed look and its points so far, {@code [x0, y0, x1, …]}. */
    public static final class Drawing {
        private final Page page;
        private final InkStroke.Tool tool;
        private final String colour;
        private final double width;
        private final ObservableList<Double> xy = FXCollections.observableArrayList();
        private final ObservableList<Double> xyView = FXCollections.unmodifiableObservableList(xy);

        Drawing(Page page, InkStroke.Tool tool, String colour, double width) {
            this.page = page;
            this.tool = tool;
            this.colour = colour;
            this.width = width;
        }

        public Page page() {
            return page;
        }

        public InkStroke.Tool tool() {
            return tool;
        }

        public String colour() {
            return colour;
        }

        public double width() {
            return width;
        }

        /** The points so far, flat; views append what is added. */
        public ObservableList<Double> xy() {
            return xyView;
        }

        InkStroke stroke() {
            List<InkStroke.Point> points = new ArrayList<>(xy.size() / 2);
            for (int i = 0; i < xy.size(); i += 2) {
                points.add(new InkStroke.Point(xy.get(i), xy.get(i + 1)));
            }
            return new InkStroke(page.slideId(), page.step(), tool, colour, width, points);
        }
    }

    private final ReadOnlyObjectWrapper<InkStroke.Tool> tool = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>();
    private final ObservableList<InkStroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<InkStroke> strokesView = FXCollections.unmodifiableObservableList(strokes);
    /** What X took off each slide, newest last, so Ctrl+Z can put it back. */
    private final Map<String, Deque<List<InkStroke>>> cleared = new HashMap<>();
    private InkPalette palette = InkPalette.DEFAULT;
    private int pen;
    private int highlighter;

    /** The tool in hand: pen, highlighter, or null when the mouse points and works the widgets. */
    public ReadOnlyObjectProperty<InkStroke.Tool> toolProperty() {
        return tool.getReadOnlyProperty();
    }

    /** The stroke being drawn, or null. */
    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** Every finished stroke of the talk, oldest first. */
    public ObservableList<InkStroke> strokes() {
        return strokesView;
    }

    /** The strokes shown on a page: drawn on its slide at its step or an earlier one, oldest first. */
    public List<InkStroke> on(Page page) {
        return strokes.stream().filter(s -> s.showsOn(page.slideId(), page.step())).toList();
    }

    /** The deck's theme colours (a reload may change them; strokes already drawn keep theirs). */
    public void usePalette(InkPalette p) {
        palette = p;
        pen = Math.min(pen, p.pens().size() - 1);
        highlighter = Math.min(highlighter, p.highlighters().size() - 1);
    }

    public InkPalette palette() {
        return palette;
    }

    /** I (pen) and M (highlighter): takes the tool, or puts it down when it is already in hand. */
    public void toggle(InkStroke.Tool t) {
        end();
        tool.set(tool.get() == t ? null : t);
    }

    /** Esc: puts the tool down; false when none was in hand. */
    public boolean putDown() {
        boolean was = tool.get() != null;
        end();
        tool.set(null);
        return was;
    }

    /** K: the next theme colour of the tool in hand (of the pen when none is). */
    public void nextColour() {
        if (tool.get() == InkStroke.Tool.HIGHLIGHTER) {
            highlighter = (highlighter + 1) % palette.highlighters().size();
        } else {
            pen = (pen + 1) % palette.pens().size();
        }
    }

    /** The colour the tool draws with now. */
    public String colour(InkStroke.Tool t) {
        return t == InkStroke.Tool.HIGHLIGHTER ? palette.highlighters().get(highlighter) : palette.pens().get(pen);
    }

    /** The pen touches the slide at a canvas point: a new stroke starts. Ignored with no tool in hand. */
    public void begin(Page page, Point2D canvas) {
        InkStroke.Tool t = tool.get();
        if (t == null) {
            return;
        }
        end();
        Drawing d = new Drawing(page, t, colour(t), t == InkStroke.Tool.HIGHLIGHTER ? HIGHLIGHTER_WIDTH : PEN_WIDTH);
        Point2D p = clamp(canvas);
        d.xy.addAll(p.getX(), p.getY());
        drawing.set(d);
    }

    /** The pen moved to a canvas point (clamped to the slide) while touching it. */
    public void extend(Point2D canvas) {
        Drawing d = drawing.get();
        if (d == null) {
            return;
        }
        Point2D p = clamp(canvas);
        int n = d.xy.size();
        if (p.distance(d.xy.get(n - 2), d.xy.get(n - 1)) >= MIN_STEP) {
            d.xy.addAll(p.getX(), p.getY());
        }
    }

    /** The pen left the slide: the stroke is finished and joins the slide's ink. */
    public void end() {
        Drawing d = drawing.get();
        if (d == null) {
            return;
        }
        drawing.set(null);
        strokes.add(d.stroke());
    }

    /** Ctrl+Z: takes off the page's newest stroke; on a page with none, puts back what X cleared last. */
    public void undo(Page page) {
        end();
        for (int i = strokes.size() - 1; i >= 0; i--) {
            if (strokes.get(i).showsOn(page.slideId(), page.step())) {
                strokes.remove(i);
                return;
            }
        }
        Deque<List<InkStroke>> stack = cleared.get(page.slideId());
        if (stack != null && !stack.isEmpty()) {
            strokes.addAll(stack.removeLast());
        }
    }

    /** X: takes every stroke off the page (kept for Ctrl+Z). */
    public void clear(Page page) {
        end();
        List<InkStroke> gone = on(page);
        if (!gone.isEmpty()) {
            strokes.removeAll(gone);
            cleared.computeIfAbsent(page.slideId(), k -> new ArrayDeque<>()).add(gone);
        }
    }

    /** The strokes of a resumed run, in place of whatever is here. */
    public void restore(List<InkStroke> saved) {
        drawing.set(null);
        cleared.clear();
        strokes.setAll(saved);
    }

    private static Point2D clamp(Point2D p) {
        return new Point2D(Math.max(0, Math.min(SlideCanvas.WIDTH, p.getX())),
                Math.max(0, Math.min(SlideCanvas.HEIGHT, p.getY())));
    }
}
