package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, medium finding: tampering straight in the H2 file is seen by {@code verify}: a price edited together
 * with its monthly sum, and the last audit rows deleted together with the head mark.
 */
class TamperTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-09-15T05:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path folder;

    private void saveTwoDays() {
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        try (Database db = Database.open(folder)) {
            EntryService entries = new EntryService(new Store(db), NOON);
            entries.save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(12_000L, 12_500L, 13_000L), null))));
            entries.save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 16),
                    List.of(new MarketDayEntry.Line(1, 12_600, List.of(), null))));
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("infoharga"), "sa", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private AuditVerifier.Report verify() {
        try (Database db = Database.open(folder)) {
            return new AuditVerifier(new Store(db), List.of(new BackupAnchors(folder,
                    DeviceFile.load(folder).identity()))).verify();
        }
    }

    @Test
    void aPriceEditedTogetherWithItsMonthlySumIsFound() throws Exception {
        saveTwoDays();
        try (Database db = Database.open(folder)) {
            DeviceFile.loadOrCreate(folder, "uji");
        }
        assertThat(verify().sound()).isTrue();
        sql("UPDATE price_observation SET price_rp = 9500 WHERE market_id = 1 AND commodity_id = 1"
                        + " AND price_date = DATE '2025-09-15'",
                "UPDATE price_month SET sum_rp = sum_rp - 12500 + 9500 WHERE market_id = 1 AND commodity_id = 1"
                        + " AND month_start = DATE '2025-09-01'");
        AuditVerifier.Report report = verify();
        assertThat(report.monthSumMismatches()).as("the sum was edited to agree").isEmpty();
        assertThat(report.brokenLink()).isEmpty();
        assertThat(report.priceAuditMismatches()).containsExactly("1:1:2025-09-15");
        assertThat(report.sound()).isFalse();
        assertThat(report.lines(ID)).contains("Ada 1 harga yang TIDAK sama dengan nilai terakhir di rantai auditnya"
                + " (diubah di luar aplikasi): 1:1:2025-09-15", "Hasil: basis data BERMASALAH.");
    }

    @Test
    void aDeletedAuditTailTogetherWithTheHeadMarkIsFoundThroughTheNewestBackup() throws Exception {
        saveTwoDays();
        long last;
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            new BackupService(store, NOON, new Authorizer(ID)).automaticIfDue().orElseThrow();
            last = store.read(tx -> tx.audit().count());
        }
        AuditVerifier.Report before = verify();
        assertThat(before.sound()).isTrue();
        assertThat(before.lines(ID)).contains("Rantai audit masih memuat jangkar terbaru di luar berkas data (baris "
                + last + ", infoharga-2025-09-15.zip).");

        // The last save undone by hand: its price, its month, its audit row, and the head mark beside the file.
        sql("DELETE FROM price_observation WHERE price_date = DATE '2025-09-16'",
                "UPDATE price_month SET sum_rp = 12500, day_count = 1 WHERE market_id = 1 AND commodity_id = 1",
                "DELETE FROM audit_log WHERE id = " + last);
        Files.delete(folder.resolve("infoharga.head"));

        AuditVerifier.Report report = verify();
        assertThat(report.brokenLink()).as("what is left is a whole chain").isEmpty();
        assertThat(report.monthSumMismatches()).isEmpty();
        assertThat(report.sound()).isFalse();
        assertThat(report.lines(ID)).contains("Rantai audit RUSAK: baris " + last + " yang dicatat oleh"
                + " infoharga-2025-09-15.zip tidak ada lagi di berkas data (baris audit terakhir telah dihapus).");
    }
}
