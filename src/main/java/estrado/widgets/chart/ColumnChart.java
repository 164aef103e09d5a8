package estrado.widgets.chart;

import estrado.widgets.ui.Controls;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Vertical columns, each a stack of coloured segments, with horizontal capacity lines (GPU memory)
 * drawn across and labelled at the right. Sizes are in the caller's unit (GB); the scale starts at
 * zero so heights compare honestly.
 */
public final class ColumnChart extends Region {

    /** One coloured part of a column; {@code styleClass} picks its colour from widgets.css. */
    public record Segment(String styleClass, double value) {
    }

    /** A column: its caption under it and its total printed over it. */
    public record Column(String caption, List<Segment> segments, String valueText, String styleClass) {
        double total() {
            return segments.stream().mapToDouble(Segment::value).sum();
        }
    }

    /** A labelled horizontal line at {@code value}. */
    public record Mark(double value, String text) {
    }

    private static final double LABEL_GAP = 8;

    private final double columnWidth;
    private final double labelWidth;
    private List<Column> columns = List.of();
    private CapacityMarks marks = new CapacityMarks(List.of());
    private double max = 1;

    private final List<List<Region>> segmentNodes = new ArrayList<>();
    private final List<Label> valueLabels = new ArrayList<>();
    private final List<Label> captionLabels = new ArrayList<>();

    /**
     * @param columnWidth width of each column
     * @param labelWidth  room at the right for the capacity lines' labels
     */
    public ColumnChart(double columnWidth, double labelWidth) {
        this.columnWidth = columnWidth;
        this.labelWidth = labelWidth;
        getStyleClass().add("w-column-chart");
    }

    /**
     * Replaces what is drawn; {@code max} is the value at the top of the plot. When only the values
     * changed (a slider moved), the nodes are kept and only their sizes and texts change.
     */
    public void show(List<Column> newColumns, List<Mark> newMarks, double newMax) {
        List<Mark> sortedMarks = newMarks.stream().sorted((a, b) -> Double.compare(a.value(), b.value())).toList();
        boolean sameShape = shape(newColumns).equals(shape(columns)) && sortedMarks.equals(marks.marks());
        this.columns = List.copyOf(newColumns);
        this.max = newMax > 0 ? newMax : 1;
        if (sameShape && !segmentNodes.isEmpty()) {
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                valueLabels.get(i).setText(c.valueText() == null ? "" : c.valueText());
                captionLabels.get(i).setText(c.caption());
            }
            requestLayout();
            return;
        }
        getChildren().clear();
        segmentNodes.clear();
        valueLabels.clear();
        captionLabels.clear();
        marks = new CapacityMarks(sortedMarks);
        for (Column c : columns) {
            List<Region> segs = new ArrayList<>();
            for (Segment s : c.segments()) {
                Region r = new Region();
                r.getStyleClass().addAll("w-segment", s.styleClass());
                if (c.styleClass() != null) {
                    r.getStyleClass().add(c.styleClass());
                }
                segs.add(r);
            }
            segmentNodes.add(segs);
            Label value = Controls.label(c.valueText() == null ? "" : c.valueText(), "w-column-value");
            value.setVisible(c.valueText() != null);
            valueLabels.add(value);
            captionLabels.add(Controls.label(c.caption(), "w-column-caption"));
        }
        segmentNodes.forEach(getChildren()::addAll);
        getChildren().addAll(marks.lines());
        getChildren().addAll(valueLabels);
        getChildren().addAll(captionLabels);
        getChildren().addAll(marks.labelsAndLeaders());
        requestLayout();
    }

    /** What decides the nodes: each column's segment classes and whether it prints a value. */
    private static List<List<String>> shape(List<Column> cols) {
        List<List<String>> out = new ArrayList<>();
        for (Column c : cols) {
            List<String> s = new ArrayList<>();
            c.segments().forEach(seg -> s.add(seg.styleClass()));
            s.add(c.valueText() == null ? "-" : "+");
            s.add(String.valueOf(c.styleClass()));
            out.add(s);
        }
        return out;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        double valueH = valueLabels.stream().filter(Label::isVisible).mapToDouble(l -> l.prefHeight(-1)).max().orElse(0);
        double captionH = captionLabels.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0);
        double plotTop = top + valueH + 6;
        double plotBottom = top + h - captionH - 6;
        double plotH = Math.max(10, plotBottom - plotTop);
        double plotW = Math.max(10, w - labelWidth);
        int n = columns.size();
        double slot = n == 0 ? plotW : plotW / n;

        List<javafx.geometry.Bounds> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double cx = left + slot * (i + 0.5);
            double x = cx - columnWidth / 2;
            double y = plotBottom;
            List<Segment> segs = columns.get(i).segments();
            for (int j = 0; j < segs.size(); j++) {
                double sh = Math.max(0, segs.get(j).value()) / max * plotH;
                Region r = segmentNodes.get(i).get(j);
                r.resizeRelocate(snapPositionX(x), snapPositionY(y - sh), snapSizeX(columnWidth), snapSizeY(sh));
                y -= sh;
            }
            placeValue(valueLabels.get(i), cx, Math.max(top, y - valueH - 4), left, left + plotW, top, values);
            place(captionLabels.get(i), cx, plotBottom + 6);
        }

        // the labels' column runs the chart's whole height: bunched lines spread their labels down beside the captions
        marks.layout(v -> plotBottom - v / max * plotH, plotTop, left, left + plotW + LABEL_GAP / 2,
                left + plotW + LABEL_GAP, left + w, top, top + h);
    }

    /**
     * A column's total over it, kept inside the plot's width; when it would cover a neighbour's total (two
     * columns of about the same height, long numbers), it goes up above that one.
     */
    private static void placeValue(Label l, double centreX, double y, double minX, double maxX, double top,
                                   List<javafx.geometry.Bounds> placed) {
        double lw = l.prefWidth(-1);
        double lh = l.prefHeight(-1);
        double x = Math.max(minX, Math.min(centreX - lw / 2, maxX - lw));
        javafx.geometry.Bounds box = new javafx.geometry.BoundingBox(x, y, lw, lh);
        for (javafx.geometry.Bounds other : placed) {
            if (other.intersects(box)) {
                box = new javafx.geometry.BoundingBox(x, Math.max(top, other.getMinY() - lh - 4), lw, lh);
            }
        }
        placed.add(box);
        l.resizeRelocate(box.getMinX(), box.getMinY(), lw, lh);
    }

    private static void place(Label l, double centreX, double y) {
        double lw = l.prefWidth(-1);
        l.resizeRelocate(centreX - lw / 2, y, lw, l.prefHeight(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(columns.size(), 1) * (columnWidth + 60) + labelWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return columnWidth + labelWidth;
    }
}
