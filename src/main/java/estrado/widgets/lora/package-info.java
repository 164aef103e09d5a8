/** LoRA's parameter count (pure) and the widget {@code lora-rank}. */
package estrado.widgets.lora;
