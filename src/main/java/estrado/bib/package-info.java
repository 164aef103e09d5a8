/** BibTeX bibliography of the deck: loading, citation markers and short/full reference formatting. */
package estrado.bib;
