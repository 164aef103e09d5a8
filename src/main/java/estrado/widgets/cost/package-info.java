/** Published training costs (pure data with citation keys) and the widget {@code cost-table}. */
package estrado.widgets.cost;
