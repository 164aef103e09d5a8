package estrado.bib;

/**
 * One key cited by a {@code \cite{…}} marker in a text.
 *
 * @param key      the citation key
 * @param start    offset of the marker's backslash (every key of one marker shares it)
 * @param end      offset just after the marker's closing brace
 * @param keyStart offset of this key inside the marker, for errors that point at the key itself
 */
public record Citation(String key, int start, int end, int keyStart) {
}
