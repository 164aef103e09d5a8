package estrado.widgets.calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calculators stay pure: the CLI and tests use them without a JavaFX toolkit. */
class PurityTest {

    @Test
    void noJavaFxInTheCalculatorPackage() throws IOException {
        Path dir = Path.of("src", "main", "java", "estrado", "widgets", "calc");
        List<Path> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("javafx.");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(offenders.isEmpty(), "JavaFX used in " + offenders);
    }
}
