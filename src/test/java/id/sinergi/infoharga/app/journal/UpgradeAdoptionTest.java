package id.sinergi.infoharga.app.journal;

import id.sinergi.infoharga.app.PasswordHasher;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.sync.ReceiveResult;
import id.sinergi.infoharga.store.BackupArchive;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data folder from before the change log (schema V8, rows written the old way) is upgraded when it is first
 * opened: its accounts, the master data someone changed, its prices, stock and acknowledgements become this
 * device's first changes (demo data and the seeded master data do not), so that its first package carries its
 * history: an empty folder started from that package holds the same prices and can log the officer in.
 */
class UpgradeAdoptionTest {
    static final LocalDate D1 = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;

    @Test
    void anOldFoldersRowsBecomeItsFirstChangesAndTravel() throws SQLException, IOException {
        Path old = dir.resolve("lama");
        oldFolder(old);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
        try (Laptop upgraded = new Laptop(old, "Laptop Lama", clock)) {
            // The upgrade's order: a signed backup of the data as V8 left it, then the migrations, then adoption.
            List<Path> backups;
            try (Stream<Path> files = Files.list(old.resolve("backup"))) {
                backups = files.filter(f -> f.getFileName().toString()
                        .matches("before-upgrade-V8-\\d{8}-\\d{6}\\.zip")).toList();
            }
            assertThat(backups).hasSize(1);
            Path before = backups.get(0);
            try (BackupArchive archive = BackupArchive.check(before)) {
                assertThat(archive.manifest().schemaVersion()).isEqualTo("8");
                assertThat(archive.rowsOf("price_observation")).hasSize(4);
                assertThat(archive.rowsOf("price_observation")).allSatisfy(row ->
                        assertThat(row).doesNotContainKey("v_origin"));
            }
            // 2 accounts + 1 assignment + 1 market changed by hand + 3 prices + 1 stock movement + 1 acknowledgement
            assertThat(upgraded.context.sync().devices(upgraded.login("kepala")).get(0).held()).isEqualTo(9);
            Path first = upgraded.send("kepala", "pertama.sinergi");
            try (Laptop fresh = new Laptop(dir.resolve("baru"), "Laptop Baru", clock)) {
                ReceiveResult r = fresh.context.sync().startFrom(first, upgraded.fingerprint(), WorkProgress.NONE);
                assertThat(r.fresh()).isEqualTo(9);
                // Everything but the generated demo row (which never travels).
                String here = new String(upgraded.exportedPrices(D1, D1.plusDays(1)), StandardCharsets.UTF_8);
                assertThat(here).contains("NIAGA-MJS,BERAS-MEDIUM,kg,99999");
                assertThat(new String(fresh.exportedPrices(D1, D1.plusDays(1)), StandardCharsets.UTF_8))
                        .isEqualTo(here.replace("2025-09-01,NIAGA-MJS,BERAS-MEDIUM,kg,99999\r\n", ""))
                        .contains("12500", "13100");
                assertThat(fresh.catalog().findMarket("RAYA-MJS").orElseThrow().name()).isEqualTo("Pasar Raya Baru");
                assertThat(fresh.stock()).isEqualTo(upgraded.stock().lines()
                        .filter(l -> !l.contains(" 9 null Bulog")).collect(java.util.stream.Collectors.joining("\n")));
                assertThat(fresh.checkLogin("budi").username()).isEqualTo("budi");
                assertThat(fresh.accounts()).isEqualTo(upgraded.accounts());
            }
        }
        // Opening again adopts nothing twice.
        try (Laptop again = new Laptop(old, "Laptop Lama", clock)) {
            assertThat(again.context.sync().devices(again.login("kepala")).get(0).held()).isEqualTo(9);
        }
    }

