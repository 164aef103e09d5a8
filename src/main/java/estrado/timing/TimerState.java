package estrado.timing;

/** Where the talk timer is in its life. */
public enum TimerState {
    /** Before the first advance from the title slide (or T). */
    NOT_STARTED,
    /** The talk clock runs. */
    RUNNING,
    /** Paused for questions: the talk clock stands still. */
    PAUSED,
    /** The talk ended; elapsed time is frozen at the end. */
    FINISHED
}
