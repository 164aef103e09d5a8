package estrado.widgets.chart;

import estrado.widgets.ui.Controls;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A chart's labelled horizontal capacity lines (GPU memory), as nodes: the dashed lines across the plot, their
 * labels in a column at its right placed by {@link MarkLabels}, and a leader from a line's end to its label when
 * the label had to move off its line. Shared by {@link ColumnChart} and {@link LinePlot}.
 */
final class CapacityMarks {
    /** Room across for a leader's slope, between the lines' ends and the labels' column. */
    static final double LEADER_RUN = 36;

    private final List<ColumnChart.Mark> marks;
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Line> leaders = new ArrayList<>();

    /** @param marks sorted by value */
    CapacityMarks(List<ColumnChart.Mark> marks) {
        this.marks = List.copyOf(marks);
        for (ColumnChart.Mark m : this.marks) {
            lines.add(unmanaged(new Line(), "w-mark-line"));
            labels.add(unmanaged(Controls.label(m.text(), "w-mark-label"), null));
            leaders.add(unmanaged(new Line(), "w-mark-leader"));
        }
    }

    List<ColumnChart.Mark> marks() {
        return marks;
    }

    /** The lines, to go under the labels and the values. */
    List<Line> lines() {
        return lines;
    }

    /** The labels and their leaders, to go on top. */
    List<Node> labelsAndLeaders() {
        List<Node> out = new ArrayList<>(leaders);
        out.addAll(labels);
        return out;
    }

    /**
     * Places everything. A line above {@code plotTop} (a GPU bigger than the scale) is not drawn, nor its label.
     *
     * @param yOf      a value's y
     * @param x0       where the lines start
     * @param x1       where the lines end
     * @param labelX   where the labels' column starts
     * @param maxRight the right edge the labels must not pass
     * @param minY     top of the labels' column
     * @param maxY     bottom of the labels' column
     */
    void layout(DoubleUnaryOperator yOf, double plotTop, double x0, double x1, double labelX, double maxRight,
                double minY, double maxY) {
        List<Integer> shown = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            double y = snap(yOf.applyAsDouble(marks.get(k).value()));
            boolean inside = y >= plotTop - 1;
            Line l = lines.get(k);
            l.setVisible(inside);
            l.setStartX(x0);
            l.setEndX(x1);
            l.setStartY(y);
            l.setEndY(y);
            labels.get(k).setVisible(inside);
            leaders.get(k).setVisible(false);
            if (inside) {
                shown.add(k);
            }
        }
        double[] ys = new double[shown.size()];
        double[] hs = new double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            ys[i] = lines.get(shown.get(i)).getStartY();
            hs[i] = labels.get(shown.get(i)).prefHeight(-1);
        }
        List<MarkLabels.Spot> spots = MarkLabels.place(ys, hs, minY, maxY);
        boolean anyLeader = spots.stream().anyMatch(MarkLabels.Spot::leader);
        // with one leader, every label moves right by the leader's run, so the column stays one column
        double x = anyLeader ? labelX + LEADER_RUN : labelX;
        for (int i = 0; i < shown.size(); i++) {
            Label t = labels.get(shown.get(i));
            MarkLabels.Spot spot = spots.get(i);
            t.resizeRelocate(x, spot.top(), Math.min(t.prefWidth(-1), maxRight - x), hs[i]);
            if (spot.leader()) {
                Line leader = leaders.get(shown.get(i));
                leader.setStartX(x1);
                leader.setStartY(ys[i]);
                leader.setEndX(x - 4);
                leader.setEndY(spot.top() + hs[i] / 2);
                leader.setVisible(true);
            }
        }
    }

    /** On the pixel grid, so a 2-px dashed line stays crisp. */
    private static double snap(double y) {
        return Math.round(y) + 0.5;
    }

    private static <T extends Node> T unmanaged(T n, String style) {
        n.setManaged(false);
        if (style != null) {
            n.getStyleClass().add(style);
        }
        return n;
    }
}
