package id.sinergi.infoharga.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade over a folder with data: the data as it was is backed up before the new migrations run, and that
 * backup is a real one (it holds the old schema version and the rows). New and current folders get none.
 */
class UpgradeBackupTest {
    @TempDir
    Path folder;

    /** A folder as an older version left it: migrated up to V2 only, with one market renamed by its user. */
    private void olderVersion(Path data) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + data.toAbsolutePath()
                .resolve("infoharga"), "sa", "");
        try {
            Flyway.configure().dataSource(pool)
                    .locations("classpath:db/migration", "classpath:id/sinergi/infoharga/store/migration")
                    .target("2").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE market SET name = 'Pasar Lama Sekali'"
                        + " WHERE code = (SELECT MIN(code) FROM market)");
            }
        } finally {
            pool.dispose();
        }
    }

    private static List<Path> upgradeBackups(Path data) throws IOException {
        Path backups = data.resolve("backup");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().startsWith("before-upgrade-")).toList();
        }
    }

    @Test
    void anOlderFolderIsBackedUpBeforeItsMigrationsRun() throws Exception {
        Path data = folder.resolve("data");
        olderVersion(data);

        Database.open(data).close();

        List<Path> backups = upgradeBackups(data);
        assertThat(backups).singleElement().satisfies(b ->
                assertThat(b.getFileName().toString()).matches("before-upgrade-V2-\\d{8}-\\d{6}\\.zip"));
        // A signed backup of the data as it was: the old schema version and the user's row.
        try (BackupArchive archive = BackupArchive.check(backups.get(0))) {
            assertThat(archive.manifest().schemaVersion()).isEqualTo("2");
            assertThat(archive.signedBy(DeviceFile.load(data).identity().publicKey())).isTrue();
            assertThat(archive.rowsOf("market")).anySatisfy(row ->
                    assertThat(row).containsEntry("name", "Pasar Lama Sekali"));
        }
        // The upgraded folder kept the row too.
        try (Database db = Database.open(data)) {
            int kept = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM market WHERE name = 'Pasar Lama Sekali'").mapTo(Integer.class).one());
            assertThat(kept).isEqualTo(1);
        }
        assertThat(upgradeBackups(data)).as("no second backup once up to date").hasSize(1);
    }

    @Test
    void aNewFolderGetsNoUpgradeBackup() throws Exception {
        Path data = folder.resolve("new");
        Database.open(data).close();
        Database.open(data).close();
        assertThat(upgradeBackups(data)).isEmpty();
    }

    @Test
    void aFolderFilledWithDemoDataBeforeThisVersionIsMarkedAsHoldingIt() throws Exception {
        Path data = folder.resolve("old-demo");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + data.toAbsolutePath()
                .resolve("infoharga"), "sa", "");
        try {
            Flyway.configure().dataSource(pool)
                    .locations("classpath:db/migration", "classpath:id/sinergi/infoharga/store/migration")
                    .target("8").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                // The summary row the demo load of earlier versions wrote (hashes do not matter to the migration).
                s.executeUpdate("INSERT INTO audit_log (at_utc, actor, device, table_name, row_key, new_value,"
                        + " prev_hash, row_hash) VALUES (CURRENT_TIMESTAMP, 'admin', 'pc', 'price_observation',"
                        + " 'demo', 'demo: seed=1', REPEAT('0', 64), REPEAT('0', 64))");
            }
        } finally {
            pool.dispose();
        }
        try (Database db = Database.open(data)) {
            java.util.Optional<String> flag = db.jdbi().withHandle(h -> h.attach(SettingDao.class).get("demo.loaded"));
            assertThat(flag).contains("true");
        }
        try (Database db = Database.open(folder.resolve("fresh"))) {
            java.util.Optional<String> flag = db.jdbi().withHandle(h -> h.attach(SettingDao.class).get("demo.loaded"));
            assertThat(flag).isEmpty();
        }
    }
}
