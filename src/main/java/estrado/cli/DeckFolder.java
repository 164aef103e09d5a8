package estrado.cli;

import estrado.deck.BundledDeck;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The optional DECK_DIR every deck command takes (a picocli mixin); without it, the bundled Clase 2 deck. */
@Command(resourceBundle = "estrado.cli.deckfolder")
final class DeckFolder {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DECK_DIR", descriptionKey = "deckDir")
    Path given;

    /** The folder named on the command line, or the bundled deck. */
    Path folder() {
        return given != null ? given : BundledDeck.root();
    }
}
