/** Turns slides into JavaFX nodes on a fixed 1920×1080 logical canvas. */
package estrado.render;