    /** A folder as version 8 of the schema left it, filled the way the services then wrote rows. */
    private static void oldFolder(Path folder) throws SQLException {
        // The application's own settings: a file last closed with H2's default compaction and then opened twice
        // with MAX_COMPACT_TIME=0 was seen to come back "File corrupted (Double mark)", with or without this
        // issue's migration (H2 2.3.232; reported in the issue note).
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("infoharga")
                + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=4";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            Flyway.configure().dataSource(pool)
                    .locations("classpath:db/migration", "classpath:id/sinergi/infoharga/store/migration")
                    .target("8").load().migrate();
            String hash = new PasswordHasher().hash(TestAccounts.PASSWORD);
            try (Connection c = pool.getConnection()) {
                run(c, "INSERT INTO app_user (username, password_hash, role, created_at, password_changed_at)"
                        + " VALUES ('kepala', ?, 'ADMIN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", hash);
                run(c, "INSERT INTO app_user (username, password_hash, role, created_at, password_changed_at)"
                        + " VALUES ('budi', ?, 'OFFICER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", hash);
                run(c, "INSERT INTO user_market SELECT u.id, m.id FROM app_user u, market m"
                        + " WHERE u.username = 'budi' AND m.code = 'RAYA-MJS'");
                run(c, "UPDATE market SET name = 'Pasar Raya Baru' WHERE code = 'RAYA-MJS'");
                audit(c, "market", "RAYA-MJS");
                for (Object[] p : new Object[][] {{"RAYA-MJS", "BERAS-MEDIUM", D1, 12_500, "budi"},
                        {"RAYA-MJS", "GULA-PASIR", D1, 17_000, "budi"},
                        {"DINOYO", "BERAS-MEDIUM", D1, 13_100, "pengguna-lama"}}) {
                    run(c, "INSERT INTO price_observation (market_id, commodity_id, price_date, price_rp, officer,"
                            + " device, updated_at) SELECT m.id, c.id, ?, ?, ?, 'pc', CURRENT_TIMESTAMP FROM market m,"
                            + " commodity c WHERE m.code = ? AND c.code = ?", p[2], p[3], p[4], p[0], p[1]);
                }
                run(c, "INSERT INTO price_observation (market_id, commodity_id, price_date, price_rp, officer, device,"
                        + " updated_at) SELECT m.id, c.id, ?, 99999, 'demo', 'demo', CURRENT_TIMESTAMP FROM market m,"
                        + " commodity c WHERE m.code = 'NIAGA-MJS' AND c.code = 'BERAS-MEDIUM'", D1);
                run(c, "INSERT INTO stock_movement (id, outlet_id, commodity_id, movement_date, kind, quantity,"
                        + " source, officer, device, recorded_at) SELECT ?, o.id, c.id, ?, 'RECEIPT', 250, 'Bulog',"
                        + " 'budi', 'pc', CURRENT_TIMESTAMP FROM outlet o, commodity c WHERE o.code = 'WLD-RAYA-MJS'"
                        + " AND c.code = 'BERAS-SPHP'", UUID.randomUUID(), D1);
                run(c, "INSERT INTO stock_movement (id, outlet_id, commodity_id, movement_date, kind, quantity,"
                        + " source, officer, device, recorded_at) SELECT ?, o.id, c.id, ?, 'RECEIPT', 9, 'Bulog',"
                        + " 'demo', 'demo', CURRENT_TIMESTAMP FROM outlet o, commodity c WHERE o.code = 'WLD-RAYA-MJS'"
                        + " AND c.code = 'BERAS-SPHP'", UUID.randomUUID(), D1);
                run(c, "INSERT INTO alert_ack (alert_date, alert_key, alert_level, note, actor, device, acked_at)"
                        + " VALUES (?, 'RISE:CABAI-RAWIT-MERAH:-', 'SIAGA', 'pantau', 'kepala', 'pc',"
                        + " CURRENT_TIMESTAMP)", D1);
            }
        } finally {
            pool.dispose();
        }
    }

    private static void audit(Connection c, String table, String key) throws SQLException {
        run(c, "INSERT INTO audit_log (at_utc, actor, device, table_name, row_key, new_value, prev_hash, row_hash)"
                + " VALUES (CURRENT_TIMESTAMP, 'kepala', 'pc', ?, ?, 'x', ?, ?)", table, key, "0".repeat(64),
                "0".repeat(64));
    }

    private static void run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
