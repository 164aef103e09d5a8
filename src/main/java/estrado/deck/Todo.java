package estrado.deck;

/**
 * A production to-do the author left on a slide ({@code todo:}): something to verify or finish before
 * the lecture. It is for whoever prepares the deck, so only {@code check} lists it; no window, dialog,
 * note or export shows it.
 */
public record Todo(String text, Location location) {
}
