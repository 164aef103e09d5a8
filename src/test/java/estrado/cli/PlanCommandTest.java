package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `estrado plan` on the fixture deck: 8 + 24 + 8 = 40 minutes of budgets for a 30-minute slot. */
class PlanCommandTest {

    static Path fixture() throws Exception {
        return Path.of(PlanCommandTest.class.getResource("/estrado/present/pacing").toURI());
    }

    /** Runs the CLI; returns exit code, stdout, stderr. */
    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, WidgetViews.none(), folder -> 0, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void jsonHasExactlyTheIssuesShape() throws Exception {
        String[] r = run("plan", fixture().toString(), "--json", "--start", "09:00");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("durationMinutes", "budgetSumMinutes", "scale", "sections"), keys);
        assertEquals(30.0, json.get("durationMinutes").asDouble());
        assertEquals(40.0, json.get("budgetSumMinutes").asDouble());
        assertEquals(0.75, json.get("scale").asDouble(), 1e-12);

        JsonNode sections = json.get("sections");
        assertEquals(3, sections.size());
        List<String> sectionKeys = new ArrayList<>();
        sections.get(0).fieldNames().forEachRemaining(sectionKeys::add);
        assertEquals(List.of("id", "title", "budgetMinutes", "scaledMinutes", "startMinute", "startClock",
                "estimatedMinutes"), sectionKeys);
        // bloque: 24 min scaled to 18, starts after apertura's 8 × 0.75 = 6 minutes, at 09:06
        JsonNode b = sections.get(1);
        assertEquals("bloque", b.get("id").asText());
        assertEquals("Bloque central", b.get("title").asText());
        assertEquals(24.0, b.get("budgetMinutes").asDouble());
        assertEquals(18.0, b.get("scaledMinutes").asDouble());
        assertEquals(6.0, b.get("startMinute").asDouble());
        assertEquals("09:06", b.get("startClock").asText());
        // cierre starts at 6 + 18 = 24
        assertEquals(24.0, sections.get(2).get("startMinute").asDouble());
        assertEquals("09:24", sections.get(2).get("startClock").asText());
    }

    @Test
    void endAndFromScaleTheRestOfThePlanIntoTheTimeLeft() throws Exception {
        // a 09:00-09:30 class that starts 7 minutes late, from section "bloque" (24 + 8 = 32 min of budget left)
        String[] r = run("plan", fixture().toString(), "--json", "--start", "09:07", "--end", "09:30", "--from", "b1");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("durationMinutes", "budgetSumMinutes", "scale", "sections", "end", "fromSlide"), keys);
        assertEquals("09:30", json.get("end").asText());
        assertEquals("b1", json.get("fromSlide").asText());
        assertEquals(23.0, json.get("durationMinutes").asDouble());
        assertEquals(32.0, json.get("budgetSumMinutes").asDouble());
        JsonNode sections = json.get("sections");
        assertEquals(List.of("bloque", "cierre"), List.of(sections.get(0).get("id").asText(),
                sections.get(1).get("id").asText()));
        double sum = 0;
        for (JsonNode s : sections) {
            sum += s.get("scaledMinutes").asDouble();
        }
        assertEquals(23.0, sum, 1e-9, "the budgets add up to the time left");
        assertEquals(0.0, sections.get(0).get("startMinute").asDouble());
        assertEquals("09:07", sections.get(0).get("startClock").asText());
        assertEquals(24 * 23.0 / 32, sections.get(0).get("scaledMinutes").asDouble(), 1e-3);
    }

    @Test
    void fromTheMiddleOfASectionOnlyItsRestCounts() throws Exception {
        String[] r = run("plan", fixture().toString(), "--json", "--start", "09:00", "--end", "09:20", "--from", "b2");
        assertEquals("0", r[0], r[2]);
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertEquals(20.0, json.get("durationMinutes").asDouble());
        double sum = 0;
        for (JsonNode s : json.get("sections")) {
            sum += s.get("scaledMinutes").asDouble();
        }
        assertEquals(20.0, sum, 1e-9);
        assertTrue(json.get("budgetSumMinutes").asDouble() < 32, "b1's part of the section is left out");
    }

    @Test
    void anUnknownSlideOrAnEndBeforeTheStartIsAUsageError() throws Exception {
        String[] r = run("plan", fixture().toString(), "--from", "nada");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("«nada»"), r[2]);
        r = run("plan", fixture().toString(), "--start", "10:00", "--end", "09:30");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("09:30"), r[2]);
    }

    @Test
    void withoutStartTheClockIsNull() throws Exception {
        String[] r = run("plan", fixture().toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(r[1]);
        assertTrue(json.get("sections").get(0).has("startClock"));
        assertTrue(json.get("sections").get(0).get("startClock").isNull());
    }

    @Test
    void textSaysWhenEachSectionShouldStart() throws Exception {
        String[] r = run("plan", fixture().toString(), "--start", "9:00");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("la sección 2 debería empezar a las 09:06"), r[1]);
        assertTrue(r[1].contains("×0,75"), r[1]);
        assertTrue(r[1].contains("09:30"), r[1]);
    }

    @Test
    void aBadStartTimeIsAUsageError() throws Exception {
        String[] r = run("plan", fixture().toString(), "--start", "25:99");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("25:99"), r[2]);
    }

    @Test
    void aMissingDeckExitsOne() {
        String[] r = run("plan", "/no/such/deck");
        assertEquals("1", r[0]);
    }
}
