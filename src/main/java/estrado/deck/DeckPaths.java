package estrado.deck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Resolves paths written in a deck, refusing any that lead outside the deck folder. */
public final class DeckPaths {
    /** A URL scheme: two letters or more before the colon, so Windows drive letters stay paths. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private DeckPaths() {
    }

    public static Optional<Path> inside(Path base, String written, Location at, Problems problems) {
        if (written == null || written.isBlank()) {
            problems.error(at, "path.empty");
            return Optional.empty();
        }
        if (URL.matcher(written).matches() || written.startsWith("//") || written.startsWith("\\\\")) {
            // http:, https:, file:, jar:, data:… a deck reads files in its folder and never the network
            problems.error(at, "path.url", written);
            return Optional.empty();
        }
        Path rel;
        try {
            rel = base.getFileSystem().getPath(written.replace('\\', '/'));
        } catch (InvalidPathException e) {
            problems.error(at, "path.invalid", written);
            return Optional.empty();
        }
        if (rel.isAbsolute() || written.startsWith("/") || written.matches("^[A-Za-z]:.*")) {
            problems.error(at, "path.absolute", written);
            return Optional.empty();
        }
        Path resolved = base.resolve(rel).normalize();
        Path root = base.toAbsolutePath().normalize();
        // section files live in slides/, assets beside it: both must stay under the deck root
        Path deckRoot = root.getFileName() != null && "slides".equals(root.getFileName().toString()) && root.getParent() != null
                ? root.getParent() : root;
        if (!resolved.startsWith(deckRoot)) {
            problems.error(at, "path.outside", written);
            return Optional.empty();
        }
        if (Files.exists(resolved)) {
            try {
                Path real = resolved.toRealPath();
                Path realRoot = deckRoot.toRealPath();
                if (!real.startsWith(realRoot)) {
                    problems.error(at, "path.outside", written);
                    return Optional.empty();
                }
            } catch (IOException | UnsupportedOperationException e) {
                return Optional.of(resolved);
            }
        }
        return Optional.of(resolved);
    }

    /**
     * For a file that does not exist: the path as written with its file name spelt as the one file in the same
     * folder whose name differs only in case ({@code assets/GPU.png} → {@code assets/gpu.png}). A deck written on
     * Windows, where case does not matter, loses its pictures on Linux or macOS otherwise without saying why.
     */
    public static Optional<String> sameNameOtherCase(Path missing, String written) {
        Path folder = missing.getParent();
        Path name = missing.getFileName();
        if (folder == null || name == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            Optional<String> actual = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.equalsIgnoreCase(name.toString()) && !n.equals(name.toString()))
                    .findFirst();
            int slash = Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\'));
            return actual.map(n -> written.substring(0, slash + 1) + n);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
