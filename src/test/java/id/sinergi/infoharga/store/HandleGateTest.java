package id.sinergi.infoharga.store;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate that keeps the housekeeping away from open connections, and connections away from the housekeeping. */
class HandleGateTest {
    @Test
    void doesNotCloseWhileAConnectionIsOpenNorTwice() {
        HandleGate gate = new HandleGate();
        gate.enter();
        gate.enter();
        assertThat(gate.tryClose()).isFalse();
        gate.leave();
        assertThat(gate.tryClose()).isFalse();
        gate.leave();
        assertThat(gate.tryClose()).isTrue();
        assertThat(gate.tryClose()).isFalse();
        gate.reopen();
        assertThat(gate.tryClose()).isTrue();
    }

    @Test
    void aConnectionAskedForWhileClosedWaitsForTheReopening() throws Exception {
        HandleGate gate = new HandleGate();
        assertThat(gate.tryClose()).isTrue();
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
        assertThat(gate.tryClose()).isFalse();
    }
}
