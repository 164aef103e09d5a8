package estrado.timing;

/** How the talk is going against the plan, in the spirit of pdfpc's progress status. */
public enum PaceStatus {
    /** The timer has not started. */
    PRE_TALK,
    /** Within the tolerance band of the plan. */
    ON_PLAN,
    /** Later than the plan by more than the tolerance. */
    BEHIND,
    /** Earlier than the plan by more than the tolerance. */
    AHEAD,
    /** The last minutes of the slot: wrap up, whatever the delta. */
    LAST_MINUTES,
    /** The slot is used up. */
    OVERTIME
}
