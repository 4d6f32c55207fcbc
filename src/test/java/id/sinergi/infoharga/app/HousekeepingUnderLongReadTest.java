package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Backups;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.HousekeepingOutcome;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
                        save(entries, officer, catalog, market.id(), FIRST.plusDays(d), random);
                    }
                }
            }
            List<PricePoint> before = store.read(tx -> tx.prices().between(FIRST, FIRST.plusDays(9)));

            CountDownLatch streaming = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStream held = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    streaming.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    bytes.write(b, off, len);
                }
            };
            CompletableFuture<Void> backup = CompletableFuture.runAsync(() -> {
                try {
                    Backups.write(db, store.device(), java.time.Instant.now(), held);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(streaming.await(60, TimeUnit.SECONDS)).as("the backup started streaming").isTrue();

            List<HousekeepingOutcome> whileReading = new ArrayList<>();
            for (int d = 100; d < 110; d++) {
                // Each save syncs and then asks for the housekeeping itself.
                save(entries, officer, catalog, catalog.activeMarkets().get(0).id(), FIRST.plusDays(d), random);
                whileReading.add(store.keepFileDense(Duration.ofSeconds(5)));
            }
            release.countDown();
            backup.get(120, TimeUnit.SECONDS);

            assertThat(whileReading).allSatisfy(o -> assertThat(o.ran()).isFalse());
            HousekeepingOutcome after = store.keepFileDense(Duration.ofSeconds(30));
            assertThat(after.ran()).as("the file was sparse: the housekeeping had work").isTrue();
            assertThat(after.steps()).isPositive();

            Path zip = dir.resolve("cadangan.zip");
            Files.write(zip, bytes.toByteArray());
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

    private static void save(EntryService entries, Actor officer, Catalog catalog, int market, LocalDate day,
                             Random random) {
        List<MarketDayEntry.Line> lines = new ArrayList<>();
        for (Commodity c : catalog.activeCommodities()) {
            lines.add(new MarketDayEntry.Line(c.id(), 10_000 + 50L * random.nextInt(400), List.of(), null));
        }
        entries.save(officer, new MarketDayEntry(market, day, lines));
    }
}
