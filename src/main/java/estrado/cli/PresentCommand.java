package estrado.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code estrado present}: opens the audience window on a deck. */
@Command(name = "present", resourceBundle = "estrado.cli.present")
final class PresentCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DECK_DIR", descriptionKey = "deckDir")
    Path deckDir;

    private final Cli.Presenter presenter;

    PresentCommand(Cli.Presenter presenter) {
        this.presenter = presenter;
    }

    @Override
    public Integer call() {
        return presenter.apply(deckDir);
    }
}
