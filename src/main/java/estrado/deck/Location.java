package estrado.deck;

import java.nio.file.Path;

/** A place in a deck file, 1-based line and column, as editors count them. */
public record Location(Path file, int line, int column) {

    public static Location of(Path file) {
        return new Location(file, 1, 1);
    }

    public String display(Path base) {
        return fileName(base) + ":" + line + ":" + column;
    }

    /** The file as the user would name it: relative to {@code base} when inside it, with forward slashes. */
    public String fileName(Path base) {
        Path shown = file;
        if (base != null && file != null && file.isAbsolute() && file.startsWith(base)) {
            shown = base.relativize(file);
        }
        return shown == null ? "?" : shown.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return display(null);
    }
}
