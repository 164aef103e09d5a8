/** The widget {@code memory-breakdown}: the same model served and fully trained, side by side, from the VRAM estimator. */
package estrado.widgets.memory;
