/** Memory of one model at each precision (pure) and the widget {@code quantization-chart}. */
package estrado.widgets.quantization;
