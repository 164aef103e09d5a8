/**
 * Controls sized for a projector and the pieces every widget view shares (a root with the widgets' stylesheet,
 * sliders, segmented buttons, the live binding of a view to its state). The charts are in {@code widgets.chart}.
 */
package estrado.widgets.ui;
