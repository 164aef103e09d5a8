package estrado.deck;

import estrado.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Collects problems while a deck is read, so one pass reports all of them, not just the first. */
public final class Problems {
    private final List<Problem> all = new ArrayList<>();

    public void error(Location where, String key, Object... args) {
        all.add(new Problem(Problem.Severity.ERROR, where, Messages.ui(key, args)));
    }

    public void warning(Location where, String key, Object... args) {
        all.add(new Problem(Problem.Severity.WARNING, where, Messages.ui(key, args)));
    }

    /**
     * An unknown name (field, widget parameter, choice) with a did-you-mean or the list of known
     * names; public so checks outside this package phrase it the same way.
     */
    public void unknownName(Location where, String key, String name, List<String> known) {
        Fields.reportUnknown(where, key, name, known, this);
    }

    /** The known name {@code name} is most likely a misspelling of, if any (the did-you-mean of every message). */
    public static Optional<String> closestName(String name, List<String> known) {
        return Fields.didYouMean(name, known);
    }

    public void add(Problem p) {
        all.add(p);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Problem::isError);
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(all);
    }
}
