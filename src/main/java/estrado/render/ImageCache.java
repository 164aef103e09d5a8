package estrado.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;

/** Decoded images by path, so moving between slides never decodes a picture twice. */
public final class ImageCache {
    private static final int MAX = 64;
    private final Map<Path, Image> images = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
            return size() > MAX;
        }
    };

    private final java.util.Set<Path> refused = new java.util.HashSet<>();

    public synchronized Optional<Image> get(Path path) {
        Image cached = images.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!Files.isRegularFile(path) || refused.contains(path)) {
            return Optional.empty();
        }
        if (estrado.deck.ImageHeader.refusal(path).isPresent()) {
            // too many pixels (or not a picture): decoding could exhaust memory mid-talk; `check` says why
            refused.add(path);
            return Optional.empty();
        }
        Image img = new Image(path.toUri().toString(), false);
        if (img.isError()) {
            return Optional.empty();
        }
        images.put(path, img);
        return Optional.of(img);
    }
}
