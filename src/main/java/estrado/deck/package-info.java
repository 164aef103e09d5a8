/** The deck: immutable model, YAML loading and validation with source locations. */
package estrado.deck;
