package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A closed pause of the talk clock, the half-open interval [start, end).
 *
 * @param start when the pause began
 * @param end   when the talk resumed
 */
public record Pause(Instant start, Instant end) {

    public Pause {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("pause ends before it starts: " + start + " .. " + end);
        }
    }

    /** How long the pause lasted. */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** How much of [from, to) falls inside this pause; used to take pauses out of wall-clock intervals. */
    public Duration overlap(Instant from, Instant to) {
        Instant a = start.isAfter(from) ? start : from;
        Instant b = end.isBefore(to) ? end : to;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }
}
