/** Wiring: builds the registries and hands them to the command line and the windows. */
package estrado.app;
