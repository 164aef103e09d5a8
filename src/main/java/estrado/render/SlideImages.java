package estrado.render;

import estrado.deck.Slide;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Slides as pictures: the same nodes the windows show, snapshotted off-screen. */
public final class SlideImages {
    private SlideImages() {
    }

    /** Must run on the JavaFX thread. {@code scale} 1 gives 1920×1080. */
    public static WritableImage snapshot(SlideRenderer renderer, Slide slide, int step, double scale) {
        return snapshot(renderer.render(slide, step), scale);
    }

    /** A slide already drawn, as a picture (JavaFX thread). */
    public static WritableImage snapshot(RenderedSlide r, double scale) {
        r.layoutNow();
        r.drawFormulasAt(scale);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return r.root().snapshot(params, null);
    }

    public static void writePng(WritableImage image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(buffered, "png", file.toFile());
    }
}
