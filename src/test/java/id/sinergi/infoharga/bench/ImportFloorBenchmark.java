package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.store.Database;
import org.jdbi.v3.core.Handle;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static id.sinergi.infoharga.bench.BenchSupport.cpu;

/**
 * What H2 itself costs per imported price, with nothing of the app around it: plain JDBC batches of exactly the
 * rows an import writes (a price_observation row and its change_log row per price, in the import's order, one
 * transaction) into a fresh folder's real schema; then the same prices stored as one row per market, commodity and
 * month (the month's prices packed in one value) with one change per such row. The first is the floor of
 * {@code import prices} as the tables are; the second shows what a coarser layout would allow.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=id.sinergi.infoharga.bench.ImportFloorBenchmark \
 *     -Dexec.args="1460"
 * </pre>
 * Argument: days (20 markets × 35 commodities each; 365 ≈ 255,500 prices, 1460 ≈ 1 M).
 */
public final class ImportFloorBenchmark {
    private static final int MARKETS = 20;
    private static final int COMMODITIES = 35;

    private ImportFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        Path work = Files.createTempDirectory("info-harga-floor");
        System.out.printf("%d processors, load %.2f, %,d prices%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                (long) days * MARKETS * COMMODITIES);
        rowPerPrice(work.resolve("rows"), days);
        rowPerMonth(work.resolve("months"), days);
    }

    private static void rowPerPrice(Path folder, int days) throws SQLException {
        try (Database db = Database.open(folder); Handle h = db.jdbi().open()) {
            Connection c = h.getConnection();
            int origin = device(c);
            h.begin();
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            OffsetDateTime at = OffsetDateTime.of(2026, 12, 3, 0, 0, 0, 0, ZoneOffset.UTC);
            LocalDate first = LocalDate.of(2025, 12, 4);
            long seq = 0;
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO price_observation (market_id, commodity_id,"
                    + " price_date, price_rp, officer, device, updated_at, revision, v_origin, v_seq, v_lamport)"
                    + " VALUES (?, ?, ?, ?, 'bench', 'bench', ?, 1, ?, ?, ?)");
                 PreparedStatement l = c.prepareStatement("INSERT INTO change_log (origin, seq, lamport, at_ms,"
                         + " actor, entity, natural_key, new_value) VALUES (?, ?, ?, ?, 'bench', 1, ?, ?)")) {
                // As the import: month by month, each month's rows by commodity, market and day.
                for (int month = 0; month < days; month += 30) {
                    for (int cm = 1; cm <= COMMODITIES; cm++) {
                        for (int m = 1; m <= MARKETS; m++) {
                            for (int d = month; d < Math.min(days, month + 30); d++) {
                                LocalDate day = first.plusDays(d);
                                long price = ImportBenchmark.price(d, m - 1, cm - 1);
                                seq++;
                                p.setInt(1, m);
                                p.setInt(2, cm);
                                p.setObject(3, day, Types.DATE);
                                p.setLong(4, price);
                                p.setObject(5, at, Types.TIMESTAMP_WITH_TIMEZONE);
                                p.setInt(6, origin);
                                p.setLong(7, seq);
                                p.setLong(8, seq);
                                p.addBatch();
                                l.setInt(1, origin);
                                l.setLong(2, seq);
                                l.setLong(3, seq);
                                l.setLong(4, at.toInstant().toEpochMilli());
                                l.setString(5, "M" + m + "|C" + cm + "|" + day);
                                l.setString(6, "{\"p\":" + price + "}");
                                l.addBatch();
                                if (++n % 5_000 == 0) {
                                    p.executeBatch();
                                    l.executeBatch();
                                }
                            }
                        }
                    }
                }
                p.executeBatch();
                l.executeBatch();
            }
            report("row per price", n, t0, cpu0, h);
        }
    }

    private static void rowPerMonth(Path folder, int days) throws SQLException {
        try (Database db = Database.open(folder); Handle h = db.jdbi().open()) {
            Connection c = h.getConnection();
            int origin = device(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE price_block (market_id INT NOT NULL, commodity_id INT NOT NULL,"
                        + " month_start DATE NOT NULL, prices VARBINARY(256) NOT NULL, v_origin INT, v_seq BIGINT,"
                        + " PRIMARY KEY (market_id, commodity_id, month_start))");
                s.execute("CREATE INDEX price_block_by_month ON price_block (month_start, market_id, commodity_id)");
            }
            h.begin();
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            LocalDate first = LocalDate.of(2025, 12, 4);
            long seq = 0;
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO price_block VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement l = c.prepareStatement("INSERT INTO change_log (origin, seq, lamport, at_ms,"
                         + " actor, entity, natural_key, new_value) VALUES (?, ?, ?, 0, 'bench', 1, ?, ?)")) {
                for (int month = 0; month < days; month += 30) {
                    for (int cm = 1; cm <= COMMODITIES; cm++) {
                        for (int m = 1; m <= MARKETS; m++) {
                            java.nio.ByteBuffer packed = java.nio.ByteBuffer.allocate(31 * 4);
                            StringBuilder value = new StringBuilder("{\"p\":[");
                            for (int d = month; d < Math.min(days, month + 30); d++) {
                                long price = ImportBenchmark.price(d, m - 1, cm - 1);
                                packed.putInt((int) price);
                                value.append(price).append(',');
                                n++;
                            }
                            seq++;
                            LocalDate start = first.plusDays(month);
                            p.setInt(1, m);
                            p.setInt(2, cm);
                            p.setObject(3, start, Types.DATE);
                            p.setBytes(4, java.util.Arrays.copyOf(packed.array(), packed.position()));
                            p.setInt(5, origin);
                            p.setLong(6, seq);
                            p.addBatch();
                            l.setInt(1, origin);
                            l.setLong(2, seq);
                            l.setLong(3, seq);
                            l.setString(4, "M" + m + "|C" + cm + "|" + start);
                            l.setString(5, value.append("]}").toString());
                            l.addBatch();
                        }
                    }
                    p.executeBatch();
                    l.executeBatch();
                }
            }
            report("row per market-commodity-month", n, t0, cpu0, h);
        }
    }

    private static int device(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_device (device_id, name, status,"
                + " first_seen_at) VALUES (?, 'bench', 'SELF', CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS)) {
            s.setObject(1, UUID.randomUUID());
            s.executeUpdate();
            var keys = s.getGeneratedKeys();
            keys.next();
            return keys.getInt(1);
        }
    }

    private static void report(String what, int prices, long t0, long cpu0, Handle h) {
        long t1 = System.nanoTime();
        h.commit();
        long t2 = System.nanoTime();
        System.out.printf("%s: %,d prices, inserts %.1f s, commit %.1f s: %,.0f prices/s (%.1f s CPU on this"
                        + " thread)%n", what, prices, (t1 - t0) / 1e9, (t2 - t1) / 1e9, prices / ((t2 - t0) / 1e9),
                (cpu() - cpu0) / 1e9);
    }

}
