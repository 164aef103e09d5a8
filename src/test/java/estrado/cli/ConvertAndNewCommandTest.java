package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.markdown.ModelText;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code estrado convert DECK_DIR --to md} keeps every slide as it was; {@code estrado new} starts a clean deck. */
class ConvertAndNewCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void convertingTheClase2DeckKeepsEverySlideAndPointsTheDeckAtTheMarkdownFiles() throws IOException {
        Path deck = estrado.deck.TestDecks.bundledYamlForm(dir.resolve("clase2"));
        DeckLoader.Result before = new DeckLoader().load(deck);
        CliRun r = run("convert", deck.toString(), "--to", "md");
        assertEquals(0, r.code(), r.err());
        String deckYaml = Files.readString(deck.resolve("slides/deck.yaml"));
        assertTrue(deckYaml.contains("  - 01_intro_motivacional.md\n") && !deckYaml.contains("_motivacional.yaml"),
                deckYaml);
        assertTrue(deckYaml.startsWith("title: \"Clase 2: Entrenamiento de LLMs\"\n"), "the rest is left as written");
        DeckLoader.Result after = new DeckLoader().load(deck);
        assertEquals(List.of(), after.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        List<estrado.deck.Slide> a = before.deck().orElseThrow().slides();
        List<estrado.deck.Slide> b = after.deck().orElseThrow().slides();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(ModelText.of(a.get(i)), ModelText.of(b.get(i)));
            assertTrue(b.get(i).location().file().toString().endsWith(".md"), b.get(i).id());
        }
        assertTrue(r.out().contains("9 secciones convertidas, 69 diapositivas"), r.out());
        CliRun again = run("convert", deck.toString(), "--to", "md");
        assertEquals(0, again.code(), "converting again finds nothing to convert");
        assertTrue(again.out().contains("no hay secciones YAML"), again.out());
    }

    @Test
    void aSlideThatWouldReadDifferentlyStopsTheConversionAndNothingIsWritten() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("raro/slides"));
        Files.writeString(slides.resolve("deck.yaml"), "title: Raro\nduration: 10\nsections:\n  - s1.yaml\n");
        // a paragraph that Markdown would read as a list item: the converter must notice, not change the slide
        Files.writeString(slides.resolve("s1.yaml"), "id: s1\ntitle: Uno\nbudget: 10\nslides:\n  - id: a\n"
                + "    title: A\n    blocks:\n      - '- no es una lista'\n");
        CliRun r = run("convert", slides.getParent().toString(), "--to", "md");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("«a»"), r.err());
        assertFalse(Files.exists(slides.resolve("s1.md")));
        assertTrue(Files.readString(slides.resolve("deck.yaml")).contains("- s1.yaml"));
    }

    @Test
    void convertOnlyKnowsMarkdown() {
        CliRun r = run("convert", dir.toString(), "--to", "pdf");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--to md"), r.err());
    }

    @Test
    void aNewDeckChecksCleanAndShowsEveryBlockKind() throws IOException {
        Path deck = dir.resolve("nueva");
        CliRun r = run("new", deck.toString(), "--title", "Clase 3: Inferencia eficiente", "--minutes", "45");
        assertEquals(0, r.code(), r.err());
        CheckCommand.Report report = CheckCommand.inspect(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()), true);
        assertEquals(List.of(), report.problems().stream().filter(p -> !p.message().startsWith("pendiente"))
                .map(Problem::toString).toList(), "no errors and no warnings");
        DeckLoader.Result loaded = new DeckLoader().load(deck);
        estrado.deck.Deck d = loaded.deck().orElseThrow();
        assertEquals("Clase 3: Inferencia eficiente", d.title());
        assertEquals(45, d.durationMinutes());
        assertEquals(45, d.budgetSumMinutes(), 1e-9);
        List<Class<?>> kinds = d.slides().stream()
                .flatMap(s -> DeckLoader.allBlocks(s.blocks(), s.right()).stream()).map(Object::getClass)
                .distinct().toList();
        for (Class<?> kind : estrado.deck.Block.class.getPermittedSubclasses()) {
            assertTrue(kinds.contains(kind), "the new deck shows a " + kind.getSimpleName());
        }
        assertEquals(1, run("new", deck.toString()).code(), "an existing deck is never overwritten");
    }

    /**
     * A lecturer presenting a new deck read "adelantado −04:09" three seconds after leaving the title slide: the title
     * slide (no {@code duration}, as the template writes it) took an even share of its section, but the clock starts
     * when it is left. The title slide plans no time; the second slide starts at 00:00 and the section's whole
     * budget goes to the slides the clock runs on.
     */
    @Test
    void aNewDecksPaceStartsOnTimeWhenTheTitleSlideIsLeft() throws IOException {
        Path deck = dir.resolve("ritmo");
        assertEquals(0, run("new", deck.toString(), "--minutes", "30").code());
        estrado.deck.Deck d = new DeckLoader().load(deck).deck().orElseThrow();
        assertEquals(estrado.deck.Layout.TITLE, d.slides().get(0).layout());
        assertTrue(d.slides().get(0).durationMinutes().isEmpty(), "the template's title slide has no duration");
        estrado.timing.Plan plan = estrado.plan.DeckPlan.of(d);
        assertEquals(java.time.Duration.ZERO, plan.slideShare(0));
        // the pace expects the lecturer in the middle of the current slide: on the second, half its share
        assertEquals(plan.slideShare(1).dividedBy(2).toMillis(), plan.expectedElapsedAt(1).toMillis(), 1);
        java.time.Duration section = java.time.Duration.ZERO;
        for (int i = 0; i < plan.slideCount(); i++) {
            if (plan.sectionOfSlide(i) == 0) {
                section = section.plus(plan.slideShare(i));
            }
        }
        assertEquals(plan.scaledBudget(0).toSeconds(), section.toSeconds(), 1, "the section's budget is all planned");
    }
}
