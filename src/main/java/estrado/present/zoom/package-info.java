/** The zoom: a rectangle dragged on a live slide, magnified on the projector with its widgets still live. */
package estrado.present.zoom;
