/**
 * What every widget sizes: the model presets (one table for the calculators, the CLI and the diagrams), their
 * architecture, number formats and the GPU presets. Pure calculators: no JavaFX here.
 */
package estrado.widgets.model;
