package id.sinergi.infoharga.app;

import id.sinergi.infoharga.cli.InfoHargaCommand;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVerifierTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @TempDir
    Path folder;

    /** Five audit rows, ids 1–5: two inserts at market 1, two at market 2, then one change at market 1. */
    @BeforeEach
    void fiveAuditRows() {
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        try (Database db = Database.open(folder)) {
            EntryService entries = new EntryService(new Store(db),
                    Clock.fixed(Instant.parse("2025-09-15T03:00:00Z"), ZoneOffset.UTC));
            entries.save(officer, new MarketDayEntry(1, DAY, List.of(line(1, 12_500), line(2, 14_000))));
            entries.save(officer, new MarketDayEntry(2, DAY, List.of(line(1, 12_600), line(2, 14_100))));
            entries.save(officer, new MarketDayEntry(1, DAY, List.of(line(1, 12_700), line(2, 14_000))));
        }
    }

    @Test
    void anUntouchedDatabaseIsSound() {
        try (Database db = Database.open(folder)) {
            AuditVerifier.Report report = new AuditVerifier(new Store(db)).verify();
            assertThat(report.sound()).isTrue();
            assertThat(report.auditRows()).isEqualTo(5 + TestAccounts.AUDIT_ROWS_OF_SETUP);
            assertThat(report.scriptLines()).isPositive();
        }
        assertThat(cli("verify").exit).isZero();
    }

    @Test
    void thePriceHistoryShowsWhoChangedItFromWhatAndWhy() {
        try (Database db = Database.open(folder)) {
            List<id.sinergi.infoharga.domain.AuditEntry> history = new PriceHistoryService(new Store(db))
                    .history(1, 1, DAY);
            assertThat(history).extracting(e -> e.actor() + ": " + e.oldValue() + " -> " + e.newValue())
                    .containsExactly("petugas: null -> 12500", "petugas: 12500 -> 12700");
        }
        String commodity;
        try (Database db = Database.open(folder)) {
            commodity = new ReferenceDataService(new Store(db)).catalog().commodity(1).code();
        }
        Run run = cli("history", "--market", "Pasar Raya Mojosari", "--commodity", commodity, "--date",
                DAY.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("petugas (test): - \u2192 12500; alasan: -", "12500 \u2192 12700");
    }

    @Test
    void anEditedOldValueIsNamedByItsRowId() {
        long target = firstEntryRow() + 4; // the change at market 1: old value "12500"
        try (Database db = Database.open(folder)) {
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE audit_log SET old_value = '11500' WHERE id = :id")
                    .bind("id", target).execute());
            AuditVerifier.Report report = new AuditVerifier(new Store(db)).verify();
            assertThat(report.sound()).isFalse();
            assertThat(report.brokenLink()).contains(
                    new AuditVerifier.BrokenLink(target, AuditVerifier.LinkProblem.CONTENT_CHANGED));
        }
        Run run = cli("verify");
        assertThat(run.exit).isEqualTo(InfoHargaCommand.EXIT_NOT_SOUND);
        assertThat(run.out).contains("Rantai audit RUSAK pada baris id " + target + ": isi baris tidak cocok");
    }

    @Test
    void aDeletedMiddleRowIsFoundAtTheRowAfterIt() {
        long middle = firstEntryRow() + 2;
        try (Database db = Database.open(folder)) {
            db.jdbi().useHandle(h -> h.createUpdate("DELETE FROM audit_log WHERE id = :id").bind("id", middle)
                    .execute());
            AuditVerifier.Report report = new AuditVerifier(new Store(db)).verify();
            assertThat(report.brokenLink()).contains(
                    new AuditVerifier.BrokenLink(middle + 1, AuditVerifier.LinkProblem.PREVIOUS_MISSING));
            assertThat(report.auditRows()).isEqualTo(4 + TestAccounts.AUDIT_ROWS_OF_SETUP);
        }
    }

    @Test
    void aMonthlySumThatDisagreesWithThePricesIsReported() {
        try (Database db = Database.open(folder)) {
            db.jdbi().useHandle(h -> h.execute("UPDATE price_month SET sum_rp = sum_rp + 1 WHERE market_id = 2"
                    + " AND commodity_id = 1"));
            AuditVerifier.Report report = new AuditVerifier(new Store(db)).verify();
            assertThat(report.brokenLink()).isEmpty();
            // Seen both ways: the stored figure is not recomputed, and the recomputed one is not stored.
            assertThat(report.monthSumMismatches()).containsExactly("2:1:2025-09-01", "2:1:2025-09-01");
            assertThat(report.sound()).isFalse();
        }
    }

    @Test
    void aKeptMarketWeekThatDisagreesWithThePricesIsReported() {
        try (Database db = Database.open(folder)) {
            assertThat(new AuditVerifier(new Store(db)).verify().keptWeekMismatches()).isEmpty();
            db.jdbi().useHandle(h -> h.execute("UPDATE price_week_market SET day_count = day_count + 1"
                    + " WHERE market_id = 2 AND commodity_id = 1"));
            AuditVerifier.Report report = new AuditVerifier(new Store(db)).verify();
            assertThat(report.keptDayMismatches()).isEmpty();
            assertThat(report.keptWeekMismatches()).isNotEmpty().allMatch(k -> k.startsWith("2:1:2025-"));
            assertThat(report.sound()).isFalse();
            assertThat(report.lines(new Messages(Messages.INDONESIAN)))
                    .anyMatch(l -> l.startsWith("Jumlah mingguan per pasar yang disimpan TIDAK cocok"));
        }
    }

    @Test
    void aKeptRegencyDayThatDisagreesWithThePricesIsReported() {
        try (Database db = Database.open(folder)) {
            assertThat(new AuditVerifier(new Store(db)).verify().keptDayMismatches()).isEmpty();
            db.jdbi().useHandle(h -> h.execute("UPDATE price_day SET high_rp = high_rp + 1 WHERE commodity_id = 1"));
            AuditVerifier.Report report = new AuditVerifier(new Store(db)).verify();
            assertThat(report.monthSumMismatches()).isEmpty();
            assertThat(report.keptDayMismatches()).isNotEmpty().allMatch(k -> k.startsWith("1:2025-09-"));
            assertThat(report.sound()).isFalse();
            assertThat(report.lines(new Messages(Messages.INDONESIAN)))
                    .anyMatch(l -> l.startsWith("Jumlah harian kabupaten yang disimpan TIDAK cocok"));
        }
    }

    private long firstEntryRow() {
        return TestAccounts.AUDIT_ROWS_OF_SETUP + 1;
    }

    private static MarketDayEntry.Line line(int commodity, long price) {
        return new MarketDayEntry.Line(commodity, price, List.of(), null);
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InfoHargaCommand root = new InfoHargaCommand(java.util.Map.of(InfoHargaCommand.PASSWORD_VARIABLE,
                TestAccounts.PASSWORD));
        CommandLine cli = InfoHargaCommand.commandLine(root);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        all[2] = "--user";
        all[3] = TestAccounts.ADMIN;
        System.arraycopy(args, 0, all, 4, args.length);
        int exit;
        try (root) {
            exit = cli.execute(all);
        }
        return new Run(exit, out.toString(), err.toString());
    }
}
