package estrado.deck;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The Clase 2 deck packaged inside the application, readable from any working folder. */
public final class BundledDeck {
    private static final String RESOURCE = "/deck/slides/" + DeckLoader.DECK_FILE;

    private BundledDeck() {
    }

    /** The bundled deck's root folder (a folder on disk, or a folder inside the jar). */
    public static Path root() {
        URL url = BundledDeck.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("bundled deck missing from the application");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of below finds it
                }
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("bundled deck unreadable: " + e.getMessage(), e);
        }
    }
}
