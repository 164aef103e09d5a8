/** Charts drawn in code for the widgets (stacked columns, line plots, their capacity-line labels); see decision 0006. */
package estrado.widgets.chart;
