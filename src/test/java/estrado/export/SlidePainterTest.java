package estrado.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.render.FxRuntime;
import estrado.render.SlideCanvas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class SlidePainterTest {

    @Test
    void aNodeInsideTheClipIsKeptWhole() {
        Bounds node = new BoundingBox(100, 100, 200, 50);
        assertEquals(node, SlidePainter.visibleArea(node, new Affine(), new BoundingBox(0, 0, 800, 600)));
    }

    @Test
    void aNodeRunningOutOfItsClipAndTheSlideIsCutToWhatShows() {
        Bounds tall = new BoundingBox(10, -5000, 300, 20000);
        Bounds shown = SlidePainter.visibleArea(tall, new Affine(), new BoundingBox(0, 0, 400, 300));
        assertEquals(new BoundingBox(10, 0, 300, 300), shown);
        Bounds noClip = SlidePainter.visibleArea(tall, new Affine(), null);
        assertEquals(new BoundingBox(10, 0, 300, SlideCanvas.HEIGHT), noClip);
    }

    @Test
    void theClipIsMappedIntoTheParentsCoordinates() {
        // a parent drawn at twice its size, moved right by 100: slide x 100..500 is parent x 0..200
        Affine parent = new Affine(2, 0, 100, 0, 2, 0);
        Bounds shown = SlidePainter.visibleArea(new BoundingBox(0, 0, 1000, 1000), parent, new BoundingBox(100, 0, 400, 200));
        assertEquals(new BoundingBox(0, 0, 200, 100), shown);
    }

    @Test
    void aNodeWhollyOutsideTheClipOrScaledToNothingShowsNothing() {
        assertNull(SlidePainter.visibleArea(new BoundingBox(500, 500, 10, 10), new Affine(), new BoundingBox(0, 0, 100, 100)));
        assertNull(SlidePainter.visibleArea(new BoundingBox(0, 0, 10, 10), new Affine(0, 0, 0, 0, 0, 0), null));
    }

    /** The export's old failure: a curve 40,000 px tall in a small clipped plot became one enormous image. */
    @Test
    void aCurveFarLargerThanItsClippedPlotIsRasterisedAtThePlotsSize() throws IOException {
        FxRuntime.startHeadless();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            try {
                PDPage page = new PDPage(new PDRectangle(960, 540));
                doc.addPage(page);
                SlidePainter painter = new SlidePainter(fonts, new PdfImages(doc));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    FxRuntime.call(() -> {
                        Pane plot = new Pane();
                        plot.setLayoutX(200);
                        plot.setLayoutY(100);
                        plot.setClip(new Rectangle(0, 0, 400, 300));
                        Polyline curve = new Polyline(0, 0, 200, 40_000, 400, -20_000);
                        curve.setStroke(Color.RED);
                        curve.setStrokeWidth(3);
                        plot.getChildren().add(curve);
                        Group root = new Group(plot);
                        new javafx.scene.Scene(root, SlideCanvas.WIDTH, SlideCanvas.HEIGHT);
                        root.applyCss();
                        root.layout();
                        painter.paint(root, new PdfCanvas(cs, PdfCanvas.newAlphaCache()));
                        return null;
                    });
                }
                assertEquals(1, painter.rasterized(), "the polyline has no vector form here");
                List<PDImageXObject> drawn = images(page);
                assertEquals(1, drawn.size());
                PDImageXObject image = drawn.get(0);
                assertNotNull(image);
                // at most the clip's 400×300 at the raster scale, plus a pixel of rounding
                assertTrue(image.getWidth() <= 400 * SlidePainter.RASTER_SCALE + 1, "width " + image.getWidth());
                assertTrue(image.getHeight() <= 300 * SlidePainter.RASTER_SCALE + 1, "height " + image.getHeight());
                assertTrue(image.getHeight() >= 300 * SlidePainter.RASTER_SCALE - 1, "height " + image.getHeight());
            } finally {
                fonts.close();
            }
        }
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                out.add(image);
            }
        }
        return out;
    }
}
