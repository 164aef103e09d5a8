/** The widget {@code training-cycle}: the four phases of training a model, with their published costs. */
package estrado.widgets.cycle;
