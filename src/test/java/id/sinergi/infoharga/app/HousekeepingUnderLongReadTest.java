package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.HousekeepingOutcome;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: H2's own background compaction freed chunks that a long read still walked ("Chunk 697 not found" in a
 * pre-upgrade backup). The app's housekeeping runs only when no connection is open. Here a backup (one long read in
 * one snapshot) is held in the middle of its stream while saves and housekeeping are asked for on a sparse file:
 * the housekeeping must not run then, the saves must go through, the backup must finish and restore to exactly
 * the prices it started from; once the backup is done, the housekeeping does run.
 */
class HousekeepingUnderLongReadTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    /** FileHousekeeping.START_BELOW: below this live share (percent) the file counts as sparse. */
    private static final int SPARSE_BELOW = 60;

    @TempDir
    Path dir;

    @Test
    void aBackupInFlightHoldsTheHousekeepingOffAndRestoresEqual() throws Exception {
        Path folder = dir.resolve("data");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Random random = new Random(4012);
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            EntryService entries = new EntryService(store, Clock.systemUTC());
            Catalog catalog = new ReferenceDataService(store).catalog();
            // Every market-day saved twice: the second save leaves the first one's pages dead, the file sparse.
            for (int pass = 0; pass < 2; pass++) {
                for (int d = 0; d < 10; d++) {
                    for (var market : catalog.activeMarkets()) {
                        HeldBackup.saveMarketDay(entries, officer, catalog, market.id(), FIRST.plusDays(d), random);
                    }
                }
            }
            List<PricePoint> before = store.read(tx -> tx.prices().between(FIRST, FIRST.plusDays(9)));

            HeldBackup backup = HeldBackup.start(db, store);

            List<HousekeepingOutcome> whileReading = new ArrayList<>();
            for (int d = 100; d < 110; d++) {
                // Each save syncs and then asks for the housekeeping itself.
                HeldBackup.saveMarketDay(entries, officer, catalog, catalog.activeMarkets().get(0).id(),
                        FIRST.plusDays(d), random);
                whileReading.add(store.keepFileDense(Duration.ofSeconds(5)));
            }
            byte[] written = backup.finish();

            assertThat(whileReading).allSatisfy(o -> assertThat(o.ran()).isFalse());
            // Once the backup is done the housekeeping runs: the run the saves asked for (retried on its own thread
            // while the backup held the gate) or this one, whichever comes first. This one is skipped while the other
            // holds the gate, and finds the file dense after it.
            HousekeepingOutcome after = store.keepFileDense(Duration.ofSeconds(30));
            for (int tries = 0; tries < 100 && after.liveBefore() < 0; tries++) {
                Thread.sleep(50);
                after = store.keepFileDense(Duration.ofSeconds(30));
            }
            assertThat(after.liveBefore()).as("the housekeeping could look at the file").isNotNegative();
            assertThat(after.ran() ? after.liveAfter() : after.liveBefore())
                    .as("the file's live share after the backup").isGreaterThanOrEqualTo(SPARSE_BELOW);

            Path zip = dir.resolve("cadangan.zip");
            Files.write(zip, written);
            Path restored = dir.resolve("pulih");
            BackupService.restore(restored, zip, Clock.systemUTC(), ID, BackupService.RestoreAuthority.NONE);
            try (Database back = Database.open(restored)) {
                Store restoredStore = new Store(back);
                // The days saved before the backup; the saves made during it (on other days) are not in its
                // snapshot.
                List<PricePoint> restoredPrices = restoredStore.read(tx -> tx.prices().between(FIRST,
                        FIRST.plusDays(9)));
                assertThat(restoredPrices).containsExactlyInAnyOrderElementsOf(before);
                List<PricePoint> restoredDuring = restoredStore.read(tx -> tx.prices().between(FIRST.plusDays(100),
                        FIRST.plusDays(109)));
                assertThat(restoredDuring).isEmpty();
                assertThat(new AuditVerifier(restoredStore).verify().sound()).isTrue();
            }
            assertThat(new AuditVerifier(store).verify().sound()).as("verify of the housekept file").isTrue();
            List<PricePoint> during = store.read(tx -> tx.prices().between(FIRST.plusDays(100),
                    FIRST.plusDays(109)));
            assertThat(during).as("the saves made during the backup").hasSize(10 * catalog.activeCommodities().size());
        }
    }

}
