package estrado.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A manual correction of the talk clock (the lecturer's ±1 min keys), kept so the log shows why time jumped.
 *
 * @param at     when the correction was made
 * @param amount what was added to the elapsed time (negative to take time off)
 */
public record Correction(Instant at, Duration amount) {

    public Correction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
    }
}
