package estrado.widgets.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * What a lecturer checks on a chart's GPU lines, as seen on the projector (h5 trial: "48 GB · A6000" beside the
 * 80 GB line, no "40 GB" label at all): every drawn line has its label, whole; each label sits at its own line (its
 * centre nearer its line than any other, within half its height) or is tied to its line by a leader; no two labels
 * overlap. Lines, labels and leaders are read from the laid-out nodes, in scene coordinates.
 */
public final class CapacityLabelCheck {
    private CapacityLabelCheck() {
    }

    /**
     * The faults of one laid-out view, each as "setting: what"; {@code sizes} are the lines' values in the order
     * drawn, smallest first ("16 GB"), which each label must start with. Returns how many drawn lines it looked at.
     */
    public static int check(Parent view, String setting, List<String> sizes, List<String> faults) {
        List<Line> lines = nodes(view, ".w-mark-line", Line.class);
        List<Label> labels = nodes(view, ".w-mark-label", Label.class);
        List<Line> leaders = nodes(view, ".w-mark-leader", Line.class);
        if (lines.size() != sizes.size() || labels.size() != sizes.size()) {
            faults.add(setting + ": " + lines.size() + " lines and " + labels.size() + " labels for " + sizes);
            return 0;
        }
        List<Integer> drawn = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).isVisible()) {
                drawn.add(k);
            }
        }
        List<Bounds> boxes = new ArrayList<>();
        for (int k : drawn) {
            Line line = lines.get(k);
            Label label = labels.get(k);
            double lineY = line.localToScene(line.getEndX(), line.getEndY()).getY();
            Bounds box = label.localToScene(label.getLayoutBounds());
            String name = setting + ": '" + label.getText() + "'";
            if (!label.isVisible()) {
                faults.add(name + " missing beside its drawn line");
                continue;
            }
            if (!label.getText().equals(sizes.get(k)) && !label.getText().startsWith(sizes.get(k) + " ")) {
                faults.add(name + " belongs to another line than " + sizes.get(k));
            }
            if (label.getWidth() < label.prefWidth(-1) - 0.5) {
                faults.add(name + " cut: " + label.getWidth() + " px of " + label.prefWidth(-1));
            }
            double centre = box.getCenterY();
            double tolerance = box.getHeight() / 2;
            for (int j : drawn) {
                if (j != k) {
                    double other = lines.get(j).localToScene(0, lines.get(j).getEndY()).getY();
                    tolerance = Math.min(tolerance, Math.abs(other - lineY) / 2);
                }
            }
            if (Math.abs(centre - lineY) > tolerance + 0.5 && !tied(leaders, k, line, box)) {
                faults.add(name + " centre " + Math.round(centre) + " is " + Math.round(Math.abs(centre - lineY))
                        + " px off its line at " + Math.round(lineY) + " (tolerance " + Math.round(tolerance)
                        + ") with no leader");
            }
            for (int i = 0; i < boxes.size(); i++) {
                Bounds other = boxes.get(i);
                double w = Math.min(box.getMaxX(), other.getMaxX()) - Math.max(box.getMinX(), other.getMinX());
                double h = Math.min(box.getMaxY(), other.getMaxY()) - Math.max(box.getMinY(), other.getMinY());
                if (w > 0.5 && h > 0.5) {
                    faults.add(name + " overlaps '" + labels.get(drawn.get(i)).getText() + "'");
                }
            }
            boxes.add(box);
        }
        return drawn.size();
    }

    /** A visible leader from the line's right end to the label's left side, at the label's middle. */
    private static boolean tied(List<Line> leaders, int k, Line line, Bounds label) {
        if (k >= leaders.size() || !leaders.get(k).isVisible()) {
            return false;
        }
        Line leader = leaders.get(k);
        Point2D from = leader.localToScene(leader.getStartX(), leader.getStartY());
        Point2D to = leader.localToScene(leader.getEndX(), leader.getEndY());
        Point2D lineEnd = line.localToScene(line.getEndX(), line.getEndY());
        return from.distance(lineEnd) <= 1 && Math.abs(to.getY() - label.getCenterY()) <= 1
                && to.getX() <= label.getMinX() && to.getX() >= label.getMinX() - 12;
    }

    private static <T extends Node> List<T> nodes(Parent view, String selector, Class<T> type) {
        return view.lookupAll(selector).stream().flatMap(n -> type.isInstance(n) ? Stream.of(type.cast(n))
                : Stream.empty()).toList();
    }
}
