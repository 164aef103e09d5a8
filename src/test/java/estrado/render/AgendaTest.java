package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.Layout;
import estrado.deck.Problem;
import estrado.deck.Slide;
import estrado.deck.TestDecks;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code layout: agenda}: the plan's sections with their minutes scaled to the slot, never the unscaled sum. */
class AgendaTest {
    /** The seed's plan: 100 minutes of budgets for a 90-minute class. */
    static final int[] SEED = {10, 5, 20, 5, 10, 30, 5, 10, 5};

    @TempDir
    Path dir;

    private Path deck(String language, int duration, int[] budgets, String agendaExtra) {
        StringBuilder deck = new StringBuilder("title: T\nlanguage: " + language + "\nduration: " + duration
                + "\nsections:\n");
        String[] sections = new String[budgets.length];
        for (int k = 0; k < budgets.length; k++) {
            deck.append("  - s").append(k + 1).append(".yaml\n");
            sections[k] = "id: s" + (k + 1) + "\ntitle: Sección " + (k + 1) + "\nbudget: " + budgets[k]
                    + "\nslides:\n" + (k == 0 ? "  - id: agenda\n    title: Agenda\n    layout: agenda\n" + agendaExtra
                    : "") + "  - id: x" + k + "\n    title: X\n    blocks: [Texto]\n";
        }
        return TestDecks.write(dir, deck.toString(), sections);
    }

    private static Block.Table table(Deck deck) {
        Slide agenda = deck.slides().stream().filter(s -> s.layout() == Layout.AGENDA).findFirst().orElseThrow();
        return AgendaTable.of(deck, (Block.Agenda) agenda.blocks().get(0));
    }

    private static Deck load(Path dir) {
        DeckLoader.Result r = new DeckLoader().load(dir);
        return r.deck().orElseThrow(() -> new AssertionError(r.problems()));
    }

    @Test
    void theSeedsHundredMinutesShowAsNinetyWithTheStartOfEachSection() {
        Block.Table t = table(load(deck("es", 90, SEED, "    start: '10:15'\n")));
        assertEquals(List.of("#", "Sección", "Minutos", "Empieza"), t.header());
        assertEquals(List.of("9", "4,5", "18", "4,5", "9", "27", "4,5", "9", "4,5"),
                t.rows().stream().map(r -> r.get(2)).toList());
        assertEquals(List.of("10:15", "10:24", "10:28", "10:46", "10:51", "11:00", "11:27", "11:31", "11:40"),
                t.rows().stream().map(r -> r.get(3)).toList());
        assertEquals("Sección 6", t.rows().get(5).get(1));
        assertEquals("06", t.rows().get(5).get(0));
        assertEquals("Total: 90 min, de 10:15 a 11:45", t.caption());
    }

    @Test
    void withoutAStartThereIsNoClockAndEnglishDecksUseAPoint() {
        Block.Table t = table(load(deck("en", 90, SEED, "")));
        assertEquals(List.of("#", "Section", "Minutes"), t.header());
        assertEquals("4.5", t.rows().get(1).get(2));
        assertEquals(3, t.rows().get(0).size());
        assertEquals("Total: 90 min", t.caption());
    }

    @Test
    void theMinutesAlwaysAddUpToTheSlot() {
        Random random = new Random(13);
        for (int run = 0; run < 200; run++) {
            int[] budgets = new int[1 + random.nextInt(9)];
            for (int k = 0; k < budgets.length; k++) {
                budgets[k] = 1 + random.nextInt(40);
            }
            int slot = 30 + random.nextInt(150);
            Deck deck = new Deck(dir, dir.resolve("deck.yaml"), "T", "", "", "", "", "es", slot, java.util.Optional.empty(),
                    java.util.Optional.empty(), load(deck("es", slot, budgets, "")).sections());
            int[] tenths = AgendaTable.tenths(deck);
            assertEquals(slot * 10, Arrays.stream(tenths).sum(), () -> Arrays.toString(budgets) + " for " + slot);
            for (int k = 0; k < budgets.length; k++) {
                double exact = budgets[k] * slot * 10.0 / Arrays.stream(budgets).sum();
                assertTrue(Math.abs(tenths[k] - exact) < 1, Arrays.toString(budgets));
            }
        }
    }

    @Test
    void anAgendaTakesNoBlocksAndItsStartMustBeATime() {
        DeckLoader.Result r = new DeckLoader().load(deck("es", 90, SEED, "    start: 'diez'\n    blocks: [Texto]\n"));
        List<String> errors = r.problems().stream().filter(Problem::isError).map(p -> p.format(dir)).toList();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("slides/s1.yaml:8:12:") && e.contains("«diez» no es una hora")),
                errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("slides/s1.yaml:9:13:") && e.contains("quita «blocks»")),
                errors::toString);

        Path other = TestDecks.withSection(dir.resolve("b"), "id: s1\ntitle: Uno\nbudget: 90\nslides:\n"
                + "  - id: a\n    title: A\n    start: '10:00'\n    blocks: [Texto]\n");
        assertTrue(new DeckLoader().load(other).problems().stream()
                .anyMatch(p -> p.isError() && p.message().contains("layout: agenda")));
    }

    @Test
    void anUnquotedStartIsReadAsTheTimeItLooksLike() {
        Deck d = load(deck("es", 90, SEED, "    start: 9:05\n"));
        Block.Agenda a = (Block.Agenda) d.slides().get(0).blocks().get(0);
        assertEquals(LocalTime.of(9, 5), a.start());
    }

    @Test
    void theSlideShowsTheTableAndFits() {
        Path folder = deck("es", 90, SEED, "    start: '10:15'\n");
        OpenedDeck opened = OpenedDeck.open(folder, WidgetViews.none());
        SlideContext ctx = opened.context().orElseThrow(() -> new AssertionError(opened.problems()));
        FxRuntime.startHeadless();
        SlideRenderer renderer = new SlideRenderer(ctx);
        List<String> texts = FxRuntime.call(() -> {
            RenderedSlide r = renderer.render(ctx.slides().get(0), 0);
            r.layoutNow();
            assertEquals(java.util.Optional.empty(), r.overflow());
            List<String> out = new ArrayList<>();
            collect(r.root(), out);
            return out;
        });
        String all = String.join("|", texts);
        assertTrue(all.contains("27") && all.contains("11:00") && all.contains("Total: 90 min, de 10:15 a 11:45"), all);
        assertTrue(!all.contains("|30|") && !all.contains("100"), all);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Text t) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
