/**
 * Before the talk: which screen gets which role (remembered per set of monitors), and the pre-lecture check shared
 * by the dialog in the app and {@code estrado doctor}.
 */
package estrado.preflight;
