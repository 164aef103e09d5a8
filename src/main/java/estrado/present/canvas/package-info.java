/** What draws over a live slide in canvas pixels: the viewport that scales a 1920×1080 slide to a window, and the layers that follow it. */
package estrado.present.canvas;
