package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import estrado.deck.TestDecks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void bundledDeckChecksCleanWithNineSections() throws Exception {
        CliRun r = run("check", "slides", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(9, json.get("sections").size());
        assertEquals(90, json.get("durationMinutes").asInt());
        assertEquals(0, json.get("errors").size());
        assertEquals(0, json.get("contrast").size(), "the bundled theme's colours pass: " + json.get("contrast"));
        int slides = 0;
        for (JsonNode s : json.get("sections")) {
            slides += s.get("slides").asInt();
            assertTrue(s.has("id") && s.has("title") && s.has("budgetMinutes"), s::toString);
        }
        assertEquals(json.get("slides").asInt(), slides);
        assertTrue(json.get("title").asText().startsWith("Clase 2"));
        // the content slides fill their body: the median the issue asks for, none under the sparse threshold
        java.util.List<Double> fills = new java.util.ArrayList<>();
        json.get("fill").forEach(f -> fills.add(f.get("fill").asDouble()));
        assertTrue(fills.size() > 40, json.get("fill")::toString);
        assertTrue(estrado.render.SlideFill.median(fills) >= 0.5, json.get("fill")::toString);
        assertTrue(fills.stream().allMatch(f -> f >= estrado.render.OverflowCheck.SPARSE), json.get("fill")::toString);
    }

    @Test
    void brokenDeckExitsOneWithLocatedLines() {
        TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    layuot: content
                """);
        CliRun r = run("check", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("slides/s1.yaml:7:5: campo desconocido «layuot»; ¿quisiste decir «layout»?"), r.out());
    }

    @Test
    void brokenDeckJsonListsTheErrorWithFileLineColumn() throws Exception {
        TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Uno
                    layout: nada
                """);
        CliRun r = run("check", dir.toString(), "--json");
        assertEquals(1, r.code());
        JsonNode e = new ObjectMapper().readTree(r.out()).get("errors").get(0);
        assertEquals("slides/s1.yaml", e.get("file").asText());
        assertEquals(7, e.get("line").asInt());
        assertEquals(13, e.get("column").asInt());
        assertTrue(e.get("message").asText().contains("«nada»"));
    }

    @Test
    void overflowingSlideIsACheckError() {
        StringBuilder yaml = new StringBuilder("id: s1\ntitle: Uno\nbudget: 90\nslides:\n  - id: larga\n    title: Larga\n    blocks:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("      - 'Línea ").append(i).append("'\n");
        }
        TestDecks.withSection(dir, yaml.toString());
        CliRun r = run("check", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("slides/s1.yaml:5:5: la diapositiva «larga» se desborda"), r.out());
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        TestDecks.write(dir, "title: T\nduration: 60\nsections:\n  - s1.yaml\n", TestDecks.SECTION_OK);
        CliRun r = run("check", dir.toString(), "--json");
        assertEquals(0, r.code(), r.out());
        // the budget against the duration, and a slide with one word on it
        JsonNode warnings = new ObjectMapper().readTree(r.out()).get("warnings");
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(1).get("message").asText().contains("«a» cubre solo"), warnings::toString);
    }

    @Test
    void fillIsReportedPerContentSlideAndASparseOneIsAWarningAtTheSlide() throws Exception {
        TestDecks.withSection(dir, """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: portada
                    layout: title
                    title: Portada
                  - id: corta
                    title: Corta
                    blocks:
                      - 'Una sola línea.'
                  - id: llena
                    title: Llena
                    blocks:
                      - 'Un párrafo que presenta la idea y ocupa una línea entera de la diapositiva.'
                      - bullets: [uno, dos, tres, cuatro, cinco]
                      - callout: 'Y un mensaje clave al final.'
                """);
        CliRun r = run("check", dir.toString(), "--json");
        assertEquals(0, r.code(), r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode fill = json.get("fill");
        assertEquals(2, fill.size(), "only content slides are measured: " + fill);
        assertEquals("corta", fill.get(0).get("slide").asText());
        assertEquals("llena", fill.get(1).get("slide").asText());
        double sparse = fill.get(0).get("fill").asDouble();
        double full = fill.get(1).get("fill").asDouble();
        assertTrue(sparse > 0 && sparse < estrado.render.OverflowCheck.SPARSE, fill::toString);
        assertTrue(full >= 0.5 && full <= 1, fill::toString);
        JsonNode warnings = json.get("warnings");
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals(8, warnings.get(0).get("line").asInt());
        assertTrue(warnings.get(0).get("message").asText().contains("«corta» cubre solo el "
                + Math.round(sparse * 100) + " %"), warnings::toString);
    }

    /** Issue 14: a theme colour under its contrast minimum fails check at the theme's line, in Spanish and English. */
    @Test
    void aLowContrastThemeColourFailsAtTheThemesLine() throws Exception {
        TestDecks.write(dir, "title: T\nduration: 90\ntheme: slides/theme.css\nsections:\n  - s1.yaml\n", """
                id: s1
                title: Uno
                budget: 90
                slides:
                  - id: a
                    title: Un título
                    subtitle: Un subtítulo en el gris del tema
                    blocks:
                      - 'Un párrafo en el color del texto, que se lee bien.'
                      - bullets: [uno, dos, tres]
                """);
        java.nio.file.Files.writeString(dir.resolve("slides/theme.css"), """
                /* tema de prueba: un gris demasiado claro */
                .slide {
                    -slide-accent: #0b6a8f;
                    -slide-muted: #b0b4bb;
                }
                .slide-title .run, .slide-title Text { -fx-fill: #dddddd; }
                """);
        CliRun r = run("check", dir.toString(), "--json");
        assertEquals(1, r.code(), r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode contrast = json.get("contrast");
        // the foot's 24 px section name in the grey (4,5:1; its 36 px subtitle, large, misses 3:1 too), the bold
        // 60 px title in the paler grey (3:1): one finding per colour pair, at its strictest minimum, not one per text
        assertEquals(2, contrast.size(), contrast::toString);
        JsonNode grey = null;
        JsonNode title = null;
        for (JsonNode c : contrast) {
            if (c.get("color").asText().equals("#b0b4bb") && c.get("minimum").asDouble() == 4.5) {
                grey = c;
            } else if (c.get("color").asText().equals("#dddddd")) {
                title = c;
            }
        }
        assertTrue(grey != null && title != null, contrast::toString);
        assertEquals("slides/theme.css", grey.get("file").asText());
        assertEquals(4, grey.get("line").asInt());
        assertEquals(5, grey.get("column").asInt());
        assertEquals("#ffffff", grey.get("background").asText());
        assertEquals(2.08, grey.get("ratio").asDouble(), 0.005);
        assertEquals("Un título", title.get("text").asText());
        assertEquals(6, title.get("line").asInt());
        assertEquals(3.0, title.get("minimum").asDouble(), title::toString);
        JsonNode errors = json.get("errors");
        assertEquals(contrast.size(), errors.size(), errors::toString);
        String text = run("check", dir.toString()).out();
        assertTrue(text.contains("slides/theme.css:4:5: contraste 2,1:1 de #b0b4bb sobre #ffffff, bajo el mínimo de 4,5:1"), text);
        java.util.Locale before = estrado.i18n.Messages.locale();
        try {
            estrado.i18n.Messages.use(java.util.Locale.ENGLISH);
            String en = run("check", dir.toString()).out();
            assertTrue(en.contains("slides/theme.css:6:") && en.contains("under the minimum 3:1 for large text (60 px)"), en);
        } finally {
            estrado.i18n.Messages.use(before);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check", "--no-such-option").code());
        assertEquals(2, run("no-such-command-or-folder").code());
    }

    @Test
    void missingDeckFolderIsALocatedError() {
        CliRun r = run("check", dir.resolve("nada").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("deck.yaml"), r.out());
    }

    @Test
    void helpIsInSpanishAndVersionPrints() {
        CliRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Uso:") && help.out().contains("Valida un deck"), help.out());
        CliRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("estrado "), version.out());
        // each deck command answers --help too, with the DECK_DIR the commands share
        for (String command : java.util.List.of("check", "export", "plan", "present", "rehearsals", "doctor")) {
            CliRun h = run(command, "--help");
            assertEquals(0, h.code(), command + ": " + h.out());
            assertTrue(h.out().contains("Uso: estrado " + command) && h.out().contains("DECK_DIR")
                    && h.out().contains("Carpeta del deck"), h.out());
        }
    }

    @Test
    void exportWritesOnePngPerSlide() throws Exception {
        TestDecks.withSection(dir, TestDecks.SECTION_OK);
        Path png = dir.resolve("png");
        assertEquals(0, run("export", dir.toString(), "--png", png.toString(), "--scale", "0.25").code());
        try (var files = Files.list(png)) {
            assertEquals(1, files.count());
        }
    }
}
