package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.deck.Problem;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A citation key missing from the bibliography is pointed at in the .md file, also on a paragraph's 2nd line. */
class MarkdownCitationLocationTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownKeyIsReportedAtItsOwnColumn() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("slides"));
        Files.createDirectories(dir.resolve("bib"));
        Files.copy(Path.of("bib/referencias_entrenamiento.bib"), dir.resolve("bib/refs.bib"));
        Files.writeString(slides.resolve("deck.yaml"), "title: Citas\nduration: 10\nbibliography: bib/refs.bib\n"
                + "sections:\n  - s1.md\n");
        Files.writeString(slides.resolve("s1.md"), """
                ---
                id: s1
                title: Uno
                budget: 10
                ---

                ---
                id: a
                ---
                # LoRA

                Un adaptador chico \\cite{hu2021lora}
                y la cuenta de la memoria \\cite{hu2021lro}.

                | Modelo | Fuente |
                | --- | --- |
                | Llama | \\cite{llama33_trainig} |
                """);
        List<String> errors = CheckCommand.inspect(dir, WidgetViews.none(), false).problems().stream()
                .filter(Problem::isError).map(p -> p.location().line() + ":" + p.location().column()).toList();
        assertEquals(List.of("13:33", "17:17"), errors);
    }
}
