/** Slides written out as files: a PDF (vector, selectable text, outline, handout) or one PNG per slide. */
package estrado.export;
