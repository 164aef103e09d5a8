/** The VRAM calculator: the estimator, its inputs and estimate, the lecture's one-line rule (pure), and the widget {@code vram-calculator} with its state. */
package estrado.widgets.vram;
