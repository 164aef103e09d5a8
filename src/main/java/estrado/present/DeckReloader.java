package estrado.present;

import estrado.deck.Deck;
import estrado.deck.Problem;
import estrado.present.talk.Presentation;
import estrado.render.OpenedDeck;
import estrado.render.WidgetViews;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Reloads the deck when the lecturer saves a file: anything under {@code slides/}, {@code assets/},
 * {@code bib/}, the theme or the bibliography. Saves arrive in bursts (editors write, rename, touch),
 * so a reload waits until {@value #DEBOUNCE_MS} ms pass without another change. A good deck replaces
 * the shown one (the presentation keeps its slide by id); a broken one changes nothing on screen and
 * its errors appear in {@link #problems()} until a later save fixes them.
 */
public final class DeckReloader implements AutoCloseable {
    static final long DEBOUNCE_MS = 200;
    static final Duration DEBOUNCE = Duration.ofMillis(DEBOUNCE_MS);

    /**
     * Runs a task after a delay, on its own time: the debounce goes through it, so a test can move a
     * manual clock instead of sleeping, and run the reload on its own thread.
     */
    interface Scheduler extends AutoCloseable {
        /** Runs {@code task} after {@code delay}; the returned action cancels it if it has not started. */
        Runnable schedule(Duration delay, Runnable task);

        @Override
        default void close() {
        }

        /** The application's: one background thread that loads decks off the JavaFX thread. */
        static Scheduler background() {
            ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "estrado-deck-reload"));
            return new Scheduler() {
                @Override
                public Runnable schedule(Duration delay, Runnable task) {
                    ScheduledFuture<?> f = loader.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                    return () -> f.cancel(false);
                }

                @Override
                public void close() {
                    loader.shutdownNow();
                }
            };
        }
    }
    /** Watching a huge picture library would exhaust the system's watch handles; decks never need this many. */
    static final int MAX_WATCHED_FOLDERS = 500;
    private static final List<String> WATCHED_TREES = List.of("slides", "assets", "bib");

    private final Path given;
    private final Path root;
    private final WidgetViews widgets;
    private final Presentation presentation;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    // one wrapper, held here: it listens to the list weakly, so a wrapper made per call could be collected with its listeners
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper();
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private volatile Optional<Path> theme = Optional.empty();
    private volatile Optional<Path> bibliography = Optional.empty();
    private WatchService watch;
    private Runnable cancelPending = () -> { };
    private volatile boolean closed;

    /**
     * @param given the folder (or deck.yaml) the deck was opened from, opened again on each reload
     * @param root  the deck's root folder, as {@link OpenedDeck#root()} reported it
     */
    public DeckReloader(Path given, Path root, WidgetViews widgets, Presentation presentation) {
        this(given, root, widgets, presentation, Scheduler.background());
    }

    /** As above, with the debounce and the reloads run by {@code scheduler} (tests pass a manual one). */
    DeckReloader(Path given, Path root, WidgetViews widgets, Presentation presentation, Scheduler scheduler) {
        this.scheduler = scheduler;
        this.given = given;
        this.root = root.toAbsolutePath().normalize();
        this.widgets = widgets;
        this.presentation = presentation;
        Deck shown = presentation.deckProperty().get().deck();
        theme = shown.theme();
        bibliography = shown.bibliography();
    }

    /**
     * Starts watching. Returns false, watching nothing, for a deck that is not a folder on disk (the
     * one bundled inside the application cannot be edited).
     */
    public boolean start() throws IOException {
        if (root.getFileSystem() != FileSystems.getDefault() || !Files.isDirectory(root)) {
            return false;
        }
        watch = root.getFileSystem().newWatchService();
        register(root);
        for (String tree : WATCHED_TREES) {
            registerTree(root.resolve(tree));
        }
        registerAuxiliary();
        Thread t = daemon(this::watchLoop, "estrado-deck-watch");
        t.start();
        return true;
    }

    /** The errors of the last reload; empty while the shown deck is the current one on disk. */
    public ObservableList<Problem> problems() {
        return readOnlyProblems;
    }

    /** The deck folder, the base problems are shown relative to. */
    public Path root() {
        return root;
    }

    /** Counts finished reloads, good or broken (tests and the benchmark wait on it). */
    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    /** Reloads after the quiet period, as if a file had been saved (a "reload" key can call this). */
    public synchronized void reloadSoon() {
        if (closed) {
            return;
        }
        cancelPending.run();
        cancelPending = scheduler.schedule(DEBOUNCE, this::reload);
    }

    @Override
    public void close() {
        closed = true;
        scheduler.close();
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void watchLoop() {
        while (!closed) {
            WatchKey key;
            try {
                key = watch.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder = folders.get(key);
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                    relevant = true;
                    continue;
                }
                Path changed = folder.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && inWatchedTree(changed)
                        && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(changed); // a new folder of pictures, or slides/ created after the start
                }
                relevant |= matters(changed);
            }
            if (!key.reset()) {
                folders.remove(key);
            }
            if (relevant) {
                reloadSoon();
            }
        }
    }

    /** Whether a change to this path can change the deck; editors' scratch files cannot. */
    boolean matters(Path changed) {
        Path name = changed.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        if (n.startsWith(".") || n.startsWith("#") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swx")
                || n.endsWith(".tmp") || n.equals("4913")) {
            return false;
        }
        return inWatchedTree(changed) || theme.filter(changed::equals).isPresent()
                || bibliography.filter(changed::equals).isPresent();
    }

    private boolean inWatchedTree(Path p) {
        for (String tree : WATCHED_TREES) {
            if (p.startsWith(root.resolve(tree))) {
                return true;
            }
        }
        return false;
    }

    private void reload() {
        OpenedDeck opened;
        try {
            opened = OpenedDeck.open(given, widgets);
        } catch (Throwable e) { // Errors too: a reload must never take the talk down, nor end silently
            opened = OpenedDeck.failed(given, e);
        }
        OpenedDeck result = opened;
        Platform.runLater(() -> apply(result));
    }

    private void apply(OpenedDeck opened) {
        if (closed) {
            return;
        }
        if (opened.context().isPresent()) {
            Deck deck = opened.context().get().deck();
            theme = deck.theme();
            bibliography = deck.bibliography();
            // pictures whose files this save did not touch stay decoded: the slide is redrawn with them at once
            opened.context().get().images().keepUnchanged(presentation.deckProperty().get().images());
            presentation.setDeck(opened.context().get());
            problems.clear();
            if (watch != null) {
                registerAuxiliary();
            }
        } else {
            problems.setAll(opened.problems().stream().filter(Problem::isError).toList());
        }
        reloads.set(reloads.get() + 1);
    }

    /** The theme's and bibliography's folders, when they live outside the watched trees. */
    private void registerAuxiliary() {
        theme.map(Path::getParent).ifPresent(this::registerIfInside);
        bibliography.map(Path::getParent).ifPresent(this::registerIfInside);
    }

    private void registerIfInside(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (f.startsWith(root) && Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            register(f);
        }
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            // symbolic links are not followed: what they lead to is outside the deck (DeckPaths refuses it)
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return register(dir) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            // a folder that vanished while being walked: the next event registers what is there
        }
    }

    private boolean register(Path dir) {
        if (folders.size() >= MAX_WATCHED_FOLDERS) {
            return false;
        }
        try {
            WatchKey key = dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, dir);
            return true;
        } catch (IOException | ClosedWatchServiceException e) {
            return true;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
