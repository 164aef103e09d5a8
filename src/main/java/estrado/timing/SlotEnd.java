package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The fixed end of a class on the wall clock (10:15–11:45 ends at 11:45): how much time is left at a moment. */
public record SlotEnd(LocalTime end) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** "11:45" or "9:05"; empty when the text is no time of day. */
    public static Optional<SlotEnd> parse(String hhmm) {
        if (hhmm == null || hhmm.isBlank()) {
            return Optional.empty();
        }
        String t = hhmm.trim();
        try {
            return Optional.of(new SlotEnd(LocalTime.parse(t.length() == 4 ? "0" + t : t, CLOCK)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Minutes from {@code start} to the end, the same day; zero or less when the end is not after it. */
    public double minutesLeftAt(LocalTime start) {
        return Duration.between(start, end).toMillis() / 60_000.0;
    }

    /** Minutes from the instant {@code now} (in {@code zone}) to the end of that day's slot. */
    public double minutesLeftAt(Instant now, ZoneId zone) {
        ZonedDateTime at = now.atZone(zone);
        return Duration.between(at, at.with(end)).toMillis() / 60_000.0;
    }

    /** "11:45". */
    public String text() {
        return CLOCK.format(end);
    }
}
