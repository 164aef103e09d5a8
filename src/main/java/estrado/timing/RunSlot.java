package estrado.timing;

/**
 * How a run's plan was fitted to the real slot when its clock started (issue 12): from which slide, until which
 * fixed end, and the minutes of plan scaled into the minutes left.
 *
 * @param fromSlideId the slide the talk started from
 * @param end         the slot's end as "HH:mm", or {@code null} when the deck's duration was the slot
 * @param minutesLeft the time the rest of the plan was scaled into
 * @param planMinutes the budgets of the rest of the plan, as written
 */
public record RunSlot(String fromSlideId, String end, double minutesLeft, double planMinutes) {
}
