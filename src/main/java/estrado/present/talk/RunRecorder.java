package estrado.present.talk;

import estrado.timing.InkStroke;
import estrado.timing.Pause;
import estrado.timing.PresentationSnapshot;
import estrado.timing.RunLog;
import estrado.timing.RunLogStore;
import estrado.timing.TalkTimer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A talk's run log while it is given, and its saving: the live state (for a resume after a crash) at every change
 * and at least every {@link TalkSession#SAVE_EVERY}, the ink in its own file only when it changed, and the finished
 * run as a new file. Without a store it keeps the run in memory and writes nothing (a quick look).
 */
final class RunRecorder {
    /** Writes off the caller's thread (or inline in tests); {@code null} when nothing is kept. */
    private final SnapshotWriter writer;
    private RunLog run;
    /** The ink list last queued for the ink file (identity: the run's lists are immutable). */
    private List<InkStroke> savedInk = List.of();
    private Instant lastSaved = Instant.MIN;

    RunRecorder(RunLogStore store, boolean background, Consumer<String> onProblem) {
        if (store == null) {
            writer = null;
        } else if (background) {
            writer = SnapshotWriter.background(store, onProblem);
        } else {
            writer = new SnapshotWriter(store, Runnable::run, onProblem);
        }
    }

    /** The run so far, or {@code null} before the talk. */
    RunLog run() {
        return run;
    }

    void begin(RunLog r) {
        run = r;
    }

    /** Changes the run (a slide entered, a pause); nothing is written until {@link #save}. */
    void change(UnaryOperator<RunLog> how) {
        run = how.apply(run);
    }

    /** The talk's ink changed: it is the run's, and written at once while the talk runs, so a crash keeps it. */
    void inkChanged(List<InkStroke> strokes, boolean running, String deckId) {
        run = run.withInk(strokes);
        if (running && writer != null) {
            saveInk(deckId);
        }
    }

    /** Back to before the talk: the run is dropped and the live state forgotten. */
    void forget(String deckId) {
        run = null;
        savedInk = List.of();
        if (writer != null) {
            writer.delete(deckId);
        }
    }

    /** The run with the open pause (if any) closed at {@code t}, so section times stop while paused. */
    RunLog live(TalkTimer tm, Instant t) {
        if (tm.pausedSince() == null || t.isBefore(tm.pausedSince())) {
            return run;
        }
        List<Pause> pauses = new ArrayList<>(tm.pauses());
        pauses.add(new Pause(tm.pausedSince(), t));
        return run.withPauses(pauses);
    }

    /** Talk time spent in each section so far, pauses out; empty before the talk. */
    Map<String, Duration> sectionActuals(TalkTimer tm, Instant t) {
        return run == null ? Map.of() : live(tm, t).sectionDurations(t);
    }

    /** Whether the live state saved last is older than {@link TalkSession#SAVE_EVERY} at {@code t}. */
    boolean due(Instant t) {
        return !Duration.between(lastSaved, t).minus(TalkSession.SAVE_EVERY).isNegative();
    }

    /** Saves the live state; the ink has its own file, written when it changes: a slide change writes no stroke. */
    void save(Instant t, PresentationSnapshot s) {
        lastSaved = t;
        if (writer == null) {
            return;
        }
        if (s.run() != null && s.run().ink() != savedInk) {
            saveInk(s.deckId());
        }
        writer.save(s.run() == null || s.run().ink().isEmpty() ? s : new PresentationSnapshot(s.deckId(),
                s.slideId(), s.slideIndex(), s.step(), s.timer(), s.savedAt(), s.run().withInk(List.of())));
    }

    private void saveInk(String deckId) {
        savedInk = run.ink();
        writer.saveInk(deckId, run.runId(), savedInk);
    }

    /**
     * Writes the finished run as a new file and forgets the live state.
     *
     * @return the run file, if it could be written; on failure the live state is kept (the run can be recovered)
     */
    Optional<Path> writeFinished(String deckId, Consumer<String> onProblem) {
        if (writer == null) {
            return Optional.empty();
        }
        try {
            Path file = writer.store().saveRun(run);
            writer.delete(deckId);
            savedInk = List.of();
            return Optional.of(file);
        } catch (IOException e) {
            onProblem.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Keeps an unfinished run the lecturer chose not to resume: it is written as a run that ended when its state
     * was last saved, so a crash never loses a rehearsal, and the live state is forgotten.
     */
    static Optional<Path> archive(RunLogStore store, PresentationSnapshot s) throws IOException {
        Optional<Path> out = Optional.empty();
        if (s.run() != null && !s.run().isFinished()) {
            TalkTimer t = s.timer();
            List<Pause> pauses = new ArrayList<>(t.pauses());
            if (t.pausedSince() != null && !s.savedAt().isBefore(t.pausedSince())) {
                pauses.add(new Pause(t.pausedSince(), s.savedAt()));
            }
            out = Optional.of(store.saveRun(s.run().withPauses(pauses).finish(s.savedAt())));
        }
        store.deleteSnapshot(s.deckId());
        return out;
    }

    /** Where runs are kept, or {@code null}. */
    RunLogStore store() {
        return writer == null ? null : writer.store();
    }

    /** Waits for pending saves (on close). */
    void flush() {
        if (writer != null) {
            writer.flush();
        }
    }

    long inkWrites() {
        return writer == null ? 0 : writer.inkWrites();
    }
}
