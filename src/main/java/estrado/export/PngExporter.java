package estrado.export;

import estrado.render.FxRuntime;
import estrado.render.SlideContext;
import estrado.render.SlideImages;
import estrado.render.SlideRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.image.WritableImage;

/** One PNG per slide (or per step), drawn off-screen exactly as the projector shows it. */
public final class PngExporter {
    /** What was written. */
    public record Result(Path folder, int images) { }

    private final SlideContext context;

    public PngExporter(SlideContext context) {
        this.context = context;
    }

    /**
     * Call from any thread but the JavaFX one; the toolkit must be running. Pictures already written
     * stay when cancelled (each is complete on its own).
     */
    public Result export(Path folder, ExportPage.Steps steps, double scale, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException {
        List<ExportPage> pages = ExportPage.of(context, steps);
        Files.createDirectories(folder);
        SlideRenderer renderer = FxRuntime.call(() -> new SlideRenderer(context));
        int written = 0;
        for (ExportPage p : pages) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException(written);
            }
            WritableImage img = FxRuntime.call(() -> SlideImages.snapshot(renderer, p.slide(), p.step(), scale));
            // encoding runs here, off the JavaFX thread
            SlideImages.writePng(img, folder.resolve(p.pngName(steps)));
            progress.pageDone(++written, pages.size());
        }
        return new Result(folder, written);
    }
}
