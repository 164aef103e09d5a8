package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `check --json` reports sources and pending images of the fixture decks. */
class CheckCitationsJsonTest {
    private static JsonNode check(String deck, int expectedCode) throws Exception {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"check", deck, "--json", "--no-render"}, WidgetViews.none(), folder -> {
            throw new AssertionError("check must never open a window");
        }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(expectedCode, code, out.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void citationsSummaryNamesEveryUncitedFigureWithItsPlace() throws Exception {
        JsonNode json = check("src/test/resources/decks/figures", 0);
        JsonNode c = json.get("citations");
        assertEquals(2, c.get("keys").asInt());
        assertEquals(1, c.get("cited").asInt());
        assertEquals(0, c.get("unknown").size());
        List<String> figures = new ArrayList<>();
        for (JsonNode f : c.get("uncitedFigures")) {
            figures.add(f.get("figure").asText());
            assertEquals("slides/s1.yaml", f.get("file").asText());
            assertEquals("sin-cita", f.get("slide").asText());
            assertTrue(f.get("line").asInt() > 5 && f.get("column").asInt() > 1, f::toString);
        }
        assertEquals(List.of("US$ 4,6 M", "355 años", "70B", "7,0 M GPU-horas", "80%", "11×", "$5.576M", "8B", "16 GB"),
                figures);
        JsonNode pending = json.get("pendingAssets");
        assertEquals(1, pending.size());
        assertEquals("assets/GenIA/olmo_training_cycle.png", pending.get(0).get("file").asText());
        assertTrue(pending.get(0).get("shows").asText().contains("OLMo"));
        assertTrue(pending.get(0).get("at").asText().startsWith("slides/s1.yaml:"));
    }

    @Test
    void unknownKeysAreListedAndFailTheCheck() throws Exception {
        JsonNode c = check("src/test/resources/decks/cites", 1).get("citations");
        List<String> unknown = new ArrayList<>();
        c.get("unknown").forEach(k -> unknown.add(k.asText()));
        assertEquals(List.of("mala3", "mala4", "nokey", "otra_mala", "partida"), unknown);
    }

    @Test
    void aDeckWithoutBibliographyStillHasTheFields() throws Exception {
        JsonNode json = check("src/test/resources/decks/bad-formula", 1);
        assertEquals(0, json.get("citations").get("keys").asInt());
        assertEquals(2, json.get("citations").get("uncitedFigures").size());
        assertEquals(0, json.get("pendingAssets").size());
    }
}
