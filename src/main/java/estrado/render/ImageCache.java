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

    public synchronized Optional<Image> get(Path path) {
        Image cached = images.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!Files.isRegularFile(path)) {
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
