/** The pen and the highlighter: the ink of a talk, drawn on the live slides and kept with the run. */
package estrado.present.ink;
