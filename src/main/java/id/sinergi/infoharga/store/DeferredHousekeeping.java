package id.sinergi.infoharga.store;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the data file's housekeeping a moment after a save, on a thread of its own, so that the save returns as soon
 * as it is on disk: run inline, every save on a sparse ten-year folder waited for it (SaveProbe p50 35 ms without
 * housekeeping, 162 ms with it inline). Saves in quick succession ask for one run, not one each. A run that used its
 * whole budget and left the file sparse (a folder that grew before) asks for the next slice, so such a file becomes
 * dense in steps while the application is idle; a run skipped because a read or write was in flight is tried again a
 * few times.
 * <p>
 * The thread is never interrupted: an interrupt closes H2's file channel under it. {@link #close()} drops a run
 * that has not started and waits for one that has (it is bounded by its budget).
 */
final class DeferredHousekeeping implements AutoCloseable {
    /** A run skipped because a connection was open is tried again this many times, then waits for the next save. */
    static final int RETRIES_WHEN_BUSY = 5;
    /** Slices in a row for a file that stays sparse (at most about this many budgets of work per save). */
    static final int MAX_SLICES = 600;

    private final Supplier<HousekeepingOutcome> run;
    private final int target;
    private final long delayNanos;
    private final ScheduledThreadPoolExecutor thread;
    private boolean scheduled;
    private boolean requested;
    private int busyRetries;
    private int slices;
    private volatile HousekeepingOutcome last = HousekeepingOutcome.SKIPPED;

    /**
     * @param run    one bounded run of the housekeeping
     * @param target the live share (percent) at which a file counts as dense again
     * @param delay  how long after a request the run starts
     */
    DeferredHousekeeping(Supplier<HousekeepingOutcome> run, int target, Duration delay) {
        this.run = run;
        this.target = target;
        this.delayNanos = delay.toNanos();
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "data-file-housekeeping");
            t.setDaemon(true);
            return t;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Asks for a run a moment from now (after a save); returns at once. */
    synchronized void request() {
        requested = true;
        busyRetries = RETRIES_WHEN_BUSY;
        slices = MAX_SLICES;
        schedule();
    }

    private synchronized void schedule() {
        if (scheduled) {
            return;
        }
        try {
            thread.schedule(this::runOnce, delayNanos, TimeUnit.NANOSECONDS);
            scheduled = true;
        } catch (RejectedExecutionException closing) {
            // The database is closing; its close runs the housekeeping itself.
        }
    }

    private void runOnce() {
        synchronized (this) {
            scheduled = false;
        }
        HousekeepingOutcome outcome = run.get();
        last = outcome;
        synchronized (this) {
            boolean busy = !outcome.ran() && outcome.liveBefore() < 0;
            boolean stillSparse = outcome.ran() && outcome.steps() > 0 && outcome.liveAfter() < target;
            if (busy && busyRetries-- > 0 || stillSparse && slices-- > 0) {
                schedule();
            }
        }
    }

    /** What the last run did (for tests and the benchmarks). */
    HousekeepingOutcome last() {
        return last;
    }

    /** Whether a save asked for the housekeeping since the database was opened. */
    synchronized boolean requestedSinceOpen() {
        return requested;
    }

    /** Whether a run is waiting to start. */
    synchronized boolean pending() {
        return scheduled;
    }

    @Override
    public void close() {
        thread.shutdown();
        synchronized (this) {
            // A run not yet started is dropped by the shutdown.
            scheduled = false;
        }
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
