package estrado.present.talk;

import estrado.timing.InkStroke;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunLogStore;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Saves the live state off the JavaFX thread: a slide change must not wait for a disk flush. Saves that pile up
 * while one is being written collapse into the newest, which is the only one worth having after a crash. The run's
 * ink goes to its own file the same way, only when it changed: a slide change writes a few hundred bytes, not every
 * stroke of the talk again.
 */
final class SnapshotWriter {
    private final RunLogStore store;
    private final Executor executor;
    private final Consumer<String> onProblem;
    /** The newest wish: a snapshot to write, or (snapshot null) the live state to forget. */
    private record Op(PresentationSnapshot snapshot, String deckToForget) { }

    private final AtomicReference<Op> pending = new AtomicReference<>();
    /** The newest ink to write (a run's strokes); a forget of the live state drops it. */
    private record InkOp(String deckId, String runId, List<InkStroke> ink) { }

    private final AtomicReference<InkOp> pendingInk = new AtomicReference<>();
    private final AtomicLong inkWrites = new AtomicLong();

    /** @param executor runs the writes in order (one thread); tests pass {@code Runnable::run} */
    SnapshotWriter(RunLogStore store, Executor executor, Consumer<String> onProblem) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = executor;
        this.onProblem = onProblem;
    }

    /** A writer on its own daemon thread. */
    static SnapshotWriter background(RunLogStore store, Consumer<String> onProblem) {
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "estrado-state-writer");
            t.setDaemon(true);
            return t;
        });
        return new SnapshotWriter(store, ex, onProblem);
    }

    RunLogStore store() {
        return store;
    }

    void save(PresentationSnapshot snapshot) {
        offer(new Op(Objects.requireNonNull(snapshot), null));
    }

    /** Saves a run's ink beside the live state; the newest of several waiting is the one written. */
    void saveInk(String deckId, String runId, List<InkStroke> ink) {
        if (pendingInk.getAndSet(new InkOp(deckId, runId, List.copyOf(ink))) == null) {
            executor.execute(this::drainInk);
        }
    }

    /** Forgets the live state; a save requested after this one wins over it, and the other way round. */
    void delete(String deckId) {
        pendingInk.set(null); // ink of the run being forgotten; a later saveInk queues anew
        offer(new Op(null, deckId));
    }

    /** How many times the ink was written (tests: a slide change writes none). */
    long inkWrites() {
        return inkWrites.get();
    }

    private void drainInk() {
        InkOp op = pendingInk.getAndSet(null);
        if (op == null) {
            return;
        }
        try {
            store.saveLiveInk(op.deckId(), op.runId(), op.ink());
            inkWrites.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            onProblem.accept(String.valueOf(e.getMessage()));
        }
    }

    private void offer(Op op) {
        if (pending.getAndSet(op) == null) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        Op op = pending.getAndSet(null);
        if (op == null) {
            return;
        }
        try {
            if (op.snapshot() != null) {
                store.saveSnapshot(op.snapshot());
            } else {
                store.deleteSnapshot(op.deckToForget());
            }
        } catch (IOException | RuntimeException e) {
            onProblem.accept(String.valueOf(e.getMessage()));
        }
    }

    /** Waits for the queued writes, e.g. when the app closes. */
    void flush() {
        if (executor instanceof ExecutorService ex) {
            ex.shutdown();
            try {
                ex.awaitTermination(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
