package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.deck.TestDecks;
import estrado.i18n.Messages;
import estrado.render.WidgetViews;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML mistakes people make writing slides (src/test/resources/yaml-mistakes) are told in Spanish with
 * the cause and the fix, at file:line:col, with nothing after them but the count: the broken section sits in a
 * deck with a good one, so a budget sum over the section that did not load would show up as a false warning.
 * Where the fix is a rewritten line, writing that line makes the deck check clean.
 */
class YamlMistakesTest {
    private static final Path CORPUS = Path.of("src/test/resources/yaml-mistakes");
    private static final String DECK = "title: Clase 3\nduration: 90\nsections:\n  - s1.yaml\n  - s2.yaml\n";
    private static final String GOOD = "id: s2\ntitle: Dos\nbudget: 45\nslides:\n  - id: z\n    title: Fin\n";

    /** Each file of the corpus and the one line `check` must print for it. */
    private static final Map<String, String> EXPECTED = Map.of(
            "colon-in-title.yaml", "2:15: «: » dentro del valor de «title» se lee como otra clave:"
                    + " pon el valor entre comillas: title: 'Clase 3: Inferencia eficiente'",
            "starts-with-asterisk.yaml", "9:13: un valor sin comillas que empieza con «*» se lee como un alias YAML:"
                    + " pon el texto entre comillas: - '*negrita* y más'",
            "starts-with-backtick.yaml", "8:9: un valor sin comillas no puede empezar con «`» (YAML lo reserva):"
                    + " pon el texto entre comillas: - '`torch.compile` acelera el modelo'",
            "starts-with-at.yaml", "6:12: un valor sin comillas no puede empezar con «@» (YAML lo reserva):"
                    + " pon el texto entre comillas: title: '@karpathy dijo'",
            "tab-indentation.yaml", "5:1: hay un tabulador en la sangría y YAML solo admite espacios:"
                    + " cambia el tabulador por espacios",
            "unclosed-quote.yaml", "2:8: la comilla ' que abre aquí no se cierra: ciérrala al final del texto,"
                    + " en la misma línea",
            "unclosed-bracket.yaml", "8:18: el «[» que abre aquí no se cierra: escribe «]» al final, o si el «[» es"
                    + " parte del texto, pon el texto entre comillas: - bullets: '[uno, dos'",
            "item-wrong-depth.yaml", "10:9: este elemento de lista no está alineado con los de arriba:"
                    + " pon su guion en la columna 11, como el de la línea 9");

    @TempDir
    Path dir;

    private record Run(int code, List<String> lines) { }

    private static Run check(Path deck) {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"check", deck.toString(), "--no-render"},
                WidgetViews.of(estrado.app.Main.widgetRegistry()), folder -> {
                    throw new AssertionError("check must never open a window");
                }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return new Run(code, out.toString().lines().toList());
    }

    private Path deckWith(String name, String section) {
        return TestDecks.write(dir.resolve(name), DECK, section, GOOD);
    }

    @Test
    void everyMistakeGetsItsCauseAndFixAndNothingElse() throws Exception {
        List<String> corpus = new ArrayList<>();
        try (var files = Files.list(CORPUS)) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(corpus::add);
        }
        assertEquals(EXPECTED.keySet().stream().sorted().toList(), corpus, "every broken input has its message");
        for (String name : corpus) {
            Run r = check(deckWith(name, Files.readString(CORPUS.resolve(name))));
            assertEquals(List.of("slides/s1.yaml:" + EXPECTED.get(name), "1 error, 0 avisos"), r.lines(), name);
            assertEquals(1, r.code(), name);
        }
    }

    @Test
    void theLineTheMessageProposesMakesTheDeckCheckClean() throws Exception {
        for (String name : List.of("colon-in-title.yaml", "starts-with-asterisk.yaml", "starts-with-backtick.yaml",
                "starts-with-at.yaml")) {
            String message = EXPECTED.get(name);
            int line = Integer.parseInt(message.substring(0, message.indexOf(':')));
            String proposed = message.substring(message.indexOf("entre comillas: ") + "entre comillas: ".length());
            List<String> lines = new ArrayList<>(Files.readAllLines(CORPUS.resolve(name)));
            String old = lines.get(line - 1);
            String indent = old.substring(0, old.length() - old.stripLeading().length());
            lines.set(line - 1, indent + proposed);
            Run r = check(deckWith("fixed-" + name, String.join("\n", lines) + "\n"));
            assertEquals(0, r.code(), name + ": " + r.lines());
        }
    }

    @Test
    void inEnglishWithEstradoLangEn() throws Exception {
        Locale before = Messages.locale();
        Messages.use(Locale.ENGLISH);
        try {
            Run r = check(deckWith("en", Files.readString(CORPUS.resolve("colon-in-title.yaml"))));
            assertEquals(List.of("slides/s1.yaml:2:15: «: » inside the value of «title» is read as another key:"
                    + " quote the value: title: 'Clase 3: Inferencia eficiente'", "1 error, 0 warnings"), r.lines());
        } finally {
            Messages.use(before);
        }
    }
}
