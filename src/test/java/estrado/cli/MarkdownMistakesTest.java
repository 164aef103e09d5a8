package estrado.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import estrado.i18n.Messages;
import estrado.render.WidgetViews;
import java.io.IOException;
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
 * The Markdown mistakes people make writing slides (src/test/resources/md-mistakes) are told in Spanish with the
 * cause and the fix, at the .md file's line and column, with nothing after them but the count. Each broken
 * section sits in a deck beside a good YAML section, so a follow-on warning would show.
 */
class MarkdownMistakesTest {
    private static final Path CORPUS = Path.of("src/test/resources/md-mistakes");
    private static final String DECK = "title: Clase 3\nduration: 90\nsections:\n  - s1.md\n  - s2.yaml\n";
    private static final String GOOD = "id: s2\ntitle: Dos\nbudget: 45\nslides:\n  - id: z\n    title: Fin\n";

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("fence-yaml-error.md", "13:4: el «[» que abre aquí no se cierra: escribe «]» al final, o si el"
                    + " «[» es parte del texto, pon el texto entre comillas: d: '[4096'"),
            Map.entry("header-colon.md", "9:14: «: » dentro del valor de «todo» se lee como otra clave: pon el valor"
                    + " entre comillas: todo: 'Revisar: la cifra de 2023'"),
            Map.entry("heading-in-body.md", "12:1: un título ### solo puede abrir la diapositiva (# título, y ##"
                    + " subtítulo justo debajo): para destacar texto aquí usa **negrita**"),
            Map.entry("indented-code.md", "14:1: esta línea tiene 4 o más espacios de sangría y Markdown la lee como"
                    + " código: quita la sangría, o si es un ítem anidado, pon su guion bajo el texto del ítem de"
                    + " arriba"),
            Map.entry("item-under-numbered.md", "13:3: este ítem quedó fuera de la lista de arriba: para anidarlo,"
                    + " pon su guion en la columna 4, bajo el texto del ítem de la línea 12; para seguir la lista, en"
                    + " la columna de sus guiones"),
            Map.entry("item-wrong-depth.md", "13:2: este ítem está en la columna 2 y el primero de su lista (línea"
                    + " 12) en la 1: para anidarlo, pon su guion en la columna 3, bajo el texto del ítem de arriba;"
                    + " para dejarlo al mismo nivel, en la columna 1"),
            Map.entry("remark-notes.md", "14:1: ??? no marca las notas en estrado: escribe <!-- notes --> en su"
                    + " lugar, solo en su línea"),
            Map.entry("title-in-header.md", "9:1: en Markdown el título no va en la cabecera: escríbelo en el"
                    + " cuerpo, en una línea que empieza con # (y el subtítulo con ##, justo debajo), y borra"
                    + " «title:» de la cabecera"),
            Map.entry("unclosed-columns.md", "12:6: falta el ::: que cierra «columns»: escríbelo solo en su línea al"
                    + " final de su contenido"),
            Map.entry("unknown-directive.md", "14:1: directiva desconocida <!-- pasue -->; ¿quisiste decir «pause»?"
                    + " (un comentario de una sola palabra se lee como directiva: para un comentario, escribe más"
                    + " de una palabra)"),
            Map.entry("unknown-fence.md", "12:1: bloque desconocido «widgte»; ¿quisiste decir «widget»?"),
            Map.entry("unknown-language.md", "12:4: lenguaje de código desconocido «pyhton»; ¿quisiste decir «python»?"));

    @TempDir
    Path dir;

    private static List<String> check(Path deck) {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"check", deck.toString(), "--no-render"},
                WidgetViews.of(estrado.app.Main.widgetRegistry()), folder -> {
                    throw new AssertionError("check must never open a window");
                }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(1, code, out::toString);
        return out.toString().lines().toList();
    }

    private Path deckWith(String name) throws IOException {
        Path slides = Files.createDirectories(dir.resolve(name).resolve("slides"));
        Files.writeString(slides.resolve("deck.yaml"), DECK);
        Files.writeString(slides.resolve("s1.md"), Files.readString(CORPUS.resolve(name)));
        Files.writeString(slides.resolve("s2.yaml"), GOOD);
        return slides.getParent();
    }

    @Test
    void everyMarkdownMistakeGetsItsCauseAndFixAndNothingElse() throws Exception {
        List<String> corpus = new ArrayList<>();
        try (var files = Files.list(CORPUS)) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(corpus::add);
        }
        assertEquals(EXPECTED.keySet().stream().sorted().toList(), corpus, "every broken input has its message");
        for (String name : corpus) {
            assertEquals(List.of("slides/s1.md:" + EXPECTED.get(name), "1 error, 0 avisos"), check(deckWith(name)),
                    name);
        }
    }

    @Test
    void hostileNestingIsRefusedWithAMessageNotACrash() throws Exception {
        StringBuilder md = new StringBuilder("---\nid: s1\ntitle: Hostil\nbudget: 45\n---\n\n---\nid: a\n---\n# Hondo\n\n");
        for (int i = 0; i < 500; i++) {
            md.append("  ".repeat(i)).append("- nivel ").append(i).append('\n');
        }
        md.append("\n");
        for (int i = 0; i < 500; i++) {
            md.append("::: columns\n");
        }
        Path slides = Files.createDirectories(dir.resolve("hostil/slides"));
        Files.writeString(slides.resolve("deck.yaml"), DECK);
        Files.writeString(slides.resolve("s1.md"), md.toString());
        Files.writeString(slides.resolve("s2.yaml"), GOOD);
        List<String> lines = check(slides.getParent());
        assertEquals(true, lines.stream().anyMatch(l -> l.contains("más de 10 niveles anidados")), lines::toString);
    }

    @Test
    void theMessagesSpeakEnglishWhenAsked() throws Exception {
        Locale before = Messages.locale();
        Messages.use(Locale.ENGLISH);
        try {
            assertEquals(List.of("slides/s1.md:14:1: unknown directive <!-- pasue -->; did you mean 'pause'? (a"
                    + " one-word comment is read as a directive: for a comment, write more than one word)",
                    "1 error, 0 warnings"), check(deckWith("unknown-directive.md")));
        } finally {
            Messages.use(before);
        }
    }
}
