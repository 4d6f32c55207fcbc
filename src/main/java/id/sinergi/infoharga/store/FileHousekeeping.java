package id.sinergi.infoharga.store;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps the data file dense without H2's background writer (issue 16): H2 writes every commit as a new chunk, and a
 * chunk stays in the file as long as one of its pages is still live, so a year of daily saves left a file 60 times
 * its content. This rewrites the live pages of the sparsest chunks into a new one (H2's own {@code
 * MVStore.compact}), after which the old chunks are dead and the next commit frees their space for new chunks.
 * <p>
 * Why not H2's background writer, which does the same: it rewrites while statements run, and frees chunks that a
 * long read still walks ("Chunk 697 not found" in a ten-year folder's pre-upgrade backup). Here the rewriting runs
 * only with the {@link HandleGate} closed, that is with no connection of the application open, so no cursor or
 * transaction can be walking an old chunk; everything a later read starts from is the new root.
 * <p>
 * Why it survives a kill at any moment: H2 never writes over a live chunk. The rewritten pages go to a new chunk,
 * and an old chunk's space is reused only by a later commit, after the one that made it dead was forced to disk
 * (each step is committed and synced before the next; the run starts with a sync, so what the last save
 * committed is on disk before anything it replaced is freed). That is also why H2's retention time, its guard
 * for chunks whose successor may not have reached the disk yet, can be 0 inside a run.
 * <p>
 * Each run is bounded by a time budget (the steps are small), and starts only when the live share of the chunks is
 * below {@link #START_BELOW} percent.
 */
final class FileHousekeeping {
    /** Below this live share of the chunks (percent) a run starts. */
    static final int START_BELOW = 60;
    /** A run stops once the live share reaches this (H2's compact does nothing at or above it). */
    static final int TARGET = 75;
    /**
     * How long a run waits for the connections open to close (new ones wait meanwhile): saves back to back left no
     * moment without one, and 199 of them grew a 352 MB folder by 114 MB.
     */
    static final Duration GATE_WAIT = Duration.ofMillis(200);
    /**
     * Live bytes moved per step: one step is one commit and one sync, and the budget is checked between steps. Steps
     * of 256 KB shortened the saves that run it (p50/p99 114/747 ms instead of 305/1215 ms on the housekept demo
     * folder) but the per-step commit and sync then ate the budget: half a year of saves left 3.7× the compacted
     * size instead of 1.9×, the 10-year demo 207 B per price instead of 137 B.
     */
    static final int WRITE_PER_STEP = 2 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(FileHousekeeping.class);

    private final DataSource pool;
    private final HandleGate gate;

    FileHousekeeping(DataSource pool, HandleGate gate) {
        this.pool = pool;
        this.gate = gate;
    }

    /** As {@link #run(Duration, int, int)} at the app's own thresholds. */
    HousekeepingOutcome run(Duration budget) {
        return run(budget, START_BELOW, TARGET);
    }

    /**
     * Rewrites sparse chunks for at most {@code budget} (one step may end a little after it) until their live share
     * reaches {@code target} percent, when no connection is open and the live share is below {@code startBelow};
     * otherwise returns at once.
     */
    HousekeepingOutcome run(Duration budget, int startBelow, int target) {
        if (!gate.close(GATE_WAIT)) {
            return HousekeepingOutcome.SKIPPED;
        }
        try (Connection connection = pool.getConnection()) {
            return rewrite(Database.mvStore(connection), budget.toNanos(), startBelow, target);
        } catch (SQLException | RuntimeException e) {
            // The saves before are on disk and stay; a file that could not be made denser is only larger.
            LOG.warn("housekeeping of the data file failed: {}", e.toString());
            return HousekeepingOutcome.SKIPPED;
        } finally {
            gate.reopen();
        }
    }

    private static HousekeepingOutcome rewrite(MVStore store, long budgetNanos, int startBelow, int target) {
        long start = System.nanoTime();
        FileStore<?> file = store.getFileStore();
        int before = file.getChunksFillRate();
        if (before >= startBelow) {
            return new HousekeepingOutcome(false, before, before, 0, System.nanoTime() - start);
        }
        int retention = store.getRetentionTime();
        int steps = 0;
        store.sync();
        store.setRetentionTime(0);
        try {
            while (System.nanoTime() - start < budgetNanos && store.compact(target, WRITE_PER_STEP)) {
                store.commit();
                store.sync();
                steps++;
            }
        } finally {
            store.setRetentionTime(retention);
        }
        int after = file.getChunksFillRate();
        long nanos = System.nanoTime() - start;
        LOG.debug("housekeeping: live share {}% -> {}% in {} step(s), {} ms", before, after, steps, nanos / 1_000_000);
        return new HousekeepingOutcome(true, before, after, steps, nanos);
    }
}
