package estrado.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The worker's budget, on a clock the test moves by hand: a job over budget fails, its thread is
 * ended, and the next job runs on a fresh one. The time limits here are hang detectors only.
 */
class TexWorkerTest {
    private static final long BUDGET = 1_000;
    private static final long HANG_MS = 60_000;

    private final AtomicLong clock = new AtomicLong();
    private final TexWorker worker = new TexWorker(clock::get, BUDGET, 5, HANG_MS);

    /** Waits (within the hang detector) until the worker's thread has begun the job, then spends its budget. */
    private void overspend(CompletableFuture<?> started) throws Exception {
        started.get(HANG_MS, TimeUnit.MILLISECONDS);
        clock.addAndGet(BUDGET + 1);
        worker.inspect();
    }

    @Test
    void aJobWithinItsBudgetReturnsItsValueWhateverTheWallClockSays() throws Exception {
        assertEquals("x", worker.call(() -> "x"));
        worker.inspect(); // nothing running: nothing to give up
        assertEquals(0, worker.replaced());
    }

    @Test
    void jlatexmathSpinningOnARecursiveMacroIsGivenUpAndItsThreadEnded() throws Exception {
        CompletableFuture<Thread> started = new CompletableFuture<>();
        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                // the real poison of the issue, past TexGuard: JLaTeXMath never returns from it
                return worker.call(() -> {
                    started.complete(Thread.currentThread());
                    return new TeXFormula("\\newcommand{\\loopy}{\\loopy}\\loopy");
                });
            } catch (TexWorker.OverBudget | ExecutionException e) {
                return e;
            }
        });
        overspend(started);
        assertInstanceOf(TexWorker.OverBudget.class, outcome.get(HANG_MS, TimeUnit.MILLISECONDS));
        Thread stuck = started.get();
        stuck.join(HANG_MS);
        assertFalse(stuck.isAlive(), "the runaway thread was ended, not left spinning");
        assertEquals(1, worker.replaced());
        TeXFormula next = worker.call(() -> new TeXFormula("\\frac{a}{b}"));
        assertTrue(next.createTeXIcon(0, 20).getIconWidth() > 0, "the next formula runs on a fresh thread");
    }

    @Test
    void jobsQueuedBehindAStuckOneStillRun() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> never = new CompletableFuture<>();
        CompletableFuture<Object> stuck = CompletableFuture.supplyAsync(() -> {
            try {
                return worker.call(() -> {
                    started.complete(null);
                    return never.get(); // blocked, like a parse that never ends
                });
            } catch (TexWorker.OverBudget | ExecutionException e) {
                return e;
            }
        });
        started.get(HANG_MS, TimeUnit.MILLISECONDS);
        CompletableFuture<Object> queued = CompletableFuture.supplyAsync(() -> {
            try {
                return worker.call(() -> "after");
            } catch (TexWorker.OverBudget | ExecutionException e) {
                return e;
            }
        });
        overspend(started);
        assertInstanceOf(TexWorker.OverBudget.class, stuck.get(HANG_MS, TimeUnit.MILLISECONDS));
        assertEquals("after", queued.get(HANG_MS, TimeUnit.MILLISECONDS));
    }

    @Test
    void errorsComeBackAsTheCauseNotAsATrace() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> worker.call(() -> {
            throw new StackOverflowError();
        }));
        assertInstanceOf(StackOverflowError.class, e.getCause());
        assertEquals(0, worker.replaced(), "a failed job does not cost the thread");
    }

    @Test
    void aJobWithItsOwnUnlimitedBudgetIsNeverGivenUp() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Object> warm = CompletableFuture.supplyAsync(() -> {
            try {
                return worker.call(() -> {
                    started.complete(null);
                    release.get();
                    return "warm";
                }, Long.MAX_VALUE);
            } catch (TexWorker.OverBudget | ExecutionException e) {
                return e;
            }
        });
        overspend(started);
        release.complete(null);
        assertEquals("warm", warm.get(HANG_MS, TimeUnit.MILLISECONDS));
        assertEquals(0, worker.replaced());
    }
}
