package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup is one consistent snapshot of every table: a save committed while the backup streams (its price rows,
 * their audit and change-log rows, the kept day/week/month aggregates) is wholly absent from it, never half in it.
 * H2's REPEATABLE READ took each table's snapshot at the table's first read, so such a save showed up in the tables
 * read after it (phantoms); the backup is held here right after the manifest's head was read and before any table
 * is streamed, the widest gap.
 */
class BackupConsistentSnapshotTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final LocalDate FIRST = LocalDate.of(2024, 3, 4);

    @TempDir
    Path dir;

    @Test
    void aSaveCommittedWhileTheBackupStreamsIsWhollyAbsentFromIt() throws Exception {
        Path folder = dir.resolve("data");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Random random = new Random(1607);
        ExecutorService saver = Executors.newSingleThreadExecutor();
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            EntryService entries = new EntryService(store, Clock.systemUTC());
            Catalog catalog = new ReferenceDataService(store).catalog();
            for (int d = 0; d < 5; d++) {
                for (var market : catalog.activeMarkets()) {
                    HeldBackup.saveMarketDay(entries, officer, catalog, market.id(), FIRST.plusDays(d), random);
                }
            }
            Map<String, List<String>> atStart = tables(db);

            HeldBackup backup = HeldBackup.start(db, store);

            // A new market-day (a day no market has yet), committed from another thread while the backup is held.
            int market = catalog.activeMarkets().get(0).id();
            saver.submit(() -> HeldBackup.saveMarketDay(entries, officer, catalog, market, FIRST.plusDays(30), random))
                    .get(60, TimeUnit.SECONDS);
            Map<String, List<String>> afterSave = tables(db);
            for (String table : List.of("PRICE_OBSERVATION", "AUDIT_LOG", "CHANGE_LOG", "PRICE_DAY",
                    "PRICE_WEEK_MARKET")) {
                assertThat(afterSave).containsKey(table);
                assertThat(afterSave.get(table)).as("the save wrote rows into " + table)
                        .isNotEqualTo(atStart.get(table));
            }

            byte[] written = backup.finish();

            Path zip = dir.resolve("cadangan.zip");
            Files.write(zip, written);
            Path restored = dir.resolve("pulih");
            BackupService.restore(restored, zip, Clock.systemUTC(), ID, BackupService.RestoreAuthority.NONE);
            try (Database back = Database.open(restored)) {
                Map<String, List<String>> inBackup = tables(back);
                assertThat(inBackup.keySet()).isEqualTo(atStart.keySet());
                for (String table : atStart.keySet()) {
                    List<String> missing = new ArrayList<>(atStart.get(table));
                    missing.removeAll(inBackup.get(table));
                    List<String> extra = new ArrayList<>(inBackup.get(table));
                    extra.removeAll(atStart.get(table));
                    assertThat(missing).as(table + " rows of the backup's start missing").isEmpty();
                    assertThat(extra).as(table + " rows not there at the backup's start").isEmpty();
                }
                assertThat(new AuditVerifier(new Store(back)).verify().sound()).isTrue();
            }
        } finally {
            saver.shutdownNow();
        }
    }

    /** Every table of the schema but Flyway's history (a restore migrates anew), as its rows' text, sorted. */
    private static Map<String, List<String>> tables(Database db) throws java.sql.SQLException {
        return db.jdbi().<Map<String, List<String>>, java.sql.SQLException>withHandle(h -> {
            Connection c = h.getConnection();
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME"
                    + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                    + " AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            Map<String, List<String>> out = new TreeMap<>();
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT * FROM \"" + name + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i == 1 ? "" : "|").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(name, rows);
            }
            return out;
        });
    }

}
