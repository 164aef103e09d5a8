/** The talk plan (section budgets against the slot), pacing, the talk timer, rehearsal logs and their storage. */
package estrado.timing;
