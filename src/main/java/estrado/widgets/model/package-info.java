/** Pure calculators behind the slide widgets (VRAM, quantization, LoRA, costs); no JavaFX here. */
package estrado.widgets.model;
