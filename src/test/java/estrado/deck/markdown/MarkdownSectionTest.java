package estrado.deck.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Block;
import estrado.deck.Deck;
import estrado.deck.DeckLoader;
import estrado.deck.Layout;
import estrado.deck.Problem;
import estrado.deck.Slide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown section reads into the same slides as the YAML section it stands for, located in the .md file. */
class MarkdownSectionTest {
    static final String MD = """
            ---
            id: s1
            title: Uno
            budget: 45
            ---

            ---
            id: a
            duration: 2
            ---
            # Título: con dos puntos
            ## Subtítulo

            Un párrafo con **negrita**, $\\{x\\}$ y 56\\,\\text{h}
            que sigue en otra línea.

            <!-- steps -->
            - uno
              - uno.a
            - dos

            <!-- pause -->

            | Modelo | GB |
            | :--- | ---: |
            | Llama \\| 8B | 16 |

            : Leyenda de la tabla

            > [!warning] Ojo
            > No cabe.

            > Una cita.
            >
            > — Alguien

            $$ W = W_0 + B A $$

            ```widget lora-rank
            d: 4096
            rank: 16
            ```

            ```diagram lora
            height: 600
            ```

            :::: columns
            ::: column
            Izquierda
            :::
            ::: column
            1. Derecha
            :::
            ::::

            <!-- notes -->
            Notas de la diapositiva.
            Segunda línea.

            ---
            layout: two-columns
            ---
            # Dos lados

            ::: left
            **Beneficios**
            :::
            ::: right
            **Costos**
            :::

            ---
            layout: quote
            ---
            > Sin título.
            """;

    static final String YAML = """
            id: s1
            title: Uno
            budget: 45
            slides:
              - id: a
                duration: 2
                title: 'Título: con dos puntos'
                subtitle: Subtítulo
                blocks:
                  - 'Un párrafo con **negrita**, $\\{x\\}$ y 56\\,\\text{h} que sigue en otra línea.'
                  - bullets:
                      - uno:
                          - uno.a
                      - dos
                    steps: true
                  - pause
                  - table:
                      header: [Modelo, GB]
                      align: [left, right]
                      rows:
                        - ['Llama | 8B', '16']
                      caption: Leyenda de la tabla
                  - callout: {kind: warning, title: Ojo, text: No cabe.}
                  - quote: {text: Una cita., author: Alguien}
                  - formula: 'W = W_0 + B A'
                  - widget: {type: lora-rank, d: 4096, rank: 16}
                  - diagram: {name: lora, height: 600}
                  - columns:
                      - - Izquierda
                      - - numbered:
                            - Derecha
                notes: |
                  Notas de la diapositiva.
                  Segunda línea.
              - id: dos-lados
                title: Dos lados
                layout: two-columns
                left:
                  - '**Beneficios**'
                right:
                  - '**Costos**'
              - id: s1-3
                layout: quote
                blocks:
                  - quote: Sin título.
            """;

    @TempDir
    Path dir;

    private Deck load(String sectionFile, String text) throws IOException {
        Path slides = Files.createDirectories(dir.resolve(sectionFile).resolve("slides"));
        Files.writeString(slides.resolve("deck.yaml"), "title: Prueba\nduration: 45\nsections:\n  - " + sectionFile + "\n");
        Files.writeString(slides.resolve(sectionFile), text);
        DeckLoader.Result r = new DeckLoader().load(slides.getParent());
        assertEquals(List.of(), r.problems().stream().filter(Problem::isError).map(p -> p.format(r.root())).toList());
        return r.deck().orElseThrow();
    }

    @Test
    void aMarkdownSectionReadsExactlyAsItsYamlForm() throws IOException {
        Deck md = load("s1.md", MD);
        Deck yaml = load("s1.yaml", YAML);
        assertEquals(3, md.slides().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(ModelText.of(yaml.slides().get(i)), ModelText.of(md.slides().get(i)));
        }
        assertEquals(ModelText.of(yaml.sections().get(0)), ModelText.of(md.sections().get(0)));
    }

    @Test
    void theMarkdownSlideHasItsPartsWhereTheAuthorWroteThem() throws IOException {
        Slide a = load("s1.md", MD).slides().get(0);
        assertEquals("Título: con dos puntos", a.title());
        assertEquals(3, a.steps(), "the two list items, then the pause");
        Block.Paragraph p = (Block.Paragraph) a.blocks().get(0);
        assertEquals(14, p.location().line());
        assertEquals(1, p.location().column());
        assertTrue(p.location().file().toString().endsWith("s1.md"));
        Block.Widget w = (Block.Widget) a.blocks().get(6);
        assertEquals("lora-rank", w.type());
        assertEquals(39, w.location().line());
        assertEquals(11, w.location().column(), "the widget's name on the fence line");
        assertEquals("4096", ((estrado.deck.YamlNode.Scalar) w.params().get("d")).text());
        assertEquals(40, w.params().get("d").location().line(), "fenced YAML keeps the .md line");
        Block.Table t = (Block.Table) a.blocks().get(2);
        assertEquals(List.of(List.of("Llama | 8B", "16")), t.rows());
        assertEquals(List.of(Block.Align.LEFT, Block.Align.RIGHT), t.align());
        assertEquals("Notas de la diapositiva.\nSegunda línea.", a.notes());
        Slide sides = load("s1.md", MD).slides().get(1);
        assertEquals(Layout.TWO_COLUMNS, sides.layout());
        assertEquals("dos-lados", sides.id(), "without a header id, the id comes from the title");
    }

    @Test
    void yamlAndMarkdownSectionsMixInOneDeck() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("mixed/slides"));
        Files.writeString(slides.resolve("deck.yaml"), "title: Mixto\nduration: 90\nsections:\n  - a.yaml\n  - b.md\n");
        Files.writeString(slides.resolve("a.yaml"), YAML.replace("id: s1\n", "id: s0\n").replace("- id: a\n", "- id: a0\n")
                .replace("- id: dos-lados", "- id: dos-lados-0").replace("- id: s1-3", "- id: s0-3"));
        Files.writeString(slides.resolve("b.md"), MD);
        DeckLoader.Result r = new DeckLoader().load(slides.getParent());
        assertEquals(List.of(), r.problems().stream().filter(Problem::isError).map(p -> p.format(r.root())).toList());
        assertEquals(6, r.deck().orElseThrow().slides().size());
        assertEquals(90, r.deck().orElseThrow().budgetSumMinutes(), 1e-9);
    }

    /** Seen: a repeated id was reported at both slides' --- lines, not at the id: lines below them. */
    @Test
    void aRepeatedIdIsReportedAtItsIdLine() throws IOException {
        Path slides = Files.createDirectories(dir.resolve("repeated/slides"));
        Files.writeString(slides.resolve("deck.yaml"), "title: Ids\nduration: 10\nsections:\n  - s.md\n");
        Files.writeString(slides.resolve("s.md"), """
                ---
                id: s
                title: Sección
                budget: 10
                ---

                ---
                id: calculadora
                ---
                # Uno

                ---
                id: calculadora
                ---
                # Dos
                """);
        DeckLoader.Result r = new DeckLoader().load(slides.getParent());
        List<String> errors = r.problems().stream().filter(Problem::isError).map(p -> p.format(r.root())).toList();
        assertEquals(List.of("slides/s.md:13:1: id de diapositiva «calculadora» repetido (ya usado en slides/s.md:8:1)"),
                errors);
    }
}
