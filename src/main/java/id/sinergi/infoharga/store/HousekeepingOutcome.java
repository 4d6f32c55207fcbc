package id.sinergi.infoharga.store;

/**
 * What one run of the data file's housekeeping did ({@link Database#keepDense}): whether it ran, the live share of
 * H2's chunks before and after (percent; -1 when it could not look because a read or write was in flight), the
 * rewrite steps made (one commit and sync each) and the time taken.
 */
public record HousekeepingOutcome(boolean ran, int liveBefore, int liveAfter, int steps, long nanos) {
    static final HousekeepingOutcome SKIPPED = new HousekeepingOutcome(false, -1, -1, 0, 0);
}
