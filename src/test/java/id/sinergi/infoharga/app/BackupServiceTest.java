package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.AuditDao;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupServiceTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-09-15T05:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final Authorizer AUTH = new Authorizer(ID);

    @TempDir
    Path work;

    @Test
    void aBackupRestoredIntoAnEmptyFolderHasTheSameRowsAndAValidChain() {
        Path source = work.resolve("source");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(source, "petugas");
        Path file = work.resolve("cadangan.zip");
        List<PricePoint> prices;
        List<AuditDao.AuditRow> audit;
        try (Database db = Database.open(source)) {
            Store store = new Store(db);
            EntryService entries = new EntryService(store, NOON);
            entries.save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(12_000L, 12_500L, 13_000L), null))));
            entries.save(officer, new MarketDayEntry(3, LocalDate.of(2025, 9, 16),
                    List.of(new MarketDayEntry.Line(2, 14_000, List.of(), null),
                            new MarketDayEntry.Line(4, 38_000, List.of(), "panen"))));
            prices = store.read(tx -> tx.prices().between(LocalDate.MIN, LocalDate.MAX));
            audit = store.read(tx -> tx.audit().all());
            new BackupService(store, NOON, AUTH).backupTo(file);
        }
        assertThat(prices).hasSize(3);

        Path target = work.resolve("empty");
        BackupService.RestoreResult result = BackupService.restore(target, file, NOON, ID);
        assertThat(result.previousKeptAs()).isEmpty();
        assertThat(result.report().sound()).isTrue();
        try (Database db = Database.open(target)) {
            Store store = new Store(db);
            List<PricePoint> restoredPrices = store.read(tx -> tx.prices().between(LocalDate.MIN, LocalDate.MAX));
            List<AuditDao.AuditRow> restoredAudit = store.read(tx -> tx.audit().all());
            List<id.sinergi.infoharga.domain.MonthSum> months = store.read(tx -> tx.prices().allMonths());
            assertThat(restoredPrices).containsExactlyInAnyOrderElementsOf(prices);
            assertThat(restoredAudit).isEqualTo(audit);
            assertThat(months).hasSize(3);
        }
    }

    @Test
    void aRestoreIntoTheCurrentFolderKeepsThePreviousFile() throws Exception {
        Path folder = work.resolve("data");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Path file = work.resolve("cadangan.zip");
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            new BackupService(store, NOON, AUTH).backupTo(file);
            new EntryService(store, NOON).save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(), null))));
        }
        BackupService.RestoreResult result = BackupService.restore(folder, file, NOON, ID,
                BackupService.RestoreAuthority.ofCurrentAdmin());
        assertThat(result.previousKeptAs()).hasValueSatisfying(p -> assertThat(p).exists()
                .hasFileName("before-restore-20250915-050000.mv.db"));
        try (Database db = Database.open(folder)) {
            long count = new Store(db).read(tx -> tx.prices().count());
            assertThat(count).isZero();
        }
    }

    @Test
    void garbageIsRefusedAndChangesNothing() throws Exception {
        Path folder = work.resolve("data");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        try (Database db = Database.open(folder)) {
            new EntryService(new Store(db), NOON).save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(), null))));
        }
        Path garbage = Files.write(work.resolve("bukan.zip"), new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> BackupService.restore(folder, garbage, NOON, ID,
                BackupService.RestoreAuthority.ofCurrentAdmin()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("bukan cadangan Info Harga yang dapat dibaca");
        assertThat(folder.resolve("infoharga-restore.mv.db")).doesNotExist();
        assertThat(BackupGenerations.folder(folder)).doesNotExist();
        try (Database db = Database.open(folder)) {
            long count = new Store(db).read(tx -> tx.prices().count());
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void generationsKeepSevenDaysAndFourWeeks() {
        Path folder = work.resolve("data");
        TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        LocalDate first = LocalDate.of(2025, 8, 1); // a Friday
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            for (int i = 0; i < 40; i++) {
                LocalDate day = first.plusDays(i);
                BackupService backups = new BackupService(store,
                        Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), AUTH);
                assertThat(backups.automaticIfDue()).isPresent();
                assertThat(backups.automaticIfDue()).as("at most once a day").isEmpty();
            }
        }
        // Last day: 1 Aug + 39 = 9 Sep 2025 (a Tuesday). Daily: 3–9 Sep. ISO weeks, newest first: 8–9 Sep (week 37,
        // its newest day 9 Sep), 1–7 Sep (week 36: 7 Sep), 25–31 Aug (week 35: 31 Aug), 18–24 Aug (week 34: 24 Aug).
        List<LocalDate> kept = new ArrayList<>(BackupGenerations.existing(folder).keySet());
        assertThat(kept).containsExactly(LocalDate.of(2025, 8, 24), LocalDate.of(2025, 8, 31),
                LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 4), LocalDate.of(2025, 9, 5),
                LocalDate.of(2025, 9, 6), LocalDate.of(2025, 9, 7), LocalDate.of(2025, 9, 8),
                LocalDate.of(2025, 9, 9));
        assertThat(BackupGenerations.latest(folder)).contains(BackupGenerations.fileFor(folder,
                LocalDate.of(2025, 9, 9)));
    }

    @Test
    void keepRuleByHand() {
        // Three days in one week and one two weeks before: all kept (fewer than 7 days).
        Set<LocalDate> keep = BackupGenerations.toKeep(List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2),
                LocalDate.of(2025, 9, 3), LocalDate.of(2025, 8, 18)));
        assertThat(keep).hasSize(4);
    }

    @Test
    void compactingRebuildsASmallerFileWithTheSameRowsAndKeepsItsBackup() throws Exception {
        Path folder = work.resolve("bloated");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        List<PricePoint> prices;
        List<AuditDao.AuditRow> audit;
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            EntryService entries = new EntryService(store, NOON);
            // The same market-days saved again and again: every save leaves the older chunks dead in the file.
            for (int round = 0; round < 40; round++) {
                for (int market = 1; market <= 5; market++) {
                    List<MarketDayEntry.Line> lines = new java.util.ArrayList<>();
                    for (int commodity = 1; commodity <= 20; commodity++) {
                        lines.add(new MarketDayEntry.Line(commodity, 10_000 + 100L * round + commodity, List.of(),
                                null));
                    }
                    entries.save(officer, new MarketDayEntry(market, LocalDate.of(2025, 9, 15), lines));
                }
            }
            prices = store.read(tx -> tx.prices().between(LocalDate.MIN, LocalDate.MAX));
            audit = store.read(tx -> tx.audit().all());
        }
        long before = java.nio.file.Files.size(folder.resolve("infoharga.mv.db"));

        BackupService.CompactResult result = BackupService.compact(folder, NOON, ID);

        assertThat(result.report().sound()).isTrue();
        assertThat(result.bytesBefore()).isEqualTo(before);
        assertThat(result.bytesAfter()).isLessThan(before / 2);
        assertThat(java.nio.file.Files.size(folder.resolve("infoharga.mv.db"))).isEqualTo(result.bytesAfter());
        assertThat(result.backup()).exists().hasFileName("before-compact-20250915-050000.zip");
        assertThat(folder.resolve("backup/before-compact-20250915-050000.mv.db")).doesNotExist();
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            List<PricePoint> after = store.read(tx -> tx.prices().between(LocalDate.MIN, LocalDate.MAX));
            List<AuditDao.AuditRow> auditAfter = store.read(tx -> tx.audit().all());
            assertThat(after).containsExactlyInAnyOrderElementsOf(prices).hasSize(100);
            assertThat(auditAfter).isEqualTo(audit);
        }
    }

    @Test
    void compactingIsAdvisedOnlyWhenTheFileIsFarLargerThanItsContent() {
        // 2,479,468 prices would rebuild to 8 MB + 64 B × 2,479,468 = 166.7 MB; four times that is 666.8 MB.
        assertThat(BackupService.worthCompacting(1_433_980_928L, 2_479_468)).isTrue();
        assertThat(BackupService.worthCompacting(600L << 20, 2_479_468)).isFalse();
        // A small folder is never worth it, however sparse: under 64 MB.
        assertThat(BackupService.worthCompacting(60L << 20, 0)).isFalse();
        assertThat(BackupService.worthCompacting(65L << 20, 0)).isTrue();
    }
}
