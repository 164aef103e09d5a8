package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short content grows in type steps and sits at the optical centre; it never shrinks below the body size,
 * and content that fits at the body size never overflows once grown.
 */
class AutofitTest {
    /** The body size of slide.css: no text of a paragraph or a first-level bullet is drawn smaller. */
    static final double BODY_PX = 36;

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    /** One slide per count: a paragraph and n bullets of a line and a half each, one with two columns. */
    private List<RenderedSlide> slides() {
        StringBuilder yaml = new StringBuilder("id: s1\ntitle: Uno\nbudget: 10\nslides:\n");
        for (int n = 1; n <= 14; n++) {
            yaml.append("  - id: s").append(n).append("\n    title: Con ").append(n).append(" ítems\n    blocks:\n")
                    .append("      - 'Un párrafo que presenta la idea.'\n      - bullets:\n");
            for (int i = 0; i < n; i++) {
                yaml.append("          - 'Ítem ").append(i).append(": una línea de texto bastante larga que en el tamaño ")
                        .append("del cuerpo ocupa algo más que el ancho de la diapositiva'\n");
            }
        }
        yaml.append("  - id: cols\n    title: Dos columnas\n    layout: two-columns\n    left: ['Izquierda', {bullets: [a, b]}]\n")
                .append("    right: [{code: {language: python, text: \"x = 1\\ny = 2\"}}]\n");
        Path deck = TestDecks.withSection(dir, yaml.toString());
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        return FxRuntime.call(() -> {
            SlideRenderer r = new SlideRenderer(opened.context().get());
            List<RenderedSlide> out = new ArrayList<>();
            for (var s : r.context().slides()) {
                RenderedSlide rendered = r.render(s, s.steps() - 1);
                rendered.layoutNow();
                out.add(rendered);
            }
            return out;
        });
    }

    private static Autofit body(RenderedSlide r) {
        return (Autofit) r.root().lookup(".slide-body");
    }

    @Test
    void grownTextIsNeverBelowTheBodySizeAndNeverOverflows() {
        double previous = Autofit.MAX_SCALE;
        List<RenderedSlide> slides = slides();
        for (RenderedSlide r : slides) {
            String id = r.slide().id();
            FxRuntime.call(() -> {
                Autofit body = body(r);
                double scale = body.scale();
                assertTrue(scale >= 1 && scale <= Autofit.MAX_SCALE, id + ": scale " + scale);
                if (!fitsAtBodySize(r)) {
                    // too much for the slide: it stays at the body size and check reports the overflow
                    assertEquals(1, scale, 1e-9, id);
                    assertTrue(r.overflow().isPresent(), id);
                    return null;
                }
                assertEquals(Optional.empty(), r.overflow(), id);
                // one selector per lookup: Node.lookupAll reads no comma-separated list
                List<Node> texts = new ArrayList<>();
                for (Node flow : r.root().lookupAll(".list-text")) {
                    // list > entry > row (list-item) > text
                    if (flow.getParent().getParent().getParent().getStyleClass().contains("list-depth-1")) {
                        texts.addAll(((javafx.scene.Parent) flow).getChildrenUnmodifiable());
                    }
                }
                assertTrue(!texts.isEmpty(), id + ": no bullet text measured");
                texts.addAll(r.root().lookupAll(".paragraph Text"));
                for (Node n : texts) {
                    Text t = (Text) n;
                    double drawn = t.getFont().getSize() * t.getLocalToSceneTransform().getMyy();
                    assertTrue(drawn >= BODY_PX - 1e-6, id + ": «" + t.getText() + "» at " + drawn + " px");
                }
                Bounds area = SlideFill.contentArea(r.mustFit().get(0));
                for (Region column : r.mustFit()) {
                    Bounds drawn = column.localToScene(column.getLayoutBounds());
                    assertTrue(drawn.getMaxY() <= area.getMaxY() + 0.5 && drawn.getMinY() >= area.getMinY() - 0.5,
                            id + ": content " + drawn + " outside the body " + area);
                }
                return null;
            });
        }
        // more content never gets larger type
        for (int i = 0; i < 14; i++) {
            double scale = body(slides.get(i)).scale();
            assertTrue(scale <= previous, slides.get(i).slide().id() + " grew more than a shorter slide");
            previous = scale;
        }
        assertEquals(Autofit.MAX_SCALE, body(slides.get(0)).scale(), 1e-9, "one short item takes the largest step");
        assertTrue(FxRuntime.call(() -> fitsAtBodySize(slides.get(5))), "six items fit the body");
        assertTrue(FxRuntime.call(() -> !fitsAtBodySize(slides.get(13))), "fourteen items do not");
    }

