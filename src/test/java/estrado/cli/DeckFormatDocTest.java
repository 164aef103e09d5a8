package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Problem;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every YAML example of docs/deck-format.md is a test. The HTML comment before each fence says what the
 * snippet is, so the test can make a deck of it:
 * {@code deck} (a deck.yaml, checked with the section examples it lists), {@code section NAME} (a whole
 * section file), {@code slides} (items of a section's {@code slides:}), {@code blocks} (items of a slide's
 * {@code blocks:}); a {@code section NAME.md} example is a whole Markdown section file, in a ```markdown (or
 * ````markdown) fence. An example marked {@code fails} must print exactly the plain fence that follows it;
 * every other one must check without errors, against the repository's bibliography.
 */
class DeckFormatDocTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example: (deck|section|slides|blocks)(?: ([\\w.-]+\\.(?:yaml|md)))?( fails)? -->\n(`{3,})(?:yaml|markdown)\n"
                    + "(.*?)^\\4$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^`{3,}(yaml|markdown)$", Pattern.MULTILINE);
    private static final Pattern OUTPUT = Pattern.compile("```\n(.*?)```", Pattern.DOTALL);
    private static final String BIB = "bib/referencias_entrenamiento.bib";

    private record Example(String kind, String file, boolean fails, String yaml, String output) { }

    @TempDir
    Path dir;

    private static List<Example> examples(String doc) {
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(doc);
        while (m.find()) {
            String output = null;
            if (m.group(3) != null) {
                Matcher o = OUTPUT.matcher(doc);
                assertTrue(o.find(m.end()), "a failing example is followed by its output: " + m.group(5));
                output = o.group(1);
            }
            out.add(new Example(m.group(1), m.group(2) == null ? "s1.yaml" : m.group(2), m.group(3) != null,
                    m.group(5), output));
        }
        return out;
    }

    private Path deck(String name, String deckYaml, List<Example> sections) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("slides"));
        Files.createDirectories(root.resolve("bib"));
        Files.copy(Path.of(BIB), root.resolve(BIB));
        Files.writeString(root.resolve("slides/deck.yaml"), deckYaml);
        for (Example s : sections) {
            Files.writeString(root.resolve("slides").resolve(s.file()), sectionText(s));
        }
        return root;
    }

    private static String sectionText(Example e) {
        String slides = switch (e.kind()) {
            case "section" -> null;
            case "slides" -> e.yaml();
            default -> "  - id: ejemplo\n    title: Ejemplo\n    blocks:\n" + e.yaml();
        };
        return slides == null ? e.yaml() : "id: ejemplo\ntitle: Ejemplo\nbudget: 90\nslides:\n" + slides;
    }

    private static String deckFor(Example e) {
        return "title: Ejemplo\nduration: 90\nbibliography: " + BIB + "\nsections:\n  - " + e.file() + "\n";
    }

    private static String run(Path deck) {
        StringWriter out = new StringWriter();
        Cli.run(new String[] {"check", deck.toString(), "--no-render"}, WidgetViews.none(), folder -> {
            throw new AssertionError("check must never open a window");
        }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    @Test
    void everyYamlExampleIsMarkedAndChecksAsTheDocSays() throws Exception {
        String doc = Files.readString(Path.of("docs/deck-format.md"));
        List<Example> examples = examples(doc);
        int fences = (int) FENCE.matcher(doc).results().count();
        assertEquals(fences, examples.size(), "every ```yaml and ```markdown fence has its <!-- example: … -->");
        assertTrue(examples.stream().anyMatch(e -> e.file().endsWith(".md") && !e.fails()), "a Markdown section");
        List<String> inDecks = new ArrayList<>();
        int n = 0;
        for (Example e : examples) {
            if (e.kind().equals("deck")) {
                List<Example> listed = examples.stream()
                        .filter(s -> s.kind().equals("section") && e.yaml().contains("- " + s.file())).toList();
                assertTrue(!listed.isEmpty(), "the deck example's sections are examples too");
                listed.forEach(s -> inDecks.add(s.file()));
                assertNoErrors(deck("deck" + n++, e.yaml(), listed), e.yaml());
            }
        }
        for (Example e : examples) {
            if (e.kind().equals("deck") || e.kind().equals("section") && inDecks.contains(e.file())) {
                continue;
            }
            Path deck = deck("example" + n++, deckFor(e), List.of(e));
            if (e.fails()) {
                assertEquals(e.output(), run(deck), e.yaml());
            } else {
                assertNoErrors(deck, e.yaml());
            }
        }
        assertTrue(examples.stream().anyMatch(Example::fails), "the doc shows an error as check prints it");
        assertTrue(examples.stream().filter(e -> e.kind().equals("blocks")).count() >= 2, examples::toString);
    }

    private static void assertNoErrors(Path deck, String example) {
        CheckCommand.Report r = CheckCommand.inspect(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()), false);
        assertEquals(List.of(), r.problems().stream().filter(Problem::isError).map(Problem::toString).toList(),
                example);
    }
}
