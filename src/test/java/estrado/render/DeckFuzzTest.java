package estrado.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import estrado.bib.Bibliography;
import estrado.deck.DeckChecks;
import estrado.deck.DeckLoader;
import estrado.deck.Problem;
import estrado.deck.TestDecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads ten thousand decks mutated from the bundled one (bytes, YAML structure, value types,
 * references) and holds every load to the promise: a deck problem with a file, line and column,
 * never another exception, never a hang. Each load runs on a worker with a time limit. Seeded, so a
 * failure names the iteration and replays; its files are kept under target/fuzz-failures.
 * {@code -Destrado.fuzz.decks=100000 -Destrado.fuzz.seed=N} runs a longer or different campaign.
 */
class DeckFuzzTest {
    private static final long SEED = Long.getLong("estrado.fuzz.seed", 20_241_128L);
    private static final int DECKS = Integer.getInteger("estrado.fuzz.decks", 10_000);
    private static final long LOAD_LIMIT_MS = 60_000; // a hang detector, not a speed limit: a loaded 2-core machine takes seconds
    /** Every n-th iteration reads the deck exactly as the app does (bibliography from disk included). */
    private static final int FULL_OPEN_EVERY = 20;
    /** Every n-th deck that opens is also drawn, slide by slide. */
    private static final int RENDER_EVERY = 15;

    @TempDir
    Path dir;

    private record Outcome(List<Problem> problems, Optional<SlideContext> context, boolean full) { }

    @Test
    void noMutatedDeckCrashesHangsOrReportsWithoutALocation() throws Exception {
        Path root = copyBundledDeck(dir.resolve("deck"));
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        try (Stream<Path> files = Stream.concat(Files.list(root.resolve("slides")), Files.list(root.resolve("bib")))) {
            for (Path f : files.sorted().toList()) {
                originals.put(f, Files.readAllBytes(f));
            }
        }
        List<Path> targets = new ArrayList<>(originals.keySet());
        targets.add(root.resolve("slides/deck.yaml")); // the file everything hangs from gets more attention
        targets.add(root.resolve("slides/deck.yaml"));
        Set<String> keys = Bibliography.load(root.resolve("bib/referencias_entrenamiento.bib")).keys();
        WidgetViews widgets = WidgetViews.of(estrado.app.Main.widgetRegistry());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-load");
            t.setDaemon(true);
            return t;
        });
        FxRuntime.startHeadless();
        int opened = 0;
        int refused = 0;
        int drawn = 0;
        int usable = 0;
        try {
            for (int i = 0; i < DECKS; i++) {
                Random random = new Random(SEED * 1_000_003L + i);
                Path target = targets.get(random.nextInt(targets.size()));
                List<String> log = new ArrayList<>();
                byte[] mutated = new DeckMutator(random).mutate(originals.get(target), log);
                Files.write(target, mutated);
                String name = target.getFileName().toString();
                boolean full = i % FULL_OPEN_EVERY == 0 || name.endsWith(".bib") || name.endsWith(".css");
                Outcome o = bounded(worker, () -> full ? open(root, widgets) : load(root, widgets, keys), i, target, mutated, log);
                String why = broken(o, root);
                if (why != null) {
                    fail(failure(i, target, mutated, log, why));
                }
                if (o.problems().stream().anyMatch(Problem::isError)) {
                    refused++;
                } else {
                    opened++;
                }
                if (o.context().isPresent() && usable++ % RENDER_EVERY == 0) {
                    SlideContext ctx = o.context().get();
                    List<Problem> rendered = bounded(worker, () -> FxRuntime.call(() -> OverflowCheck.run(new SlideRenderer(ctx))),
                            i, target, mutated, log);
                    for (Problem p : rendered) {
                        if (p.message().startsWith("no se pudo dibujar")) {
                            fail(failure(i, target, mutated, log, "drawing failed: " + p.format(root)));
                        }
                    }
                    drawn++;
                }
                Files.write(target, originals.get(target));
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("deck fuzz: %d decks (seed %d): %d refused with located errors, %d opened, %d drawn%n",
                DECKS, SEED, refused, opened, drawn);
        // the mutations must bite, and must not only break: both outcomes in real numbers
        assertTrue(refused > DECKS / 4, "only " + refused + " mutated decks were refused");
        assertTrue(opened > DECKS / 20, "only " + opened + " mutated decks opened");
        assertTrue(drawn >= Math.max(3, DECKS / 1000), "only " + drawn + " decks were drawn");
    }

    /** What the app does: {@link OpenedDeck#open}, bibliography read from disk. */
    private static Outcome open(Path root, WidgetViews widgets) {
        OpenedDeck o = OpenedDeck.open(root, widgets);
        return new Outcome(o.problems(), o.context(), true);
    }

    /** The same loading and cross-checks with the unchanged bibliography's keys, read once. */
    private static Outcome load(Path root, WidgetViews widgets, Set<String> keys) {
        DeckLoader.Result r = new DeckLoader().load(root);
        List<Problem> problems = new ArrayList<>(r.problems());
        r.deck().ifPresent(d -> problems.addAll(DeckChecks.check(d, widgets.names(), Optional.of(keys))));
        return new Outcome(problems, Optional.empty(), false);
    }

    private <T> T bounded(ExecutorService worker, Callable<T> task, int i, Path target, byte[] mutated, List<String> log)
            throws IOException {
        Future<T> f = worker.submit(task);
        try {
            return f.get(LOAD_LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError(failure(i, target, mutated, log, "no answer within " + LOAD_LIMIT_MS + " ms"));
        } catch (ExecutionException e) {
            throw new AssertionError(failure(i, target, mutated, log, "threw " + e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Why an outcome breaks the promise, or null when it keeps it. */
    private static String broken(Outcome o, Path root) {
        for (Problem p : o.problems()) {
            if (p.location() == null || p.location().file() == null) {
                return "problem without a file: " + p;
            }
            if (p.location().line() < 1 || p.location().column() < 1) {
                return "problem without a line and column: " + p;
            }
            if (!p.location().file().toAbsolutePath().normalize().startsWith(root)) {
                return "problem located outside the deck: " + p;
            }
            String m = p.message();
            if (m == null || m.isBlank() || m.contains("\n") || m.contains("\tat ") || m.contains("Exception")) {
                return "message is not one readable line: " + p.format(root);
            }
        }
        boolean errors = o.problems().stream().anyMatch(Problem::isError);
        if (o.full() && errors == o.context().isPresent()) {
            return "a deck with errors must not open, one without must: " + o.problems();
        }
        return null;
    }

    private static String failure(int i, Path target, byte[] mutated, List<String> log, String why) throws IOException {
        Path keep = Path.of("target", "fuzz-failures", "iteration-" + i);
        Files.createDirectories(keep);
        Files.write(keep.resolve(target.getFileName()), mutated);
        Files.writeString(keep.resolve("mutations.txt"), String.join("\n", log) + "\n", StandardCharsets.UTF_8);
        return "iteration " + i + " (seed " + SEED + "), " + target.getFileName() + " after " + log + ": " + why
                + " — files kept in " + keep.toAbsolutePath();
    }

    private static Path copyBundledDeck(Path to) throws IOException {
        Path from = TestDecks.bundled().getParent();
        for (String folder : List.of("slides", "bib")) {
            Files.createDirectories(to.resolve(folder));
            try (Stream<Path> files = Files.list(from.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(folder).resolve(f.getFileName()));
                }
            }
        }
        return to.toAbsolutePath().normalize();
    }
}
