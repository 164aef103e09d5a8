/**
 * Markdown section files ({@code NN_name.md}): read into the same YAML node tree a YAML section gives, so one
 * loader checks both and every problem keeps its place in the {@code .md} file. See docs/deck-format.md and
 * docs/decisions/0015-markdown-sections.md.
 */
package estrado.deck.markdown;
