package estrado.widgets.chart;

import estrado.widgets.Numbers;
import estrado.widgets.ui.Controls;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

/**
 * Lines over evenly spaced categories (batch 1, 2, 4, …), a linear y axis from zero, and labelled
 * horizontal capacity lines. Values above the top are clipped at the plot's edge: what matters is
 * where each line crosses a GPU's memory, not how far beyond it goes. Nodes are made in
 * {@link #show} and only placed in {@link #layoutChildren}, so layout never changes the scene graph.
 */
public final class LinePlot extends Region {

    /** One line and its label at its last visible point. */
    public record Series(String label, List<Double> values) {
    }

    private static final double LEFT = 140;
    private static final double BOTTOM = 90;
    private static final double TOP = 20;

    private final double rightRoom;
    private List<String> categories = List.of();
    private List<Series> series = List.of();
    private CapacityMarks marks = new CapacityMarks(List.of());
    private double max = 1;
    private double step = 1;

    private final List<Line> gridLines = new ArrayList<>();
    private final List<Label> gridLabels = new ArrayList<>();
    private final List<Label> categoryLabels = new ArrayList<>();
    private final Label xTitle = Controls.label("", "w-axis-title");
    private final Line xAxis = line("w-axis-line");
    private final Line yAxis = line("w-axis-line");
    private final List<Polyline> lines = new ArrayList<>();
    private final List<List<Circle>> dots = new ArrayList<>();
    private final List<Label> seriesLabels = new ArrayList<>();
    private final List<Line> leaders = new ArrayList<>();
    private final Pane plot = new Pane();
    private final Rectangle clip = new Rectangle();

    public LinePlot(double rightRoom) {
        this.rightRoom = rightRoom;
        getStyleClass().add("w-line-plot");
        plot.setClip(clip);
        plot.setManaged(false);
    }

    public void show(List<String> newCategories, List<Series> newSeries, List<ColumnChart.Mark> newMarks, double newMax,
              String xAxisTitle, String unit) {
        categories = List.copyOf(newCategories);
        series = List.copyOf(newSeries);
        marks = new CapacityMarks(newMarks.stream().sorted((a, b) -> Double.compare(a.value(), b.value())).toList());
        max = newMax > 0 ? newMax : 1;
        step = niceStep(max);
        getChildren().clear();
        plot.getChildren().clear();
        gridLines.clear();
        gridLabels.clear();
        categoryLabels.clear();
        lines.clear();
        dots.clear();
        seriesLabels.clear();
        leaders.clear();
        for (double v = 0; v <= max + 1e-9; v += step) {
            gridLines.add(line("w-grid-line"));
            gridLabels.add(unmanaged(Controls.label(Numbers.amount(v) + " " + unit, "w-axis-label")));
        }
        categories.forEach(c -> categoryLabels.add(unmanaged(Controls.label(c, "w-axis-label"))));
        xTitle.setText(xAxisTitle);
        unmanaged(xTitle);
        for (int si = 0; si < series.size(); si++) {
            Polyline p = new Polyline();
            p.getStyleClass().addAll("w-series", "w-series-" + si % 5);
            lines.add(p);
            List<Circle> ds = new ArrayList<>();
            for (int i = 0; i < series.get(si).values().size(); i++) {
                Circle c = new Circle(8);
                c.getStyleClass().addAll("w-dot", "w-dot-" + si % 5);
                ds.add(c);
            }
            dots.add(ds);
            seriesLabels.add(unmanaged(Controls.label(series.get(si).label(), "w-series-label",
                    "w-series-label-" + si % 5)));
            leaders.add(line("w-leader"));
            leaders.get(si).getStyleClass().add("w-series-" + si % 5);
        }
        plot.getChildren().addAll(lines);
        dots.forEach(plot.getChildren()::addAll);
        getChildren().addAll(gridLines);
        getChildren().addAll(gridLabels);
        getChildren().addAll(categoryLabels);
        getChildren().addAll(xTitle, xAxis, yAxis);
        getChildren().addAll(marks.lines());
        getChildren().addAll(marks.labelsAndLeaders());
        getChildren().add(plot);
        getChildren().addAll(leaders);
        getChildren().addAll(seriesLabels);
        requestLayout();
    }

