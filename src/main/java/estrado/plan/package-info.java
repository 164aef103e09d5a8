/** The deck's time plan: the deck's sections and slides handed to timing, which knows nothing of decks. */
package estrado.plan;
