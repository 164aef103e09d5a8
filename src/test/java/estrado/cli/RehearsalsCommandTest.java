package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import estrado.deck.DeckLoader;
import estrado.plan.DeckPlan;
import estrado.timing.Plan;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `estrado rehearsals` and `estrado chapters` on runs of the fixture deck written to a temporary state directory.
 * Scaled budgets: apertura 6, bloque 18, cierre 6 minutes.
 */
class RehearsalsCommandTest {
    private static final Instant T0 = Instant.parse("2025-05-06T10:00:00Z");

    @TempDir
    Path state;

    /** A finished run taking the given minutes in apertura, bloque and cierre, with no pauses. */
    private RunLog run(String id, Instant start, int a, int b, int c) throws Exception {
        Path dir = PlanCommandTest.fixture();
        var deck = new DeckLoader().load(dir).deck().orElseThrow();
        Plan plan = DeckPlan.of(deck);
        RunLog r = RunLog.start(id, DeckPlan.deckId(deck), deck.title(), RunLog.sectionsOf(plan), start);
        Instant t = start;
        r = r.enter("a1", "Primera idea", "apertura", t);
        t = t.plus(Duration.ofMinutes(a));
        r = r.enter("b1", "Memoria", "bloque", t);
        t = t.plus(Duration.ofMinutes(b));
        r = r.enter("c1", "Conclusiones", "cierre", t);
        t = t.plus(Duration.ofMinutes(c));
        return r.finish(t);
    }

    @Test
    void comparesMediansWithTheBudgetsAndSuggestsBudgetsThatFitTheSlot() throws Exception {
        RunLogStore store = new RunLogStore(state);
        store.saveRun(run("r1", T0, 8, 20, 6));
        store.saveRun(run("r2", T0.plus(Duration.ofDays(1)), 10, 22, 6));
        store.saveRun(run("r3", T0.plus(Duration.ofDays(2)), 9, 24, 6));
        // a false start: 1 + 1 + 1 minutes, under half the 30-minute slot, is kept but not compared
        store.saveRun(run("r4", T0.plus(Duration.ofDays(3)), 1, 1, 1));
        String[] r = PlanCommandTest.run("rehearsals", PlanCommandTest.fixture().toString(), "--state-dir",
                state.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals(4, json.get("runs").asInt());
        assertEquals(3, json.get("comparedRuns").asInt());
        JsonNode a = json.get("sections").get(0);
        assertEquals(9.0, a.get("medianMinutes").asDouble());
        assertEquals(22.0, json.get("sections").get(1).get("medianMinutes").asDouble());
        // medians 9 + 22 + 6 = 37 scaled to 30 by largest remainder: 7.30 → 7, 17.84 → 18, 4.86 → 5
        assertEquals(7, a.get("suggestedMinutes").asInt());
        assertEquals(18, json.get("sections").get(1).get("suggestedMinutes").asInt());
        assertEquals(5, json.get("sections").get(2).get("suggestedMinutes").asInt());
    }

    @Test
    void theTextReportHasAChartPerSection() throws Exception {
        new RunLogStore(state).saveRun(run("r1", T0, 6, 18, 6));
        String[] r = PlanCommandTest.run("rehearsals", PlanCommandTest.fixture().toString(), "--state-dir",
                state.toString());
        assertEquals("0", r[0], r[2]);
        // bloque's plan bar is the longest: the full 30 characters
        assertTrue(r[1].contains("plan " + "\u2588".repeat(30)), r[1]);
        assertTrue(r[1].contains("30 min"), r[1]);
    }

    @Test
    void withoutRunsItSaysSo() throws Exception {
        String[] r = PlanCommandTest.run("rehearsals", PlanCommandTest.fixture().toString(), "--state-dir",
                state.toString());
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("no hay pasadas completas"), r[1]);
    }

    @Test
    void chaptersOfARunAreWebVtt() throws Exception {
        Path file = new RunLogStore(state).saveRun(run("r1", T0, 6, 18, 6));
        String[] r = PlanCommandTest.run("chapters", file.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("WEBVTT\n"), r[1]);
        assertTrue(r[1].contains("00:06:00.000 --> 00:24:00.000\nBloque central"), r[1]);
        Path out = state.resolve("c.vtt");
        String[] w = PlanCommandTest.run("chapters", file.toString(), "--per-slide", "-o", out.toString());
        assertEquals("0", w[0], w[2]);
        assertTrue(Files.readString(out).contains("Bloque central \u2014 Memoria"));
    }

    @Test
    void aBrokenRunFileIsOneLineAndExitOne() throws Exception {
        Path bad = Files.writeString(state.resolve("run-x.json"), "{");
        String[] r = PlanCommandTest.run("chapters", bad.toString());
        assertEquals("1", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void doctorChecksTheDeckThePlanAndTheStateDirectory() throws Exception {
        String[] r = PlanCommandTest.run("doctor", PlanCommandTest.fixture().toString(), "--no-screens",
                "--state-dir", state.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("×0,75"), r[1]);
        assertTrue(r[1].contains(state.toString()), r[1]);
        assertTrue(r[1].contains("Clicker"), r[1]);
        String[] broken = PlanCommandTest.run("doctor", "/no/such/deck", "--no-screens", "--state-dir",
                state.toString());
        assertEquals("1", broken[0]);
    }
}
