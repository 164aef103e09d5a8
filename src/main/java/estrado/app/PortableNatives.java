package estrado.app;

import estrado.preflight.StateFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * JavaFX's native libraries for the jar that runs anywhere ({@code java -jar estrado.jar}).
 *
 * <p>The jar carries them for every system under {@code estrado/natives/<system>/}, listed with size and
 * CRC-32 in {@code estrado/natives/index.properties} (written by packaging/PortableJar.java). They cannot sit
 * at the jar's root, where JavaFX looks for them: Linux x64 and aarch64 both have a {@code libglass.so},
 * and so do the two Macs. Before the toolkit starts, this system's set is copied to a cache folder (once;
 * later starts only compare sizes and checksums) and put first on {@code java.library.path}, which JavaFX's
 * loader reads next. Without the index (the installers' own runtime, {@code mvn javafx:run}, the tests)
 * nothing happens and JavaFX finds its libraries as before.
 */
final class PortableNatives {
    static final String FOLDER = "estrado/natives/";
    static final String INDEX = "estrado/natives/index.properties";
    private static final String VERSION_KEY = "javafx.version";

    private PortableNatives() {
    }

    /**
     * Called first thing in main, before any JavaFX class loads a library. It and what it calls use no
     * lambda, method reference or string concatenation ({@code +}): each is an invokedynamic whose first
     * use costs start-up time (about 0.1 s of CPU, measured on {@code --version}) a command that never
     * starts JavaFX would not pay otherwise.
     */
    static void prepare() {
        ClassLoader jar = PortableNatives.class.getClassLoader();
        try (InputStream in = jar.getResourceAsStream(INDEX)) {
            if (in == null) {
                return;
            }
            Properties index = new Properties();
            index.load(in);
            Optional<String> system = system(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
            if (system.isEmpty() || !carries(index, system.get())) {
                return; // JavaFX then says itself which library it misses
            }
            Path cache = Path.of(System.getProperty("user.home"), ".openjfx", "cache",
                    index.getProperty(VERSION_KEY, "unknown"), system.get());
            Path dir;
            try {
                dir = unpack(index, system.get(), cache, jar);
            } catch (IOException | UncheckedIOException e) {
                // a read-only home, or an older copy in use by another estrado (Windows locks loaded DLLs)
                dir = unpack(index, system.get(), Files.createTempDirectory("estrado-javafx-"), jar);
            }
            String path = System.getProperty("java.library.path", "");
            System.setProperty("java.library.path",
                    path.isEmpty() ? dir.toString() : String.join(File.pathSeparator, dir.toString(), path));
        } catch (IOException | UncheckedIOException e) {
            // nothing usable: JavaFX reports the missing library in its own words
        }
    }

    /**
     * The jar's name for a system: {@code linux-x64}, {@code linux-aarch64}, {@code windows-x64},
     * {@code macos-x64}, {@code macos-aarch64}; empty for a system JavaFX has no build for.
     */
    static Optional<String> system(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String family = os.startsWith("windows") ? "windows"
                : os.startsWith("mac") || os.startsWith("darwin") ? "macos"
                : os.startsWith("linux") ? "linux" : null;
        String bits = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return family == null || bits == null ? Optional.empty() : Optional.of(String.join("-", family, bits));
    }

    static boolean carries(Properties index, String system) {
        String prefix = system.concat("/");
        for (String key : index.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the system's libraries listed in the index into {@code dir}, except those already there with
     * the same size and checksum; each through a temporary file and a rename ({@link StateFiles}), so a
     * crash or a second estrado starting at the same moment never leaves half a library behind.
     */
    static Path unpack(Properties index, String system, Path dir, ClassLoader jar) throws IOException {
        Files.createDirectories(dir);
        String prefix = system.concat("/");
        for (String key : index.stringPropertyNames()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            Path target = dir.resolve(key.substring(prefix.length()));
            String expected = index.getProperty(key).trim();
            if (Files.isRegularFile(target) && expected.equals(fingerprint(target))) {
                continue;
            }
            String resource = FOLDER.concat(key);
            byte[] bytes;
            try (InputStream in = jar.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("missing from the jar: ".concat(resource));
                }
                bytes = in.readAllBytes();
            }
            if (!expected.equals(fingerprint(bytes))) {
                throw new IOException("damaged in the jar: ".concat(resource));
            }
            StateFiles.writeAtomically(target, bytes);
        }
        return dir;
    }

    /** {@code size:crc32} in hex, as the index lists each library. */
    static String fingerprint(Path file) throws IOException {
        return fingerprint(Files.readAllBytes(file));
    }

    static String fingerprint(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.join(":", Integer.toString(bytes.length), Long.toHexString(crc.getValue()));
    }
}
