package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.DiagramKind;
import estrado.deck.TestDecks;
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

/** Each native diagram draws, in both deck languages, and fits the slide. */
class DiagramRenderTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private Path deck(DiagramKind kind, String language, String layout) {
        String sources = String.join("\n", kind.sources().stream().map(k -> "@misc{" + k + ", title = {T " + k
                + "}, year = {2020}, url = {https://example.org/" + k + "}}").toList());
        try {
            java.nio.file.Files.createDirectories(dir.resolve("bib"));
            java.nio.file.Files.writeString(dir.resolve("bib/refs.bib"), sources);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String body = "two-columns".equals(layout)
                ? "    layout: two-columns\n    left: ['Texto']\n    right:\n      - diagram: " + kind.yamlName() + "\n"
                : "    blocks:\n      - diagram: " + kind.yamlName() + "\n";
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
            assertEquals(kind.sources().size(), foot.size(), foot::toString);
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
     * Every label stays inside its own box, and no label crosses or touches the dashed border of a
     * frame (the GPU and CPU areas): seen on the projector, a word cut by a line reads as a mistake.
     */
    @ParameterizedTest
    @EnumSource(DiagramKind.class)
    void labelsStayInsideTheirBoxesAndNeverCrossAFrame(DiagramKind kind) {
        List<String> faults = new ArrayList<>();
        for (String language : List.of("es", "en")) {
            RenderedSlide rendered = render(deck(kind, language, "content"));
            faults.addAll(FxRuntime.call(() -> {
                Node drawing = rendered.root().lookup(".diagram");
                List<Node> all = descendants(drawing);
                List<Bounds> frames = all.stream().filter(n -> n.getStyleClass().contains("diagram-frame"))
                        .map(n -> area(n, drawing)).toList();
                List<String> out = new ArrayList<>();
                for (Node n : all) {
                    if (!(n instanceof Text t) || !t.isVisible() || t.getText().isBlank()) {
                        continue;
                    }
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
                return out;
            }));
        }
        assertEquals(List.of(), faults);
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
