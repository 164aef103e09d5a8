package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Layout;
import estrado.deck.Problem;
import estrado.deck.TestDecks;
import estrado.render.WidgetViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/deck-format.md load and check without errors, so a reader can copy them. */
class DeckFormatExamplesTest {
    private static final Pattern YAML = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static String doc() throws Exception {
        return Files.readString(Path.of("docs/deck-format.md"));
    }

    /** The first yaml block after {@code marker}. */
    private static String blockAfter(String doc, String marker) {
        Matcher m = YAML.matcher(doc);
        assertTrue(m.find(doc.indexOf(marker)), marker);
        return m.group(1);
    }

    private CheckCommand.Report check(Path deck) {
        return CheckCommand.inspect(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()), false);
    }

    @Test
    void theCompleteExampleChecksWithoutErrorsAndUsesDurationTodoAndAgenda() throws Exception {
        String doc = doc();
        Path deck = TestDecks.write(dir, blockAfter(doc, "`slides/deck.yaml`:").replace("01_intro_motivacional.yaml",
                "s1.yaml"), blockAfter(doc, "`slides/01_intro_motivacional.yaml`:"));
        CheckCommand.Report r = check(deck);
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
        assertEquals(1, r.todos().size());
        assertTrue(r.deck().slides().stream().anyMatch(s -> s.layout() == Layout.AGENDA));
        assertTrue(r.deck().slides().stream().anyMatch(s -> s.durationMinutes().isPresent()));
    }

    @Test
    void everySlideSnippetChecksWithoutErrors() throws Exception {
        Matcher m = YAML.matcher(doc());
        List<String> slides = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).startsWith("  - id:")) {
                slides.add(m.group(1));
            }
        }
        assertTrue(slides.size() >= 4, slides::toString);
        for (int i = 0; i < slides.size(); i++) {
            Path deck = TestDecks.withSection(dir.resolve("s" + i), "id: s1\ntitle: Uno\nbudget: 90\nslides:\n"
                    + slides.get(i));
            List<Problem> errors = check(deck).problems().stream().filter(Problem::isError).toList();
            assertEquals(List.of(), errors, slides.get(i));
        }
    }
}
