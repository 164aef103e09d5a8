package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.Slide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 6 on the canvas (fixture deck decks/pictures): an image beside the text sits at the side given,
 * takes its share of the body, and neither overlaps the text nor leaves the body; a full-bleed image covers the
 * canvas and its title reads over any picture.
 */
class PlacedImageRenderTest {
    static final Path DECK = Path.of("src/test/resources/decks/pictures");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private static SlideContext context(Path deck) {
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.none());
        assertTrue(opened.context().isPresent(), () -> opened.problems().toString());
        return opened.context().get();
    }

    /** The room's view of a slide at a step, laid out. */
    private static RenderedSlide render(SlideContext ctx, String id, int step) {
        Slide slide = ctx.slides().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        RenderedSlide r = SlideRenderer.forAudience(ctx).render(slide, step);
        r.layoutNow();
        return r;
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        double e = 0.5;
        return inner.getMinX() >= outer.getMinX() - e && inner.getMaxX() <= outer.getMaxX() + e
                && inner.getMinY() >= outer.getMinY() - e && inner.getMaxY() <= outer.getMaxY() + e;
    }

    /** The box of what a column draws: the union of its visible children (the column itself stretches). */
    private static Bounds drawn(javafx.scene.layout.Region column) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Node c : column.getChildrenUnmodifiable()) {
            if (c.isVisible()) {
                Bounds b = scene(c);
                x0 = Math.min(x0, b.getMinX());
                y0 = Math.min(y0, b.getMinY());
                x1 = Math.max(x1, b.getMaxX());
                y1 = Math.max(y1, b.getMaxY());
            }
        }
        return new javafx.geometry.BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    private record Beside(Bounds body, Bounds picture, Bounds image, Bounds text) { }

    private static Beside beside(SlideContext ctx, String id, int step) {
        return FxRuntime.call(() -> {
            RenderedSlide r = render(ctx, id, step);
            assertTrue(r.overflow().isEmpty(), () -> id + " overflows: " + r.overflow());
            Node picture = r.root().lookup(".side-image");
            assertNotNull(picture, id + " has no side image");
            ImageView image = (ImageView) picture.lookup(".image-box").lookup("ImageView");
            assertNotNull(image, id + ": the picture was not drawn");
            return new Beside(SlideFill.contentArea(r.mustFit().get(0)), scene(picture), scene(image),
                    drawn(r.mustFit().get(0)));
        });
    }

    @Test
    void anImageBesideTheTextSitsAtItsSideTakesItsShareAndLeavesTheTextTheRest() {
        SlideContext ctx = context(DECK);
        double between = ReferencePages.BODY_WIDTH - SlideRenderer.BESIDE_GAP;

        Beside right = beside(ctx, "retrato-derecha", 0);
        assertEquals(ReferencePages.BODY_WIDTH, right.body().getWidth(), 0.5, "the body is the whole width between margins");
        assertEquals(Math.round(0.40 * between), right.picture().getWidth(), 0.5, "width: 40%");
        assertTrue(right.text().getMaxX() + SlideRenderer.BESIDE_GAP <= right.picture().getMinX() + 0.5,
                () -> "text " + right.text() + " reaches the picture " + right.picture());
        assertTrue(inside(right.picture(), right.body()) && inside(right.image(), right.picture())
                && inside(right.text(), right.body()), right::toString);
        assertEquals(right.body().getMaxX(), right.picture().getMaxX(), 0.5, "flush with the right margin");

        Beside left = beside(ctx, "retrato-izquierda", 0);
        assertEquals(Math.round(0.35 * between), left.picture().getWidth(), 0.5, "width: 0.35");
        assertEquals(left.body().getMinX(), left.picture().getMinX(), 0.5, "flush with the left margin");
        assertTrue(left.picture().getMaxX() + SlideRenderer.BESIDE_GAP <= left.text().getMinX() + 0.5, left::toString);
        assertTrue(inside(left.picture(), left.body()) && inside(left.text(), left.body()), left::toString);
    }

    @Test
    void theTextBesideAnImageAutofitsInTheRestAndRevealsInPlace() {
        SlideContext ctx = context(DECK);
        Beside first = beside(ctx, "paisaje-izquierda", 0);
        Beside second = beside(ctx, "paisaje-izquierda", 1);
        assertEquals(first.picture(), second.picture(), "the picture does not move when the callout appears");
        assertTrue(second.text().getHeight() > first.text().getHeight(), "the second step shows the callout");
        double size = FxRuntime.call(() -> {
            RenderedSlide r = render(ctx, "retrato-derecha", 0);
            Text t = (Text) r.mustFit().get(0).lookup(".list-text Text");
            return t.getFont().getSize() * t.getLocalToSceneTransform().getMyy();
        });
        assertTrue(size > AutofitTest.BODY_PX + 1, "three short bullets grow beside the picture: " + size + " px");
    }

    @Test
    void aFullBleedImageCoversTheCanvasAndItsTitleReadsOverAnyPicture() {
        SlideContext ctx = context(DECK);
        for (String id : List.of("a-sangre", "claro-a-sangre")) {
            FxRuntime.call(() -> {
                RenderedSlide r = render(ctx, id, 0);
                ImageView image = (ImageView) r.root().lookup("." + BlockViews.BLEED).lookup("ImageView");
                assertNotNull(image, id);
                Bounds b = scene(image);
                assertTrue(b.getMinX() <= 0.5 && b.getMinY() <= 0.5 && b.getMaxX() >= SlideCanvas.WIDTH - 0.5
                        && b.getMaxY() >= SlideCanvas.HEIGHT - 0.5, () -> id + " does not cover the canvas: " + b);
                Node band = r.root().lookup(".title-bar");
                assertTrue(band.getStyleClass().contains("bleed-band"), id);
                Text title = (Text) band.lookup(".slide-title Text");
                assertTrue(inside(scene(title), scene(band)), id);
                return null;
            });
        }
        OverflowCheck.Result checked = FxRuntime.call(() -> OverflowCheck.measure(SlideRenderer.forAudience(ctx)));
        assertEquals(List.of(), checked.contrast(), "titles on the band read over white and black pictures");
        assertFalse(checked.problems().stream().anyMatch(estrado.deck.Problem::isError), checked.problems()::toString);
    }

    @Test
    void withoutItsBandATitleOverAPictureFailsTheContrastCheck() throws IOException {
        copy(DECK, dir);
        Files.writeString(dir.resolve("slides/theme.css"), ".slide { -slide-scrim: transparent; }\n");
        Path yaml = dir.resolve("slides/deck.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "theme: slides/theme.css\n");
        SlideContext ctx = context(dir);
        OverflowCheck.Result checked = FxRuntime.call(() -> OverflowCheck.measure(SlideRenderer.forAudience(ctx)));
        // one finding per colour pair: white on a white picture, for the band's caption (26 px, the strictest)
        assertTrue(checked.contrast().stream().anyMatch(c -> c.slide().equals("a-sangre") && c.fg().equals("#ffffff")
                && c.bg().equals("#ffffff") && c.minimum() == 4.5),
                () -> "white text on a picture that may be white: " + checked.contrast());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
