package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.ChildJvm;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, finding 4: compact holds the folder's lock from start to swap, so an import started meanwhile is told
 * the folder is in use instead of being stored and then lost in the swap.
 */
class CompactLockTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-09-15T05:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path work;

    @Test
    void anImportDuringACompactIsRefusedAsFolderInUseAndNothingIsLost() throws Exception {
        Path folder = work.resolve("data");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        String market;
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            new EntryService(store, NOON).save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(), null))));
            market = new ReferenceDataService(store).catalog().market(1).code();
        }
        Path csv = Files.writeString(work.resolve("harga.csv"), "date,market,commodity,price\n2025-09-16," + market
                + ",BERAS-MEDIUM,12600\n");
        Map<String, String> admin = Map.of("INFO_HARGA_USER", TestAccounts.ADMIN, "INFO_HARGA_PASSWORD",
                TestAccounts.PASSWORD);
        List<ChildJvm.Result> during = new ArrayList<>();
        String rebuilding = ID.get("trust.compact.step.rebuild");
        BackupService.CompactResult result = BackupService.compact(folder, NOON, ID, new WorkProgress() {
            @Override
            public void update(double fraction, String message) {
                if (message.equals(rebuilding)) {
                    // The current file is closed here, and the copy is being built from the backup.
                    try {
                        during.add(ChildJvm.run(admin, "id.sinergi.infoharga.Launcher", "--data-dir",
                                folder.toString(), "import", "prices", csv.toString()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(result.report().sound()).isTrue();
        assertThat(during).hasSize(1);
        assertThat(during.get(0).exitCode()).as(during.get(0).err()).isEqualTo(3);
        assertThat(during.get(0).err().strip()).isEqualTo("Aplikasi sudah terbuka dengan folder data " + folder
                + ". Tutup aplikasi yang lain terlebih dahulu.");

        ChildJvm.Result after = ChildJvm.run(admin, "id.sinergi.infoharga.Launcher", "--data-dir",
                folder.toString(), "import", "prices", csv.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        try (Database db = Database.open(folder)) {
            long prices = new Store(db).read(tx -> tx.prices().count());
            assertThat(prices).isEqualTo(2);
        }
    }

    @Test
    void theBackupBeforeACompactIsNamedWhenTheFileIsDamagedLater() throws Exception {
        Path folder = work.resolve("data");
        TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        BackupService.CompactResult result = BackupService.compact(folder, NOON, ID);
        assertThat(result.backup().getFileName().toString()).isEqualTo("before-compact-20250915-050000.zip");
        assertThat(BackupGenerations.existing(folder)).isEmpty();
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("infoharga.mv.db").toFile(), "rw")) {
            f.setLength(8 * 1024 + 100);
        }
        assertThatThrownBy(() -> Database.open(folder).close())
                .isInstanceOfSatisfying(DatabaseDamagedException.class, e ->
                        assertThat(ProblemText.describe(e, ID)).hasValue("Berkas data di " + folder
                                + " rusak dan tidak dapat dibuka. Cadangan terakhir: " + result.backup()
                                + ". Pulihkan dengan: info-harga --data-dir \"" + folder + "\" restore \""
                                + result.backup() + "\" --yes"));
    }
}
