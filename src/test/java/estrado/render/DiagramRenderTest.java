package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.DiagramKind;
import estrado.deck.TestDecks;
import estrado.widgets.model.ModelPresets;
import estrado.widgets.vram.TrainingStepMemory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each native diagram draws, in both deck languages, and fits the slide. */
class DiagramRenderTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private Path deck(DiagramKind kind, String language, String layout) {
        return deck(kind, kind.yamlName(), language, layout);
    }

    /** A one-slide deck showing the diagram written as {@code diagramYaml} (a name, or a {name: …} mapping). */
    private Path deck(DiagramKind kind, String diagramYaml, String language, String layout) {
        String sources = String.join("\n", kind.sources().stream().map(k -> "@misc{" + k + ", title = {T " + k
                + "}, year = {2020}, url = {https://example.org/" + k + "}}").toList());
        try {
            java.nio.file.Files.createDirectories(dir.resolve("bib"));
            java.nio.file.Files.writeString(dir.resolve("bib/refs.bib"), sources);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String body = "two-columns".equals(layout)
                ? "    layout: two-columns\n    left: ['Texto']\n    right:\n      - diagram: " + diagramYaml + "\n"
                : "    blocks:\n      - diagram: " + diagramYaml + "\n";
        return TestDecks.write(dir, "title: D\nduration: 10\nlanguage: " + language
                + "\nbibliography: bib/refs.bib\nsections:\n  - s1.yaml\n",
                "id: s1\ntitle: Uno\nbudget: 10\nslides:\n  - id: d\n    title: Diagrama\n" + body);
    }

    private static RenderedSlide render(Path deck) {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        assertTrue(opened.context().isPresent(), () -> "deck did not open: " + opened.problems());
        SlideRenderer r = FxRuntime.call(() -> new SlideRenderer(opened.context().get()));
        return FxRuntime.call(() -> {
            RenderedSlide rendered = r.render(r.context().slides().get(0), 0);
            rendered.layoutNow();
            return rendered;
        });
    }

    @ParameterizedTest
    @EnumSource(DiagramKind.class)
    void drawsVectorShapesThatFitAndCitesItsSources(DiagramKind kind) {
        RenderedSlide rendered = render(deck(kind, "es", "content"));
        FxRuntime.call(() -> {
            assertEquals(java.util.Optional.empty(), rendered.overflow());
            Region fitted = (Region) rendered.root().lookup(".diagram-fit");
            assertTrue(fitted.getWidth() > 800 && fitted.getHeight() > 300, fitted.getLayoutBounds()::toString);
            List<Node> all = descendants(rendered.root().lookup(".diagram"));
            assertTrue(all.stream().filter(n -> n instanceof Shape || n.getStyleClass().contains("diagram-node")).count() >= 5);
            List<String> words = all.stream().filter(n -> n instanceof Text t && t.isVisible())
                    .map(n -> ((Text) n).getText()).toList();
            assertTrue(words.stream().noneMatch(w -> w.startsWith("diagram.")), words::toString);
            List<String> foot = rendered.root().lookupAll(".cite-line").stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
            // every source has a line, or, past the foot's share, is sent to the reference pages by number
            assertEquals(Math.min(kind.sources().size(), SlideRenderer.MAX_FOOT_LINES), foot.size(), foot::toString);
            if (kind.sources().size() > SlideRenderer.MAX_FOOT_LINES) {
                assertTrue(foot.get(foot.size() - 1).endsWith("–" + kind.sources().size() + "] ver Referencias al final"),
                        foot::toString);
            }
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(DiagramKind.class)
    void speaksTheDeckLanguage(DiagramKind kind) {
        RenderedSlide es = render(deck(kind, "es", "content"));
        RenderedSlide en = render(deck(kind, "en", "content"));
        List<String> esWords = FxRuntime.call(() -> texts(es.root().lookup(".diagram")));
        List<String> enWords = FxRuntime.call(() -> texts(en.root().lookup(".diagram")));
        assertFalse(enWords.stream().anyMatch(w -> w.startsWith("diagram.")), enWords::toString);
        assertTrue(!esWords.equals(enWords), "English labels differ from Spanish ones");
    }

    @Test
    void shrinksIntoAColumn() {
        RenderedSlide rendered = render(deck(DiagramKind.LORA, "es", "two-columns"));
        FxRuntime.call(() -> {
            assertEquals(java.util.Optional.empty(), rendered.overflow());
            Region fitted = (Region) rendered.root().lookup(".diagram-fit");
            Node drawing = rendered.root().lookup(".diagram");
            double shown = drawing.getBoundsInParent().getWidth();
            assertTrue(shown <= fitted.getWidth() + 1, shown + " > " + fitted.getWidth());
            assertTrue(fitted.getWidth() < 900, "a column, not the slide: " + fitted.getWidth());
            return null;
        });
    }

    @Test
    void trainingStepsCountsZerosSixteenBytes() {
        assertEquals(16, TrainingStepsDiagram.sum());
    }

    @Test
    void bitLayoutsAddUpToEachFormatsWidth() {
        for (BitLayoutsDiagram.Layout l : BitLayoutsDiagram.LAYOUTS) {
            assertEquals(l.precision().bits(), l.bits(), l.precision().label());
        }
    }

    /**
     * Every label stays inside its own box, no two labels overlap, and no label crosses or touches the
     * dashed border of a frame (the GPU and CPU areas): seen on the projector, a word cut by a line or
     * printed over another reads as a mistake.
     */
    @ParameterizedTest
    @EnumSource(DiagramKind.class)
    void labelsStayInsideTheirBoxesNeverOverlapAndNeverCrossAFrame(DiagramKind kind) {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("es", "en")) {
            faults.addAll(labelFaults(deck(kind, language, "content"), language));
        }
        assertEquals(List.of(), faults);
    }

    /** The memory chart is computed per model: its labels must fit whichever preset a slide names. */
    @ParameterizedTest
    @MethodSource("modelKeys")
    void trainingMemoryLabelsFitEveryModelPreset(String model) {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("es", "en")) {
            Path deck = deck(DiagramKind.TRAINING_MEMORY, "{name: training-memory, model: " + model + "}", language, "content");
            faults.addAll(labelFaults(deck, language));
        }
        assertEquals(List.of(), faults);
    }

    static List<String> modelKeys() {
        return List.copyOf(ModelPresets.all().keySet());
    }

    @Test
    void trainingMemoryShowsTheEstimatorsFiguresForTheModelAsked() {
        RenderedSlide rendered = render(deck(DiagramKind.TRAINING_MEMORY, "{name: training-memory, model: qwen2.5-1.5b}", "es", "content"));
        List<String> words = FxRuntime.call(() -> texts(rendered.root().lookup(".diagram")));
        TrainingStepMemory qwen = TrainingStepMemory.of(ModelPresets.QWEN25_1_5B);
        java.text.NumberFormat es = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("es"));
        es.setMaximumFractionDigits(1);
        String peak = "pico: " + es.format(qwen.peak().totalBytes() / 1e9) + " GB";
        assertTrue(qwen.peak().totalBytes() / 1e9 > 30 && qwen.peak().totalBytes() / 1e9 < 36, peak);
        assertTrue(words.contains(peak), () -> peak + " not in " + words);
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Qwen2.5 1.5B ·")), words::toString);
        // the vertical axis counts GB in the deck's number style
        assertTrue(words.containsAll(List.of("GB", "0", "10", "20", "30")), words::toString);
    }

    @Test
    void anUnknownModelIsAnErrorAtItsNameWithADidYouMean() {
        Path deck = deck(DiagramKind.TRAINING_MEMORY, "{name: training-memory, model: llama3-7b}", "es", "content");
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        List<estrado.deck.Problem> errors = opened.problems().stream().filter(estrado.deck.Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        estrado.deck.Problem p = errors.get(0);
        assertTrue(p.location().file().toString().endsWith("s1.yaml"), p.location()::toString);
        assertEquals(8, p.location().line());
        assertEquals(49, p.location().column());
        assertTrue(p.message().contains("«llama3-7b»") && p.message().contains("«llama3-8b»"), p.message());
        assertTrue(opened.context().isEmpty(), "a deck with errors is not drawn");
    }

    private List<String> labelFaults(Path deck, String language) {
        RenderedSlide rendered = render(deck);
        return FxRuntime.call(() -> {
            Node drawing = rendered.root().lookup(".diagram");
            List<Node> all = descendants(drawing);
            List<Bounds> frames = all.stream().filter(n -> n.getStyleClass().contains("diagram-frame"))
                    .map(n -> area(n, drawing)).toList();
            List<String> out = new ArrayList<>();
            List<Text> labels = new ArrayList<>();
            for (Node n : all) {
                if (!(n instanceof Text t) || !t.isVisible() || t.getText().isBlank()) {
                    continue;
                }
                labels.add(t);
                Bounds text = inDrawing(t, drawing);
                Node box = t.getParent();
                while (box != null && !box.getStyleClass().contains("diagram-node")) {
                    box = box.getParent();
                }
                if (box != null && !grown(area(box, drawing), 1).contains(text)) {
                    out.add(language + " '" + t.getText() + "' " + text + " outside its box " + area(box, drawing));
                }
                for (Bounds f : frames) {
                    // inside a frame means clear of its dashed border, not just touching it
                    if (f.intersects(text) && !grown(f, -FRAME_MARGIN).contains(text)) {
                        out.add(language + " '" + t.getText() + "' " + text + " crosses the frame " + f);
                    }
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                // a pixel of slack: lines stacked in one label touch, they do not overlap
                Bounds a = grown(inDrawing(labels.get(i), drawing), -1);
                for (int j = i + 1; j < labels.size(); j++) {
                    if (a.intersects(grown(inDrawing(labels.get(j), drawing), -1))) {
                        out.add(language + " '" + labels.get(i).getText() + "' overlaps '" + labels.get(j).getText() + "'");
                    }
                }
            }
            return out;
        });
    }

    private static final double FRAME_MARGIN = 8;

    private static Bounds inDrawing(Node n, Node drawing) {
        return drawing.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
    }

    /** A box's own area: its bounds in local would grow with a label that spills out of it. */
    private static Bounds area(Node box, Node drawing) {
        return drawing.sceneToLocal(box.localToScene(box.getLayoutBounds()));
    }

    private static Bounds grown(Bounds b, double by) {
        return new BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by, b.getHeight() + 2 * by);
    }

    private static List<String> texts(Node root) {
        return descendants(root).stream().filter(n -> n instanceof Text t && t.isVisible())
                .map(n -> ((Text) n).getText()).toList();
    }

    private static List<Node> descendants(Node n) {
        List<Node> out = new ArrayList<>();
        out.add(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(descendants(c)));
        }
        return out;
    }
}
