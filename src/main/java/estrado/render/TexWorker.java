package estrado.render;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The one thread that runs JLaTeXMath, with a budget per job. JLaTeXMath keeps parser state in
 * tables shared by every formula, so its work is serialized here instead of under a lock that the
 * JavaFX thread would wait on behind a formula that never ends. A watchdog compares each running
 * job with the budget; a job over it fails (the caller gets {@link OverBudget} and shows an error),
 * and its thread is stopped and replaced so the jobs queued behind it still run.
 *
 * <p>The clock the budget is measured on is injected: tests advance it by hand and call
 * {@link #inspect()}, so no test depends on how fast this machine is.
 */
final class TexWorker {
    /** A job that ran past its budget. */
    static final class OverBudget extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** JLaTeXMath recurses per nesting level; TexGuard bounds the levels, this covers them comfortably. */
    private static final long STACK_BYTES = 8L << 20;

    private record Job(Callable<?> work, CompletableFuture<Object> result, long budgetNanos) { }

    private final LongSupplier nanos;
    private final long budgetNanos;
    private final long giveUpMillis;
    private final long pollMillis;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Object state = new Object();
    private Thread thread;
    private Job running;
    private long startedAt;
    private int replaced;

    /**
     * @param nanos        the clock the budget is measured on ({@link System#nanoTime} in the app)
     * @param budgetNanos  how long one job may run
     * @param pollMillis   how often a waiting caller looks at the running job
     * @param giveUpMillis a caller's last resort if the clock never says the budget is spent (a hang detector)
     */
    TexWorker(LongSupplier nanos, long budgetNanos, long pollMillis, long giveUpMillis) {
        this.nanos = nanos;
        this.budgetNanos = budgetNanos;
        this.pollMillis = pollMillis;
        this.giveUpMillis = giveUpMillis;
    }

    /**
     * Runs {@code work} on the worker and waits for it, within {@code budgetNanos} of its own run time
     * (0: the worker's budget); a failure of any kind, Errors included, comes back as the cause. The
     * waiting caller is the watchdog: it looks at the running job every {@code pollMillis}.
     */
    @SuppressWarnings("unchecked")
    <T> T call(Callable<T> work, long budgetNanos) throws OverBudget, ExecutionException {
        CompletableFuture<Object> result = new CompletableFuture<>();
        synchronized (state) {
            if (thread == null) {
                thread = start();
            }
        }
        queue.add(new Job(work, result, budgetNanos > 0 ? budgetNanos : this.budgetNanos));
        long waited = 0;
        while (true) {
            try {
                return (T) result.get(pollMillis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OverBudget) {
                    throw new OverBudget();
                }
                throw e;
            } catch (TimeoutException e) {
                inspect();
                waited += pollMillis;
                if (waited >= giveUpMillis) {
                    throw new OverBudget();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OverBudget();
            }
        }
    }

    <T> T call(Callable<T> work) throws OverBudget, ExecutionException {
        return call(work, 0);
    }

    /** The watchdog's round: a job over its budget fails and its thread makes way for a fresh one. */
    void inspect() {
        Thread stuck;
        Job job;
        synchronized (state) {
            job = running;
            if (job == null || nanos.getAsLong() - startedAt <= job.budgetNanos()) {
                return;
            }
            stuck = thread;
            running = null;
            replaced++;
            thread = start();
        }
        job.result().completeExceptionally(new OverBudget());
        stop(stuck);
    }

    /** How many threads were given up on (for tests and the notes of a run). */
    int replaced() {
        synchronized (state) {
            return replaced;
        }
    }

    private Thread start() {
        Thread[] self = new Thread[1];
        Thread t = new Thread(null, () -> loop(self[0]), "estrado-tex", STACK_BYTES);
        self[0] = t;
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void loop(Thread self) {
        while (true) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            synchronized (state) {
                if (thread != self) {
                    queue.add(job); // replaced while waiting: the new thread takes it
                    return;
                }
                running = job;
                startedAt = nanos.getAsLong();
            }
            Object value = null;
            Throwable failure = null;
            try {
                value = job.work().call();
            } catch (Throwable t) { // StackOverflowError and OutOfMemoryError too: a formula never ends the app
                failure = t;
            }
            synchronized (state) {
                if (thread != self) {
                    return; // given up on: its caller has already been told
                }
                running = null;
            }
            if (failure == null) {
                job.result().complete(value);
            } else {
                job.result().completeExceptionally(failure);
            }
        }
    }

    /**
     * Ends a thread that runs away inside JLaTeXMath, which never checks for interruption. Left
     * running it would keep a core busy and its memory growing for the rest of the talk.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        t.interrupt();
        try {
            t.stop();
        } catch (UnsupportedOperationException e) {
            t.setPriority(Thread.MIN_PRIORITY); // Java 20+: it can only be left to finish
        }
    }
}