    @Test
    void eachSlideTakesTheLargestStepThatFitsAndIsCentredOptically() {
        for (RenderedSlide r : slides()) {
            String id = r.slide().id();
            FxRuntime.call(() -> {
                if (!fitsAtBodySize(r)) {
                    return null;
                }
                Autofit body = body(r);
                Region content = (Region) body.getChildrenUnmodifiable().get(0);
                Bounds area = SlideFill.contentArea(r.mustFit().get(0));
                double scale = body.scale();
                double next = nextStep(scale);
                if (next > scale) {
                    double wouldNeed = content.prefHeight(area.getWidth() / next) * next;
                    assertTrue(wouldNeed > area.getHeight(), id + ": the next step (" + next + ") would fit too");
                }
                Bounds drawn = content.localToScene(content.getLayoutBounds());
                double above = drawn.getMinY() - area.getMinY();
                double below = area.getMaxY() - drawn.getMaxY();
                assertEquals(Autofit.ABOVE / (1 - Autofit.ABOVE), above / below, 0.02, id + ": above " + above + ", below " + below);
                return null;
            });
        }
    }

    /**
     * Widgets and diagrams are laid out inside the body, never in its margins or past the canvas: a widget keeps
     * the body's width and its type (a live widget slide does not grow), and a grown diagram is scaled with the
     * rest of the content inside the same box. Every slide of the bundled deck, with its real widgets.
     */
    @Test
    void widgetsAndDiagramsStayInsideTheBody() {
        OpenedDeck opened = OpenedDeck.open(TestDecks.bundled(), WidgetViews.of(estrado.app.Main.widgetRegistry()));
        SlideContext ctx = opened.context().orElseThrow();
        int[] seen = new int[2];
        FxRuntime.call(() -> {
            SlideRenderer renderer = SlideRenderer.forAudience(ctx);
            for (var slide : ctx.slides()) {
                RenderedSlide r = renderer.render(slide, slide.steps() - 1);
                r.layoutNow();
                r.layoutNow();
                if (r.root().lookup(".slide-body") == null) {
                    continue;
                }
                Bounds area = SlideFill.contentArea(r.mustFit().get(0));
                List<Node> placed = new ArrayList<>(r.root().lookupAll(".widget"));
                placed.addAll(r.root().lookupAll(".diagram"));
                for (Node n : placed) {
                    boolean widget = n.getStyleClass().contains("widget");
                    seen[widget ? 0 : 1]++;
                    Bounds drawn = n.localToScene(n.getLayoutBounds());
                    assertTrue(drawn.getMinX() >= area.getMinX() - 0.5 && drawn.getMaxX() <= area.getMaxX() + 0.5
                                    && drawn.getMinY() >= area.getMinY() - 0.5 && drawn.getMaxY() <= area.getMaxY() + 0.5,
                            slide.id() + ": " + n.getStyleClass() + " at " + drawn + " outside the body " + area);
                    if (widget) {
                        assertEquals(1, body(r).scale(), 1e-9, slide.id() + ": a widget slide's type does not grow");
                    }
                }
                assertEquals(Optional.empty(), r.overflow(), slide.id());
            }
            return null;
        });
        assertTrue(seen[0] >= 7 && seen[1] >= 5, "widgets and diagrams tried: " + seen[0] + ", " + seen[1]);
    }

    private static boolean fitsAtBodySize(RenderedSlide r) {
        Region content = (Region) body(r).getChildrenUnmodifiable().get(0);
        Bounds area = SlideFill.contentArea(r.mustFit().get(0));
        return content.prefHeight(area.getWidth()) <= area.getHeight();
    }

    private static double nextStep(double scale) {
        double next = scale;
        for (double s : Autofit.STEPS) {
            if (s > scale + 1e-9) {
                next = s;
            }
        }
        return next;
    }
}
