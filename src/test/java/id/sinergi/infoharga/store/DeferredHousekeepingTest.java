package id.sinergi.infoharga.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The after-save housekeeping's timing rules, with a stand-in for the run (no H2 needed to count runs). */
class DeferredHousekeepingTest {
    private static final int TARGET = 75;
    private static final HousekeepingOutcome DENSE = new HousekeepingOutcome(true, 80, 80, 0, 0);
    private static final HousekeepingOutcome BUSY = HousekeepingOutcome.SKIPPED;
    private static final HousekeepingOutcome STILL_SPARSE = new HousekeepingOutcome(true, 40, 50, 3, 0);
    private static final HousekeepingOutcome NOW_DENSE = new HousekeepingOutcome(true, 50, 76, 2, 0);

    /** Answers the given outcomes in turn, then DENSE; counts the runs and names the thread they ran on. */
    private static final class Script implements Supplier<HousekeepingOutcome> {
        final Deque<HousekeepingOutcome> outcomes = new ArrayDeque<>();
        final AtomicInteger runs = new AtomicInteger();
        volatile String threadName;

        Script(HousekeepingOutcome... outcomes) {
            this.outcomes.addAll(java.util.List.of(outcomes));
        }

        @Override
        public synchronized HousekeepingOutcome get() {
            threadName = Thread.currentThread().getName();
            runs.incrementAndGet();
            return outcomes.isEmpty() ? DENSE : outcomes.poll();
        }
    }

    @Test
    void aRequestReturnsAtOnceAndRunsOnceLaterOnItsOwnThreadHoweverManySavesAskedMeanwhile() throws Exception {
        Script script = new Script();
        try (DeferredHousekeeping deferred = new DeferredHousekeeping(script, TARGET, Duration.ofMillis(300))) {
            assertThat(deferred.requestedSinceOpen()).isFalse();
            for (int i = 0; i < 10; i++) {
                deferred.request();
            }
            assertThat(deferred.requestedSinceOpen()).isTrue();
            assertThat(script.runs.get()).isZero();
            assertThat(deferred.pending()).isTrue();
            waitUntil(() -> !deferred.pending() && script.runs.get() == 1);
            Thread.sleep(500);
            assertThat(script.runs.get()).isEqualTo(1);
            assertThat(script.threadName).isEqualTo("data-file-housekeeping");
        }
    }

    @Test
    void aFileLeftSparseGetsTheNextSliceUntilItIsDense() throws Exception {
        Script script = new Script(STILL_SPARSE, STILL_SPARSE, NOW_DENSE);
        try (DeferredHousekeeping deferred = new DeferredHousekeeping(script, TARGET, Duration.ofMillis(10))) {
            deferred.request();
            waitUntil(() -> script.runs.get() == 3 && !deferred.pending());
            Thread.sleep(200);
            // Dense after the third: no fourth run until the next save.
            assertThat(script.runs.get()).isEqualTo(3);
            assertThat(deferred.last()).isEqualTo(NOW_DENSE);
        }
    }

    @Test
    void aRunSkippedBecauseAReadWasInFlightIsTriedAgainAFewTimesOnly() throws Exception {
        Script script = new Script(BUSY, BUSY, BUSY, BUSY, BUSY, BUSY, BUSY, BUSY, BUSY, BUSY);
        try (DeferredHousekeeping deferred = new DeferredHousekeeping(script, TARGET, Duration.ofMillis(10))) {
            deferred.request();
            waitUntil(() -> script.runs.get() == 1 + DeferredHousekeeping.RETRIES_WHEN_BUSY && !deferred.pending());
            Thread.sleep(200);
            assertThat(script.runs.get()).isEqualTo(1 + DeferredHousekeeping.RETRIES_WHEN_BUSY);
        }
    }

    @Test
    void closeDropsARunNotYetStartedAndWaitsForOneRunning() throws Exception {
        Script idle = new Script();
        DeferredHousekeeping notStarted = new DeferredHousekeeping(idle, TARGET, Duration.ofSeconds(30));
        notStarted.request();
        notStarted.close();
        assertThat(idle.runs.get()).isZero();
        notStarted.request();
        assertThat(notStarted.pending()).as("no run is taken after close").isFalse();

        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        DeferredHousekeeping running = new DeferredHousekeeping(() -> {
            started.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new AssertionError("the housekeeping thread must never be interrupted");
            }
            finished.incrementAndGet();
            return DENSE;
        }, TARGET, Duration.ZERO);
        running.request();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        running.close();
        assertThat(finished.get()).isEqualTo(1);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(end);
            Thread.sleep(10);
        }
    }
}
