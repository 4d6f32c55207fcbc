package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.SyntheticPrices;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills a data folder with synthetic prices fast, for benchmarks: one JDBC batch insert, then the monthly sums
 * rebuilt in SQL. {@code SyntheticData DIR MARKETS COMMODITIES FROM TO}.
 */
public final class SyntheticData {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        long rows = fill(dir, Integer.parseInt(args[1]), Integer.parseInt(args[2]), LocalDate.parse(args[3]),
                LocalDate.parse(args[4]));
        System.out.printf("%d rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Creates the schema through {@link Database#open}, then loads over a connection of its own with a large page
     * cache: with H2's 16 MB default, keeping three indexes of millions of rows costs minutes more.
     */
    public static long fill(Path dir, int markets, int commodities, LocalDate from, LocalDate to)
            throws SQLException {
        Catalog catalog;
        try (Database db = Database.open(dir)) {
            catalog = new ReferenceDataService(new Store(db)).catalog();
        }
        List<PricePoint> all = new ArrayList<>();
        SyntheticPrices.generate(catalog.markets().subList(0, markets), catalog.commodities().subList(0, commodities),
                from, to, 0.08, 42, all::addAll);
        // In primary-key order, with the two covering indexes built afterwards: appending to one B-tree and then
        // sorting once is many times faster than keeping three trees up to date row by row.
        all.sort(Comparator.comparingInt(PricePoint::marketId).thenComparingInt(PricePoint::commodityId)
                .thenComparing(PricePoint::date));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("infoharga") + ";CACHE_SIZE=1048576";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX price_by_commodity_date");
                s.execute("DROP INDEX price_by_date");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO price_observation (market_id, commodity_id,"
                    + " price_date, price_rp, officer, device, updated_at, revision)"
                    + " VALUES (?, ?, ?, ?, 'synthetic', 'bench', CURRENT_TIMESTAMP, 1)")) {
                int pending = 0;
                for (PricePoint p : all) {
                    ps.setInt(1, p.marketId());
                    ps.setInt(2, p.commodityId());
                    ps.setDate(3, Date.valueOf(p.date()));
                    ps.setLong(4, p.priceRp());
                    ps.addBatch();
                    if (++pending == 50_000) {
                        ps.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX price_by_commodity_date ON price_observation"
                        + " (commodity_id, price_date, market_id, price_rp)");
                s.execute("CREATE INDEX price_by_date ON price_observation"
                        + " (price_date, market_id, commodity_id, price_rp)");
                s.execute("INSERT INTO price_month (market_id, commodity_id, month_start, sum_rp, day_count)"
                        + " SELECT market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date),"
                        + " SUM(price_rp), COUNT(*) FROM price_observation"
                        + " GROUP BY market_id, commodity_id, DATEADD(DAY, 1 - EXTRACT(DAY FROM price_date), price_date)");
            }
            c.commit();
        }
        return all.size();
    }
}
