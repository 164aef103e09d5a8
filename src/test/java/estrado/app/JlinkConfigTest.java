package estrado.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The installer's runtime (jlink.config) keeps the modules no tool can see the app needs: the
 * installer build checks the rest with jdeps, but these two are found as services at run time.
 */
class JlinkConfigTest {
    @Test
    void runtimeKeepsTheZipFileSystemAndSpanishLocaleData() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("jlink.config")).stream()
                .map(String::strip).filter(l -> !l.startsWith("#")).toList();
        Set<String> modules = lines.stream().filter(l -> l.startsWith("--add-modules"))
                .flatMap(l -> Arrays.stream(l.substring("--add-modules".length()).strip().split(",")))
                .map(String::strip).collect(Collectors.toSet());
        // the bundled deck is read from inside the app's jar through a zip file system
        assertTrue(modules.contains("jdk.zipfs"), modules::toString);
        // without it Spanish formats fall back to English: 10,000 and 1.2 instead of 10.000 and 1,2
        assertTrue(modules.contains("jdk.localedata"), modules::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("--include-locales\\s+.*\\bes\\b.*")), lines::toString);
    }
}
