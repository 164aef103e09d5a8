package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.BundledTheme;
import estrado.deck.Problem;
import estrado.deck.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 7: the bundled light and dark themes, a deck's CSS over either, and every variable documented. */
class ThemesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/estrado");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    @Test
    void theDarkThemePassesTheContrastCheckOnEveryBundledSlide() {
        OpenedDeck opened = OpenedDeck.open(TestDecks.bundled(), WidgetViews.of(estrado.app.Main.widgetRegistry()));
        SlideContext dark = opened.context().orElseThrow().withBaseTheme(BundledTheme.DARK);
        OverflowCheck.Result checked = FxRuntime.call(() -> {
            SlideRenderer renderer = new SlideRenderer(dark);
            // drawn dark: otherwise the check below would measure the light theme again
            RenderedSlide first = renderer.render(dark.slides().get(0), 0);
            first.layoutNow();
            assertEquals(Color.web("#14181f"), first.root().getBackground().getFills().get(0).getFill());
            return OverflowCheck.measure(renderer);
        });
        assertEquals(List.of(), checked.contrast(), "every text, line and bar of every slide reads on the dark theme");
        assertEquals(List.of(), checked.problems().stream().filter(Problem::isError).toList());
        assertTrue(checked.fills().size() > 40, "the content slides were drawn: " + checked.fills().size());
    }

    @Test
    void aDecksOwnStylesheetOverridesTheVariablesOfEitherBase() throws IOException {
        Files.createDirectories(dir.resolve("slides"));
        Files.writeString(dir.resolve("slides/theme.css"), ".slide { -slide-accent: #aa0000; }\n");
        String deck = TestDecks.deckYaml(1);
        for (String theme : List.of("light", "dark", "slides/theme.css", "{base: dark, css: slides/theme.css}")) {
            TestDecks.write(dir, deck + "theme: " + theme + "\n", TestDecks.SECTION_OK);
            SlideContext ctx = OpenedDeck.open(dir, WidgetViews.none()).context().orElseThrow();
            Color[] drawn = FxRuntime.call(() -> {
                RenderedSlide r = new SlideRenderer(ctx).render(ctx.slides().get(0), 0);
                r.layoutNow();
                Region root = r.root();
                Text title = (Text) root.lookup(".slide-title Text");
                return new Color[] {(Color) root.getBackground().getFills().get(0).getFill(), (Color) title.getFill()};
            });
            boolean dark = theme.contains("dark");
            assertEquals(Color.web(dark ? "#14181f" : "#ffffff"), drawn[0], theme);
            assertEquals(Color.web(theme.contains("css") ? "#aa0000" : dark ? "#5cc4ec" : "#0b6a8f"), drawn[1], theme);
        }
    }

    /** The variables a stylesheet's {@code selector} block sets, in order, with their values. */
    private static Map<String, String> variables(Path css, String selector) throws IOException {
        String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
        int start = text.indexOf(selector + " {");
        assertTrue(start >= 0, css + " has " + selector);
        String block = text.substring(start, text.indexOf('}', start));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-[a-z][\\w-]*)\\s*:\\s*([^;]+);").matcher(block);
        while (m.find()) {
            if (!m.group(1).startsWith("-fx-")) {
                out.put(m.group(1), m.group(2).strip());
            }
        }
        return out;
    }

    @Test
    void everyThemeVariableIsDocumentedOnceWithItsLightAndDarkValue() throws IOException {
        Map<String, String> light = variables(RESOURCES.resolve("render/slide.css"), ".slide");
        Map<String, String> widgets = variables(RESOURCES.resolve("widgets/ui/widgets.css"), ".widget");
        Map<String, String> dark = variables(RESOURCES.resolve("render/dark.css"), ".slide");
        dark.putAll(variables(RESOURCES.resolve("render/dark.css"), ".slide .widget"));
        light.putAll(widgets);
        assertTrue(light.size() > 40, light::toString);
        assertTrue(light.keySet().containsAll(dark.keySet()), "dark.css sets only variables the light theme has");
        String doc = Files.readString(Path.of("docs/deck-format.md"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> v : light.entrySet()) {
            Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(v.getKey()) + "` \\| ([^|]+) \\| `([^`]+)` \\| `([^`]+)` \\|$")
                    .matcher(doc);
            List<String[]> rows = new ArrayList<>();
            while (row.find()) {
                rows.add(new String[] {row.group(2), row.group(3)});
            }
            String darkValue = dark.getOrDefault(v.getKey(), v.getValue());
            if (rows.size() != 1 || !rows.get(0)[0].equals(v.getValue()) || !rows.get(0)[1].equals(darkValue)) {
                wrong.add(v.getKey() + " " + v.getValue() + " / " + darkValue + ": " + rows.size() + " rows"
                        + (rows.isEmpty() ? "" : " " + rows.get(0)[0] + " / " + rows.get(0)[1]));
            }
        }
        assertEquals(List.of(), wrong, "docs/deck-format.md's table of theme variables");
    }

    @Test
    void noWidgetDiagramOrRendererCodeHoldsAColourOfItsOwn() throws IOException {
        Pattern colour = Pattern.compile("#[0-9a-fA-F]{6}\\b|Color\\.(web|rgb|hsb)\\(");
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java/estrado/render", "src/main/java/estrado/widgets")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (colour.matcher(lines.get(i)).find()) {
                            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "colours come from the theme's variables");
    }
}
