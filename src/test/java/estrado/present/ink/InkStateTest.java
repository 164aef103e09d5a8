package estrado.present.ink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.render.FxRuntime;
import estrado.timing.InkStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ink's state without windows: tools, pages and steps, undo and wipe, and the theme's colours. */
class InkStateTest {
    private final Ink ink = new Ink();
    private final Page slide1 = new Page("s1", 0);

    private void stroke(Page page, double... xy) {
        ink.begin(page, new Point2D(xy[0], xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            ink.extend(new Point2D(xy[i], xy[i + 1]));
        }
        ink.end();
    }

    @Test
    void withNoToolInHandNothingIsDrawn() {
        stroke(slide1, 10, 10, 50, 50);
        assertTrue(ink.strokes().isEmpty());
        ink.toggle(InkStroke.Tool.PEN);
        ink.toggle(InkStroke.Tool.PEN);
        assertNull(ink.toolProperty().get(), "the key again puts the pen down");
        ink.toggle(InkStroke.Tool.HIGHLIGHTER);
        ink.toggle(InkStroke.Tool.PEN);
        assertEquals(InkStroke.Tool.PEN, ink.toolProperty().get(), "the other tool's key swaps tools");
        assertTrue(ink.putDown());
        assertFalse(ink.putDown(), "Esc with nothing in hand is left to its old meaning");
    }

    @Test
    void aStrokeGrowsWhileDrawnIsClampedToTheCanvasAndSkipsTinyMoves() {
        ink.toggle(InkStroke.Tool.PEN);
        ink.begin(slide1, new Point2D(100, 100));
        Ink.Drawing d = ink.drawingProperty().get();
        assertNotNull(d);
        ink.extend(new Point2D(100.5, 100.5)); // less than a step: the same line
        ink.extend(new Point2D(2500, -40)); // off the slide: held at its edge
        assertEquals(List.of(100.0, 100.0, 1920.0, 0.0), d.xy());
        assertTrue(ink.strokes().isEmpty(), "not finished yet");
        ink.end();
        assertNull(ink.drawingProperty().get());
        assertEquals(List.of(new InkStroke.Point(100, 100), new InkStroke.Point(1920, 0)),
                ink.strokes().get(0).points());
        assertEquals(Ink.PEN_WIDTH, ink.strokes().get(0).width());
    }

    @Test
    void inkShowsFromItsStepOnAndUndoAndWipeActOnThePageShown() {
        ink.toggle(InkStroke.Tool.PEN);
        stroke(new Page("s1", 0), 10, 10, 90, 90);
        stroke(new Page("s1", 1), 20, 20, 80, 80);
        stroke(new Page("s2", 0), 30, 30, 70, 70);
        assertEquals(1, ink.on(new Page("s1", 0)).size(), "step 0 does not show step 1's ink");
        assertEquals(2, ink.on(new Page("s1", 1)).size(), "step 1 shows what was drawn at step 0 too");
        assertEquals(1, ink.on(new Page("s2", 3)).size());

        ink.undo(new Page("s1", 0));
        assertEquals(0, ink.on(new Page("s1", 0)).size(), "undo takes the page's own newest stroke");
        assertEquals(1, ink.on(new Page("s1", 1)).size(), "not step 1's");
        assertEquals(1, ink.on(new Page("s2", 0)).size(), "nor another slide's");

        stroke(new Page("s1", 0), 40, 40, 60, 60);
        List<InkStroke> before = List.copyOf(ink.on(new Page("s1", 1)));
        ink.clear(new Page("s1", 1));
        assertTrue(ink.on(new Page("s1", 1)).isEmpty(), "X wipes what the page shows");
        assertEquals(1, ink.strokes().size(), "the other slide keeps its ink");
        stroke(new Page("s1", 1), 5, 5, 15, 15);
        ink.undo(new Page("s1", 1));
        assertTrue(ink.on(new Page("s1", 1)).isEmpty(), "first undo: the stroke drawn after the wipe");
        ink.undo(new Page("s1", 1));
        assertEquals(before.size(), ink.on(new Page("s1", 1)).size(), "second undo: the wipe");
        assertTrue(ink.on(new Page("s1", 1)).containsAll(before));
    }

    @Test
    void kCyclesTheColoursOfTheToolInHand() {
        ink.toggle(InkStroke.Tool.PEN);
        InkPalette p = ink.palette();
        for (int i = 0; i < p.pens().size(); i++) {
            assertEquals(p.pens().get(i), ink.colour(InkStroke.Tool.PEN));
            ink.nextColour();
        }
        assertEquals(p.pens().get(0), ink.colour(InkStroke.Tool.PEN), "round again");
        ink.toggle(InkStroke.Tool.HIGHLIGHTER);
        ink.nextColour();
        assertEquals(p.highlighters().get(1), ink.colour(InkStroke.Tool.HIGHLIGHTER));
        assertEquals(p.pens().get(0), ink.colour(InkStroke.Tool.PEN), "the pen's colour stays");
    }

    @Test
    void theColoursComeFromTheSlideStylesheetsAndADecksThemeChangesThem(@TempDir Path dir) throws Exception {
        FxRuntime.startHeadless();
        String base = java.util.Objects.requireNonNull(
                estrado.render.SlideRenderer.class.getResource("slide.css")).toExternalForm();
        InkPalette plain = FxRuntime.call(() -> {
            BorderPane slide = new BorderPane();
            slide.getStylesheets().add(base);
            return InkPalette.of(slide);
        });
        assertEquals(InkPalette.DEFAULT, plain, "the base stylesheet's colours (the accent and green of the theme)");
        Path theme = dir.resolve("theme.css");
        Files.writeString(theme, ".slide { -slide-accent: #123456; -ink-highlighter-1: #00ff00; }");
        InkPalette themed = FxRuntime.call(() -> {
            BorderPane slide = new BorderPane();
            slide.getStylesheets().addAll(base, theme.toUri().toString());
            return InkPalette.of(slide);
        });
        assertEquals("#123456", themed.pens().get(1), "the second pen is the theme's accent");
        assertEquals("#00ff00", themed.highlighters().get(0));
        assertEquals(plain.pens().get(0), themed.pens().get(0));
    }
}
