package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.testing.ChildJvm;
import id.sinergi.infoharga.testing.SaveThenWait;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: H2 keeps its background writer (default WRITE_DELAY, so that it compacts as it goes), and a commit is
 * then written up to half a second later. What the user was told is saved must not wait for it: a process killed
 * with SIGKILL the moment a save returns still has that save when the folder is opened again.
 */
class DurableSaveTest {
    private static final int DAYS = 4;

    @TempDir
    Path folder;

    @Test
    void aSaveSurvivesSigkillTheMomentItReturns() throws Exception {
        String user = TestAccounts.prepareOfficerForAllMarkets(folder);
        LocalDate first = LocalDate.of(2024, 3, 1);
        for (int round = 0; round < 3; round++) {
            LocalDate from = first.plusDays(round * DAYS);
            long base = 10_000 + 1_000L * round;
            Process child = ChildJvm.start(SaveThenWait.class.getName(), List.of("-XX:TieredStopAtLevel=1"),
                    List.of(folder.toString(), user, from.toString(), String.valueOf(DAYS), String.valueOf(base)));
            java.util.concurrent.CompletableFuture<String> errors = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                        } catch (java.io.IOException e) {
                            return "(stderr: " + e.getMessage() + ")";
                        }
                    });
            int acks = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("ACK ") && line.endsWith(" END") && ++acks == DAYS) {
                        break;
                    }
                }
                // Killed right after the last save returned, well inside H2's write delay.
                child.destroyForcibly();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(acks).as("round %d: saves acknowledged\n%s", round, errors.get(30, TimeUnit.SECONDS))
                    .isEqualTo(DAYS);

            try (Database reopened = Database.open(folder)) {
                Store store = new Store(reopened);
                List<PricePoint> stored = store.read(tx -> tx.prices().between(from, from.plusDays(DAYS - 1)));
                int commodities = store.read(tx -> tx.commodities().all()).stream()
                        .filter(c -> c.active()).toList().size();
                assertThat(stored).as("round %d", round).hasSize(DAYS * commodities);
                for (PricePoint p : stored) {
                    int d = (int) (p.date().toEpochDay() - from.toEpochDay());
                    assertThat(p.priceRp()).isEqualTo(SaveThenWait.price(base, d, p.commodityId()));
                }
            }
        }
    }
}
