/** The app's own words: Spanish by default, English when the system asks for it. */
package estrado.i18n;
