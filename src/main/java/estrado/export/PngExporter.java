package estrado.export;

import estrado.render.FxRuntime;
import estrado.render.SlideContext;
import estrado.render.SlideImages;
import estrado.render.SlideRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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
        if (javafx.application.Platform.isFxApplicationThread()) {
            throw new IllegalStateException("export from a worker thread: slides are drawn on the JavaFX thread");
        }
        List<ExportPage> pages = ExportPage.of(context, steps);
        Files.createDirectories(folder);
        SlideRenderer renderer = FxRuntime.call(() -> SlideRenderer.forAudience(context));
        int written = 0;
        // two cores, two stages: JavaFX draws the next slide while this thread encodes the last one
        CompletableFuture<WritableImage> next = pages.isEmpty() ? null : snapshot(renderer, pages.get(0), scale);
        for (int i = 0; i < pages.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException(written);
            }
            WritableImage img = next.join();
            next = i + 1 < pages.size() ? snapshot(renderer, pages.get(i + 1), scale) : null;
            SlideImages.writePng(img, folder.resolve(pages.get(i).pngName(steps)));
            progress.pageDone(++written, pages.size());
        }
        return new Result(folder, written);
    }

    private static CompletableFuture<WritableImage> snapshot(SlideRenderer renderer, ExportPage p, double scale) {
        CompletableFuture<WritableImage> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(SlideImages.snapshot(renderer, p.slide(), p.step(), scale));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }
}
