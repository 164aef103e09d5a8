package estrado.widgets.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A big total with two smaller lines (its GiB, its share per GPU): beside it, stacked, while they fit the width;
 * otherwise on one line under it, and each on its own line when even that is too wide. Millions of GB (a batch
 * of 256 × 131.072 tokens) must stay whole and inside the widget without making the total smaller.
 */
public final class TotalLine extends Region {
    private static final double GAP = 24;

    private final Label total;
    private final Label first;
    private final Label second;

    public TotalLine(Label total, Label first, Label second) {
        this.total = total;
        this.first = first;
        this.second = second;
        getChildren().addAll(total, first, second);
    }

    private enum Shape { BESIDE, UNDER_ONE_LINE, UNDER_TWO_LINES }

    private Shape shape(double width) {
        double w = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        if (w(total) + GAP + Math.max(w(first), w(second)) <= w) {
            return Shape.BESIDE;
        }
        return w(first) + GAP + w(second) <= w ? Shape.UNDER_ONE_LINE : Shape.UNDER_TWO_LINES;
    }

    private static double w(Label l) {
        return l.isVisible() && !l.getText().isEmpty() ? l.prefWidth(-1) : 0;
    }

    private static double h(Label l) {
        return l.isVisible() && !l.getText().isEmpty() ? l.prefHeight(-1) : 0;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + w(total) + GAP + Math.max(w(first), w(second)) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(w(total), Math.max(w(first), w(second))) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double sides = switch (shape(width)) {
            case BESIDE -> Math.max(h(total), h(first) + h(second));
            case UNDER_ONE_LINE -> under() + Math.max(h(first), h(second));
            case UNDER_TWO_LINES -> under() + h(first) + h(second);
        };
        return snappedTopInset() + sides + snappedBottomInset();
    }

    /** Where a line under the total starts, from the top. */
    private double under() {
        return h(total);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double th = h(total);
        double fh = h(first);
        double sh = h(second);
        total.resizeRelocate(x, y + Math.max(0, fh + sh - th), w(total), th);
        switch (shape(getWidth())) {
            case BESIDE -> {
                double bottom = y + Math.max(th, fh + sh);
                double sx = x + w(total) + GAP;
                first.resizeRelocate(sx, bottom - sh - fh, w(first), fh);
                second.resizeRelocate(sx, bottom - sh, w(second), sh);
            }
            case UNDER_ONE_LINE -> {
                total.relocate(x, y);
                double line = Math.max(fh, sh);
                first.resizeRelocate(x, y + under() + line - fh, w(first), fh);
                second.resizeRelocate(x + w(first) + GAP, y + under() + line - sh, w(second), sh);
            }
            case UNDER_TWO_LINES -> {
                total.relocate(x, y);
                first.resizeRelocate(x, y + under(), w(first), fh);
                second.resizeRelocate(x, y + under() + fh, w(second), sh);
            }
        }
    }
}
