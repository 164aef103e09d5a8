package estrado.widgets.chart;

/**
 * The labels of a chart's horizontal capacity lines (16 GB · T4, 24 GB · L4…), placed from the bottom line
 * up. Two lines close together (16 and 24 GB on a tall scale) both keep their label: the upper one moves up
 * just enough to clear the one below, but never further than one label's spacing from its own line, where it
 * would read as another line's label; then it is left out and the dashed line stays unlabelled.
 */
final class MarkLabels {
    private final double spacing;
    private double below = Double.MAX_VALUE;

    MarkLabels(double spacing) {
        this.spacing = spacing;
    }

    /** The top y of the next label up, centred on its line when there is room; NaN to leave it out. */
    double next(double lineY, double height, boolean lineShown) {
        double centred = lineY - height / 2;
        double y = Math.min(centred, below - spacing);
        if (!lineShown || centred - y > spacing) {
            return Double.NaN;
        }
        below = y;
        return y;
    }
}
