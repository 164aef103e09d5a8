package estrado.timing;

import java.util.Optional;

/**
 * The outcome of reading a stored file: the value, or nothing and a message saying why (missing, corrupt,
 * partial). Loading never throws at the caller: a bad state file must not stop a lecture from starting.
 *
 * @param value   what was read, or {@code null}
 * @param problem why nothing was read, or {@code null} when the file is simply absent or was read fine
 */
public record Loaded<T>(T value, String problem) {

    static <T> Loaded<T> of(T value) {
        return new Loaded<>(value, null);
    }

    static <T> Loaded<T> absent() {
        return new Loaded<>(null, null);
    }

    static <T> Loaded<T> failed(String problem) {
        return new Loaded<>(null, problem);
    }

    /** The value, if one was read. */
    public Optional<T> get() {
        return Optional.ofNullable(value);
    }

    /** The problem, if the file existed but could not be used. */
    public Optional<String> message() {
        return Optional.ofNullable(problem);
    }
}
