/** The JavaFX views of the slide widgets; each binds a widget state to a pure calculator in {@code widgets.calc}. */
package estrado.widgets.ui;