    /** A y-axis step of 1, 2 or 5 × 10ⁿ giving about five grid lines. */
    static double niceStep(double max) {
        double raw = max / 5;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * pow >= raw - 1e-12) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x0 = in.getLeft() + LEFT;
        double y0 = in.getTop() + TOP;
        double w = getWidth() - in.getLeft() - in.getRight() - LEFT - rightRoom;
        double h = getHeight() - in.getTop() - in.getBottom() - TOP - BOTTOM;
        if (w <= 10 || h <= 10 || categories.isEmpty()) {
            return;
        }
        for (int i = 0; i < gridLines.size(); i++) {
            double y = yOf(i * step, y0, h);
            set(gridLines.get(i), x0, y, x0 + w, y);
            Label l = gridLabels.get(i);
            place(l, x0 - l.prefWidth(-1) - 12, y - l.prefHeight(-1) / 2);
        }
        int n = categories.size();
        double dx = n == 1 ? 0 : w / (n - 1);
        for (int i = 0; i < n; i++) {
            Label l = categoryLabels.get(i);
            place(l, x0 + i * dx - l.prefWidth(-1) / 2, y0 + h + 8);
        }
        place(xTitle, x0 + w / 2 - xTitle.prefWidth(-1) / 2, y0 + h + 48);
        set(xAxis, x0, y0 + h, x0 + w, y0 + h);
        set(yAxis, x0, y0, x0, y0 + h);

        // the labels' column runs from the plot's top to just under the x axis, clear of the last category's number
        marks.layout(v -> yOf(v, y0, h), y0, x0, x0 + w, x0 + w + 14, getWidth() - in.getRight(), y0, y0 + h + 16);

        plot.resizeRelocate(0, 0, getWidth(), getHeight());
        clip.setX(x0 - 12);
        clip.setY(y0 - 12);
        clip.setWidth(w + 24);
        clip.setHeight(h + 12);
        List<double[]> drawn = new ArrayList<>();
        int[] lastInside = new int[series.size()];
        for (int si = 0; si < series.size(); si++) {
            List<Double> values = series.get(si).values();
            List<Double> pts = new ArrayList<>();
            lastInside[si] = -1;
            for (int i = 0; i < values.size() && i < n; i++) {
                double x = x0 + i * dx;
                double y = yOf(values.get(i), y0, h);
                pts.add(x);
                pts.add(y);
                Circle c = dots.get(si).get(i);
                c.setCenterX(x);
                c.setCenterY(y);
                if (y >= y0) {
                    lastInside[si] = i;
                }
            }
            lines.get(si).getPoints().setAll(pts);
            drawn.add(pts.stream().mapToDouble(Double::doubleValue).toArray());
        }
        // the dashed capacity lines are read against the curves: labels keep off them too
        for (ColumnChart.Mark m : marks.marks()) {
            double y = yOf(m.value(), y0, h);
            if (y >= y0) {
                drawn.add(new double[] {x0, y, x0 + w, y});
            }
        }
        Bounds area = new BoundingBox(x0, y0, w, h);
        List<Bounds> taken = new ArrayList<>();
        for (int si = 0; si < series.size(); si++) {
            Label l = seriesLabels.get(si);
            Line leader = leaders.get(si);
            int last = lastInside[si];
            l.setVisible(last >= 0);
            leader.setVisible(false);
            if (last >= 0) {
                double px = x0 + last * dx;
                double py = yOf(series.get(si).values().get(last), y0, h);
                Bounds spot = LabelSpots.labelSpot(px, py, l.prefWidth(-1), l.prefHeight(-1), area, drawn, taken);
                taken.add(spot);
                place(l, spot.getMinX(), spot.getMinY());
                // a label moved away from its point is tied to it
                double ex = Math.max(spot.getMinX(), Math.min(px, spot.getMaxX()));
                double ey = py < spot.getMinY() ? spot.getMinY() : py > spot.getMaxY() ? spot.getMaxY() : py;
                if (Math.hypot(ex - px, ey - py) > 40) {
                    set(leader, px, py, ex, ey);
                    leader.setVisible(true);
                }
            }
        }
    }

    private double yOf(double v, double y0, double h) {
        return y0 + h - v / max * h;
    }

    private static void place(Label l, double x, double y) {
        l.resizeRelocate(x, y, l.prefWidth(-1), l.prefHeight(-1));
    }

    private static void set(Line l, double x1, double y1, double x2, double y2) {
        l.setStartX(Math.round(x1) + 0.5);
        l.setStartY(Math.round(y1) + 0.5);
        l.setEndX(Math.round(x2) + 0.5);
        l.setEndY(Math.round(y2) + 0.5);
    }

    private static Line line(String style) {
        Line l = new Line();
        l.getStyleClass().add(style);
        l.setManaged(false);
        return l;
    }

    private static <T extends Node> T unmanaged(T n) {
        n.setManaged(false);
        return n;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1100;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 300;
    }
}
