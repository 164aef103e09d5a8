/** Memory against batch size (pure) and the widget {@code batch-scaling}. */
package estrado.widgets.batch;
