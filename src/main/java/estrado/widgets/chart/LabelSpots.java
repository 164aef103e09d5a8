package estrado.widgets.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/** Where a line plot's labels go so that they cross no line and no other label: plane geometry, no nodes. */
final class LabelSpots {
    /** Pixels of air kept round a label. */
    private static final double LABEL_AIR = 4;

    private LabelSpots() {
    }

    /**
     * Where a line's label goes: beside its last visible point, on the first side (above-left, right,
     * below-right, above-right, below-left) where it crosses no line (curve or capacity line) and no label
     * already placed, inside the plot. A steep line near the left edge used to run straight through its own label.
     * When every side crosses something (lines bunched together), the nearest free place further off.
     */
    static Bounds labelSpot(double px, double py, double lw, double lh, Bounds area, List<double[]> polylines,
            List<Bounds> taken) {
        double[][] sides = {{-lw - 14, -lh - 8}, {14, -lh / 2}, {14, 8}, {14, -lh - 8}, {-lw - 14, 8}};
        List<Bounds> spots = new ArrayList<>();
        for (double[] side : sides) {
            double x = Math.max(area.getMinX() + 6, Math.min(px + side[0], area.getMaxX() - lw));
            double y = Math.max(area.getMinY(), Math.min(py + side[1], area.getMaxY() - lh));
            spots.add(new BoundingBox(x, y, lw, lh));
        }
        for (Bounds spot : spots) {
            if (free(spot, taken) && polylines.stream().noneMatch(p -> crosses(p, air(spot)))) {
                return spot;
            }
        }
        // crowded (short lines bunched at the bottom, as in inference): the nearest place in the plot that is free
        // of lines and labels, tied to its point by a leader line (see LinePlot.layoutChildren)
        Bounds clear = nearestClear(px, py, lw, lh, area, polylines, taken);
        if (clear != null) {
            return clear;
        }
        // no such place: a side that only crosses a line still reads as this one's
        for (Bounds spot : spots) {
            if (free(spot, taken)) {
                return spot;
            }
        }
        // every side covers another label: the nearest free height to the left of the point, tied to it by a
        // leader line (see layoutChildren)
        Bounds first = spots.get(0);
        for (int k = 1; k < 40; k++) {
            for (int sign : new int[] {-1, 1}) {
                double y = first.getMinY() + sign * k * (lh / 3);
                if (y < area.getMinY() || y + lh > area.getMaxY()) {
                    continue;
                }
                Bounds spot = new BoundingBox(first.getMinX(), y, lw, lh);
                if (free(spot, taken)) {
                    return spot;
                }
            }
        }
        return first;
    }

    /** Pixels between the places {@link #nearestClear} tries, across and down. */
    private static final double SEARCH_STEP = 8;

    /** The place free of lines and labels nearest to the point (px, py), on a grid over the plot; null if none. */
    private static Bounds nearestClear(double px, double py, double lw, double lh, Bounds area, List<double[]> polylines,
            List<Bounds> taken) {
        Bounds best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double y = area.getMinY(); y + lh <= area.getMaxY(); y += SEARCH_STEP) {
            for (double x = area.getMinX() + 6; x + lw <= area.getMaxX(); x += SEARCH_STEP) {
                double dx = Math.max(0, Math.max(x - px, px - (x + lw)));
                double dy = Math.max(0, Math.max(y - py, py - (y + lh)));
                double distance = Math.hypot(dx, dy);
                if (distance >= bestDistance) {
                    continue;
                }
                Bounds spot = new BoundingBox(x, y, lw, lh);
                if (free(spot, taken) && polylines.stream().noneMatch(p -> crosses(p, air(spot)))) {
                    best = spot;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A few pixels of air round a label, for the stroke and the dots. */
    private static Bounds air(Bounds b) {
        return new BoundingBox(b.getMinX() - LABEL_AIR, b.getMinY() - LABEL_AIR, b.getWidth() + 2 * LABEL_AIR,
                b.getHeight() + 2 * LABEL_AIR);
    }

    private static boolean free(Bounds spot, List<Bounds> taken) {
        Bounds clear = air(spot);
        return taken.stream().noneMatch(clear::intersects);
    }

    /** Whether a polyline (x, y, x, y, …) passes through a box. */
    static boolean crosses(double[] points, Bounds box) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (segmentCrosses(points[i], points[i + 1], points[i + 2], points[i + 3], box)) {
                return true;
            }
        }
        return false;
    }

    /** One segment clipped to the box (Liang–Barsky): whether any of it is left. */
    private static boolean segmentCrosses(double x1, double y1, double x2, double y2, Bounds box) {
        double[] p = {x1 - x2, x2 - x1, y1 - y2, y2 - y1};
        double[] q = {x1 - box.getMinX(), box.getMaxX() - x1, y1 - box.getMinY(), box.getMaxY() - y1};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false; // parallel to this side and outside it
                }
            } else if (p[k] < 0) {
                t0 = Math.max(t0, q[k] / p[k]);
            } else {
                t1 = Math.min(t1, q[k] / p[k]);
            }
        }
        return t0 <= t1;
    }
}
