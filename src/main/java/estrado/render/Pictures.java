package estrado.render;

import estrado.deck.ImageHeader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * How a renderer gets the pixels of a slide's pictures. `check` and the exports decode them {@link #NOW} at
 * their own resolution; the talk's windows get them {@linkplain #inBackground in the background} at the
 * projector's, so changing slides never waits on a decode; the check before a talk only needs their
 * {@linkplain #SIZES_ONLY sizes}. Whatever the way, a picture takes the same place on the slide: its size comes
 * from the file's header, not from its pixels.
 */
public sealed interface Pictures {
    /** Decoded on the calling thread before the slide is returned, for {@link ImageCache#DECODE_SCALE}. */
    Pictures NOW = new Now();
    /** Never decoded: an empty box of the picture's size (layout only). */
    Pictures SIZES_ONLY = new SizesOnly();

    /**
     * Decoded by the cache's background decoder for {@code scale} device pixels per slide pixel; an empty box of
     * the picture's size stands in until its pixels arrive on the JavaFX thread.
     */
    static Pictures inBackground(DoubleSupplier scale) {
        return new InBackground(scale, ImageCache.Urgency.SHOWN);
    }

    /** The same, for a slide prepared ahead of time: its pictures decode after those of the slides shown. */
    default Pictures ahead() {
        return this;
    }

    /**
     * The picture at {@code path} in a box of {@code boxW}×{@code boxH} slide pixels; empty when its pixels
     * cannot be had now. {@code unavailable} is what stands in its place if decoding fails later (null: nothing).
     */
    Optional<Node> view(ImageCache cache, Path path, ImageHeader header, double boxW, double boxH,
            Supplier<Node> unavailable);

    /**
     * A slide prepared ahead is on screen now: its pictures still waiting for their pixels move to the front of
     * the decoder's line, before the slide prepared after it.
     */
    static void shownNow(Node slide) {
        for (Node frame : slide.lookupAll("." + FRAME)) {
            if (frame.getProperties().get(ASK_AGAIN) instanceof Runnable askAgain) {
                askAgain.run();
            }
        }
    }

    /**
     * Done, on the JavaFX thread, once every picture of {@code slide} drawn in the background is in place (or its
     * stand-in, if it could not be decoded): when a picture of the whole slide can be taken.
     */
    static CompletableFuture<Void> drawn(Node slide) {
        return CompletableFuture.allOf(slide.lookupAll("." + FRAME).stream()
                .map(frame -> frame.getProperties().get(DRAWN))
                .filter(CompletableFuture.class::isInstance).map(f -> (CompletableFuture<?>) f)
                .toArray(CompletableFuture[]::new));
    }

    /**
     * The size a picture is shown at: fitted into the box, its proportions kept, never more than twice its own
     * pixels tall (a small picture is not blown up to fill a big box).
     */
    static Dimension2D shownSize(ImageHeader h, double boxW, double boxH) {
        double s = Math.min(boxW / h.width(), Math.min(boxH, 2.0 * h.height()) / h.height());
        return new Dimension2D(h.width() * s, h.height() * s);
    }

    record Now() implements Pictures {
        @Override
        public Optional<Node> view(ImageCache cache, Path path, ImageHeader header, double boxW, double boxH,
                Supplier<Node> unavailable) {
            return cache.get(path, boxW, boxH).map(img -> {
                ImageView view = new ImageView(img);
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitHeight(Math.min(boxH, img.getHeight() * 2));
                view.setFitWidth(boxW);
                return view;
            });
        }
    }

    record SizesOnly() implements Pictures {
        @Override
        public Optional<Node> view(ImageCache cache, Path path, ImageHeader header, double boxW, double boxH,
                Supplier<Node> unavailable) {
            return Optional.of(frame(shownSize(header, boxW, boxH)));
        }
    }

    record InBackground(DoubleSupplier scale, ImageCache.Urgency urgency) implements Pictures {
        @Override
        public Pictures ahead() {
            return new InBackground(scale, ImageCache.Urgency.AHEAD);
        }

        @Override
        public Optional<Node> view(ImageCache cache, Path path, ImageHeader header, double boxW, double boxH,
                Supplier<Node> unavailable) {
            Dimension2D size = shownSize(header, boxW, boxH);
            StackPane frame = frame(size);
            double deviceScale = scale.getAsDouble();
            CompletableFuture<Optional<Image>> pixels = cache.load(path, size.getWidth(), size.getHeight(),
                    deviceScale, urgency);
            if (pixels.isDone()) {
                fill(frame, size, pixels.join(), unavailable); // cached: shown at once, no empty frame
            } else {
                CompletableFuture<Void> drawn = new CompletableFuture<>();
                frame.getProperties().put(DRAWN, drawn);
                frame.getProperties().put(ASK_AGAIN, (Runnable) () -> cache.load(path, size.getWidth(),
                        size.getHeight(), deviceScale, ImageCache.Urgency.SHOWN));
                pixels.whenComplete((img, e) -> Platform.runLater(() -> {
                    fill(frame, size, img == null ? Optional.empty() : img, unavailable);
                    drawn.complete(null);
                }));
            }
            return Optional.of(frame);
        }

        private static void fill(StackPane frame, Dimension2D size, Optional<Image> img, Supplier<Node> unavailable) {
            frame.getProperties().remove(ASK_AGAIN);
            if (img.isPresent()) {
                ImageView view = new ImageView(img.get());
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(size.getWidth());
                view.setFitHeight(size.getHeight());
                frame.getChildren().setAll(view);
            } else {
                Node instead = unavailable.get();
                frame.getChildren().setAll(instead == null ? java.util.List.of() : java.util.List.of(instead));
            }
        }
    }

    /** The style class of a picture's place on a slide drawn for a window. */
    String FRAME = "picture-frame";
    /** A frame's property while its pixels are on their way: done once they are in place. */
    String DRAWN = "estrado.picture.drawn";
    /** A frame's property: asks for its pixels again, as shown now. */
    String ASK_AGAIN = "estrado.picture.askAgain";

    /** The picture's place on the slide, the same size with or without its pixels. */
    private static StackPane frame(Dimension2D size) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add(FRAME);
        frame.setMinSize(size.getWidth(), size.getHeight());
        frame.setPrefSize(size.getWidth(), size.getHeight());
        frame.setMaxSize(size.getWidth(), size.getHeight());
        return frame;
    }
}
