/** The one presentation state and the windows that show it. */
package estrado.present;
