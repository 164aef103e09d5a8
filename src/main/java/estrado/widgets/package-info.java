/** The widget registry, widget state shared by every view of a talk, and the widget types' parameter specs. */
package estrado.widgets;
