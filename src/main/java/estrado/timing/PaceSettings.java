package estrado.timing;

import java.time.Duration;
import java.util.Objects;

/**
 * The lecturer's thresholds for pacing: how far from the plan still counts as on plan, and when the end of the
 * slot and of a section start to be announced.
 *
 * @param tolerance      the band around the plan, each side
 * @param lastMinutes    warning before the end of the slot
 * @param sectionWarning warning before the end of a section's budget
 * @param slotEnd        the class's fixed end ({@code present --end}), or {@code null}: remembered or none
 */
public record PaceSettings(Duration tolerance, Duration lastMinutes, Duration sectionWarning, SlotEnd slotEnd) {

    public PaceSettings(Duration tolerance, Duration lastMinutes, Duration sectionWarning) {
        this(tolerance, lastMinutes, sectionWarning, null);
    }

    public PaceSettings {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(lastMinutes, "lastMinutes");
        Objects.requireNonNull(sectionWarning, "sectionWarning");
    }

    /** ±60 s, the last 5 minutes of the slot, the last minute of a section. */
    public static PaceSettings defaults() {
        return new PaceSettings(PaceTracker.DEFAULT_TOLERANCE, PaceTracker.DEFAULT_LAST_MINUTES,
                PaceTracker.DEFAULT_SECTION_WARNING);
    }

    /** The same settings with a fixed end of the class. */
    public PaceSettings withSlotEnd(SlotEnd end) {
        return new PaceSettings(tolerance, lastMinutes, sectionWarning, end);
    }
}
