package id.sinergi.infoharga.store;

import id.sinergi.infoharga.app.AuditVerifier;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.testing.ChildJvm;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the data file's housekeeping rewrites H2's chunks while the app runs. A process killed with SIGKILL in
 * the middle of it must leave a file that opens, has every save that was acknowledged, and passes {@code verify}.
 * The child saves round and round on a few keys and, every third save, runs the housekeeping made to rewrite for
 * five seconds; it is killed a random moment after such a run started (each save also asks for the housekeeping
 * that runs a second later when the file is sparse). Two rounds: each costs about 20 s of the test suite.
 */
class HousekeepingKillTest {
    private static final int ROUNDS = 2;

    @TempDir
    Path folder;

    @Test
    void aKillDuringTheHousekeepingKeepsEveryAcknowledgedSave() throws Exception {
        String user = TestAccounts.prepareOfficerForAllMarkets(folder);
        Random random = new Random(16);
        // The newest acknowledged save of each (market, day), as round * 1,000,000 + i.
        Map<String, Long> acknowledged = new HashMap<>();
        int runsThatRewrote = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = ChildJvm.start(SaveAndHousekeep.class.getName(), List.of("-XX:TieredStopAtLevel=1"),
                    List.of(folder.toString(), user, String.valueOf(round)));
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    return "(stderr: " + e.getMessage() + ")";
                }
            });
            int killAtRun = 3 + random.nextInt(4);
            int runs = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(" ");
                    if (f[0].equals("ACK")) {
                        acknowledged.put(f[2] + " " + f[3], round * 1_000_000L + Long.parseLong(f[1]));
                    } else if (f[0].equals("HKDONE") && Integer.parseInt(f[2]) > 0) {
                        runsThatRewrote++;
                    } else if (f[0].equals("HK") && ++runs == killAtRun) {
                        // Within the run: each of its steps is a commit and a sync of a few hundred milliseconds.
                        Thread.sleep(random.nextInt(250));
                        break;
                    }
                }
                child.destroyForcibly();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).as("round %d reached its kill\n%s", round, errors.get(30, TimeUnit.SECONDS))
                    .isEqualTo(killAtRun);

            try (Database reopened = Database.open(folder)) {
                Store store = new Store(reopened);
                List<PricePoint> stored = store.read(tx -> tx.prices().between(SaveAndHousekeep.FIRST,
                        SaveAndHousekeep.FIRST.plusDays(SaveAndHousekeep.DAYS - 1)));
                Map<String, Long> oldestSaveInFile = new HashMap<>();
                for (PricePoint p : stored) {
                    oldestSaveInFile.merge(p.marketId() + " " + p.date(),
                            SaveAndHousekeep.saveOf(p.priceRp(), p.commodityId()), Math::min);
                }
                for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                    // The acknowledged save, or one made after it that committed before the kill.
                    assertThat(oldestSaveInFile.get(ack.getKey())).as("round %d, %s", round, ack.getKey())
                            .isNotNull().isGreaterThanOrEqualTo(ack.getValue());
                }
                AuditVerifier.Report report = new AuditVerifier(store).verify();
                assertThat(report.sound()).as("round %d: verify %s", round, report).isTrue();
            }
        }
        // The runs that finished before each kill rewrote: the killed ones were rewriting too.
        assertThat(runsThatRewrote).isGreaterThanOrEqualTo(2 * ROUNDS);
    }

}
