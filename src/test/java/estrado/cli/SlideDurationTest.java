package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.TestDecks;
import estrado.plan.DeckPlan;
import estrado.render.WidgetViews;
import estrado.timing.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slide durations and production to-dos. Budgets 20 + 20 for a 30-minute slot: each section's scaled budget is
 * 15 min. "Uno" asks for 10 + 7,5 = 17,5 min (its backup slide does not count): over by 2,5. "Dos" asks for 6,
 * one slide still written with the old {@code budget}.
 */
class SlideDurationTest {
    static final String DECK = "title: T\nduration: 30\nsections:\n  - s1.yaml\n  - s2.yaml\n";
    static final String UNO = """
            id: uno
            title: Uno
            budget: 20
            slides:
              - id: a
                title: A
                duration: 10
                todo: 'VERIFICAR la cifra de A'
                blocks: [Texto]
              - id: b
                title: B
                duration: 7.5
                blocks: [Texto]
              - id: c
                title: Respaldo
                counted: false
                duration: 5
                blocks: [Texto]
            """;
    static final String DOS = """
            id: dos
            title: Dos
            budget: 20
            slides:
              - id: d
                title: D
                budget: 4
                blocks: [Texto]
              - id: e
                title: E
                duration: 2
                todo:
                  - 'pedir la figura'
                  - 'revisar la fuente'
                blocks: [Texto]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void write() {
        TestDecks.write(dir, DECK, UNO, DOS);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, WidgetViews.of(estrado.app.Main.widgetRegistry()), folder -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void checkWarnsAtTheBudgetLineOfASectionWhoseSlidesTakeLonger() {
        String[] r = run("check", dir.toString(), "--no-render");
        assertEquals("0", r[0], r[1] + r[2]);
        List<String> lines = r[1].lines().filter(l -> l.startsWith("slides/s1.yaml:3:9:")).toList();
        assertEquals(1, lines.size(), r[1]);
        String w = lines.get(0);
        assertTrue(w.contains("aviso") && w.contains("«Uno»") && w.contains("17,5 min") && w.contains("15 min")
                && w.contains("sobran 2,5 min") && w.contains("duration"), w);
        assertFalse(r[1].contains("slides/s2.yaml:3:"), "Dos fits its budget: " + r[1]);
    }

    @Test
    void aSlideBudgetIsStillReadButAskedToBeRenamed() throws Exception {
        String[] r = run("check", dir.toString(), "--no-render");
        assertTrue(r[1].lines().anyMatch(l -> l.startsWith("slides/s2.yaml:7:5:") && l.contains("«duration»")),
                r[1]);
        Deck deck = new DeckLoader().load(dir).deck().orElseThrow();
        assertEquals(4.0, deck.sections().get(1).slides().get(0).durationMinutes().getAsDouble());
    }

    @Test
    void checkJsonGivesEstimatedAndScaledMinutesPerSection() throws Exception {
        String[] r = run("check", dir.toString(), "--json", "--no-render");
        JsonNode sections = new ObjectMapper().readTree(r[1]).get("sections");
        assertEquals(17.5, sections.get(0).get("estimatedMinutes").asDouble(), 1e-9);
        assertEquals(15.0, sections.get(0).get("scaledMinutes").asDouble(), 1e-9);
        assertEquals(6.0, sections.get(1).get("estimatedMinutes").asDouble(), 1e-9);
        assertEquals(0, sections.get(1).get("slidesWithoutDuration").asInt());
    }

    @Test
    void planJsonKeepsItsKeysAndAddsEstimatedMinutes() throws Exception {
        String[] r = run("plan", dir.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode sections = new ObjectMapper().readTree(r[1]).get("sections");
        List<String> keys = new ArrayList<>();
        sections.get(0).fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("id", "title", "budgetMinutes", "scaledMinutes", "startMinute",
                "startClock", "estimatedMinutes")), keys::toString);
        assertEquals(17.5, sections.get(0).get("estimatedMinutes").asDouble(), 1e-9);
        assertEquals(6.0, sections.get(1).get("estimatedMinutes").asDouble(), 1e-9);
    }

    @Test
    void planTextSaysWhichSectionIsOver() {
        String[] r = run("plan", dir.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("«Uno»: sus diapositivas suman 17,5 min para 15 min escalados"), r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.startsWith("slides/s1.yaml:3:9:") && l.contains("sobran 2,5")),
                r[1]);
    }

    @Test
    void pacingSplitsTheSectionInProportionToTheDurations() throws Exception {
        Plan plan = DeckPlan.of(new DeckLoader().load(dir).deck().orElseThrow());
        Duration a = plan.slideShare(plan.slideIndexOf("a"));
        Duration b = plan.slideShare(plan.slideIndexOf("b"));
        // 10 : 7,5 asked for, 15 min to give: shrunk to 8,57 and 6,43, and the section still ends on time
        assertEquals(Duration.ofMinutes(15), a.plus(b));
        assertEquals(10 / 7.5, a.toMillis() / (double) b.toMillis(), 1e-4);
        assertEquals(Duration.ZERO, plan.slideShare(plan.slideIndexOf("c")));
        // "Dos" asks for 4 + 2 = 6 of its 15 minutes: stretched, still 2 : 1
        Duration d = plan.slideShare(plan.slideIndexOf("d"));
        Duration e = plan.slideShare(plan.slideIndexOf("e"));
        assertEquals(Duration.ofMinutes(15), d.plus(e));
        assertEquals(Duration.ofMinutes(10), d);
    }

    @Test
    void checkListsTheToDosAtTheirPlaceAndNowhereElse() throws Exception {
        String[] r = run("check", dir.toString(), "--no-render");
        assertTrue(r[1].contains("slides/s1.yaml:8:11: pendiente: VERIFICAR la cifra de A"), r[1]);
        assertTrue(r[1].contains("slides/s2.yaml:13:9: pendiente: pedir la figura"), r[1]);
        assertTrue(r[1].contains("slides/s2.yaml:14:9: pendiente: revisar la fuente"), r[1]);

        JsonNode json = new ObjectMapper().readTree(run("check", dir.toString(), "--json", "--no-render")[1]);
        JsonNode todos = json.get("todos");
        assertEquals(3, todos.size(), todos::toString);
        assertEquals("a", todos.get(0).get("slide").asText());
        assertEquals("slides/s1.yaml", todos.get(0).get("file").asText());
        assertEquals(8, todos.get(0).get("line").asInt());
        assertEquals("revisar la fuente", todos.get(2).get("text").asText());
        assertEquals("e", todos.get(2).get("slide").asText());
        // info level: neither an error nor a warning
        assertFalse(json.get("warnings").toString().contains("pedir la figura"), json::toString);
        assertFalse(json.get("errors").toString().contains("pedir la figura"), json::toString);
    }
}
