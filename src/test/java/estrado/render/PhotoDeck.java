package estrado.render;

import estrado.deck.TestDecks;
import java.io.IOException;
import java.nio.file.Path;

/** A deck of image slides, each its own generated PNG, whose pictures decode through a {@link HeldDecoder}. */
public record PhotoDeck(HeldDecoder decoder, ImageCache cache, SlideContext context) {

    /** {@code slides} image slides of {@code w}×{@code h} pictures in {@code folder}, opened with a held decoder. */
    public static PhotoDeck held(Path folder, int slides, int w, int h) throws IOException {
        HeldDecoder decoder = new HeldDecoder();
        ImageCache cache = new ImageCache(ImageCache.DEFAULT_BUDGET_BYTES, decoder);
        return new PhotoDeck(decoder, cache, context(write(folder, slides, w, h), cache));
    }

    /** Writes the deck: slide i shows assets/foto{i}.png. */
    public static Path write(Path folder, int slides, int w, int h) throws IOException {
        StringBuilder section = new StringBuilder("id: s1\ntitle: Fotos\nbudget: 60\nslides:\n");
        for (int i = 1; i <= slides; i++) {
            HeldDecoder.png(folder.resolve("assets/foto" + i + ".png"), w, h);
            section.append("  - id: f").append(i).append("\n    title: Foto ").append(i)
                    .append("\n    layout: image\n    uncited: foto propia\n    blocks:\n      - image: {src: assets/foto")
                    .append(i).append(".png, describe: una foto}\n");
        }
        return TestDecks.withSection(folder, section.toString());
    }

    /** The deck's context with pictures from {@code cache}. */
    public static SlideContext context(Path folder, ImageCache cache) {
        SlideContext opened = OpenedDeck.open(folder, WidgetViews.none()).context().orElseThrow();
        return new SlideContext(opened.deck(), opened.references(), cache, opened.widgets());
    }

    /** A projector's renderer of the deck, decoding pictures in the background for {@code scale}. */
    public SlideRenderer room(double scale) {
        return FxRuntime.call(() -> SlideRenderer.forAudience(context).decodingInBackground(() -> scale));
    }
}
