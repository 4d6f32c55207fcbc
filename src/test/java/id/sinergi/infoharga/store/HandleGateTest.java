package id.sinergi.infoharga.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate that keeps the housekeeping away from open connections, and connections away from the housekeeping. */
class HandleGateTest {
    @Test
    void doesNotCloseWhileAConnectionIsOpenNorTwice() {
        HandleGate gate = new HandleGate();
        gate.enter();
        gate.enter();
        assertThat(gate.close(Duration.ZERO)).isFalse();
        gate.leave();
        assertThat(gate.close(Duration.ZERO)).isFalse();
        gate.leave();
        assertThat(gate.close(Duration.ZERO)).isTrue();
        assertThat(gate.close(Duration.ZERO)).isFalse();
        gate.reopen();
        assertThat(gate.close(Duration.ZERO)).isTrue();
    }

    @Test
    void aConnectionAskedForWhileClosedWaitsForTheReopening() throws Exception {
        HandleGate gate = new HandleGate();
        assertThat(gate.close(Duration.ZERO)).isTrue();
        CountDownLatch entered = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            gate.enter();
            entered.countDown();
        });
        reader.start();
        while (reader.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(gate.openConnections()).isZero();
        gate.reopen();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.openConnections()).isOne();
        assertThat(gate.close(Duration.ZERO)).isFalse();
    }

    @Test
    void closingWaitsForTheOpenConnectionsWhileNewOnesWait() throws Exception {
        HandleGate gate = new HandleGate();
        gate.enter();
        AtomicBoolean closed = new AtomicBoolean();
        Thread housekeeping = new Thread(() -> closed.set(gate.close(Duration.ofSeconds(30))));
        housekeeping.start();
        while (housekeeping.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        CountDownLatch entered = new CountDownLatch(1);
        Thread next = new Thread(() -> {
            gate.enter();
            entered.countDown();
        });
        next.start();
        while (next.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        // The new connection waits behind the closing; the open one finishes, and the gate closes.
        gate.leave();
        housekeeping.join(30_000);
        assertThat(closed.get()).isTrue();
        assertThat(entered.getCount()).isOne();
        gate.reopen();
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aConnectionThatStaysOpenMakesTheClosingGiveUpAndLetsTheOthersIn() {
        HandleGate gate = new HandleGate();
        gate.enter();
        assertThat(gate.close(Duration.ofMillis(50))).isFalse();
        // Open again: another connection comes in at once.
        gate.enter();
        assertThat(gate.openConnections()).isEqualTo(2);
    }
}
