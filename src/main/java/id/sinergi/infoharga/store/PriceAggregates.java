package id.sinergi.infoharga.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The small aggregates kept beside the prices so that the long reads need not touch every price: per commodity and
 * day the regency figures of the trend chart ({@code price_day}), per commodity and month the regency average ALPS
 * works on ({@code price_month_regency}), per market, commodity and ISO week the sum and count of the daily prices
 * the weekly figures average ({@code price_week_market}). All are derived data: each write path recomputes the keys it touched
 * from the rows (never adds deltas), so a value is always what the straightforward computation gives, to the last
 * bit of the double.
 *
 * <p>The values are computed here in Java rather than by SQL aggregates: the regency month is a sum of doubles
 * whose last digits depend on the order of the terms (market order, as PeriodAverage and Alps.regencySeries
 * add them), which no SQL aggregate promises; and the day's cheapest and dearest market (ties to the lower market
 * id) need no packing trick that an extreme price could overflow.
 */
public final class PriceAggregates {
    private static final int BATCH = 1_000;
    private static final String READ_DAYS = "SELECT price_date, market_id, price_rp FROM price_observation"
            + " WHERE commodity_id = ? AND price_date BETWEEN ? AND ? AND price_rp > 0 ORDER BY commodity_id, price_date";
    private static final String READ_MONTHS = "SELECT commodity_id, month_start, sum_rp, day_count FROM price_month"
            + " WHERE commodity_id = ? AND month_start BETWEEN ? AND ? AND day_count > 0"
            // Not "ORDER BY commodity_id, ...": with it H2 seeks the primary key on the commodity alone and reads
            // all its months.
            + " ORDER BY month_start, market_id";
    /** One commodity's prices of every market over a period, down the commodity-led covering index. */
    private static final String READ_WEEKS = "SELECT price_date, market_id, price_rp FROM price_observation"
            + " WHERE commodity_id = ? AND price_date BETWEEN ? AND ? ORDER BY commodity_id, price_date";
    private static final String INSERT_WEEK = "INSERT INTO price_week_market (week_monday, market_id, commodity_id,"
            + " sum_rp, day_count) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_MONTH = "INSERT INTO price_month_regency (commodity_id, month_start, mean_rp,"
            + " market_count) VALUES (?, ?, ?, ?)";
    private static final String INSERT_DAY = "INSERT INTO price_day (commodity_id, price_date, sum_rp, market_count,"
            + " low_rp, low_market_id, high_rp, high_market_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private PriceAggregates() {
    }

    /** Recomputes every aggregate of every commodity from the prices and monthly sums (a migration, a restore). */
    public static void rebuildAll(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM price_day")) {
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM price_month_regency")) {
            s.executeUpdate();
        }
        LocalDate from = LocalDate.of(1, 1, 1);
        LocalDate to = LocalDate.of(9999, 12, 31);
        for (int commodity : commodityIds(c)) {
            insertDays(c, commodity, from, to);
            insertRegencyMonths(c, commodity, from, to);
        }
    }

    /** Recomputes the day rows of every commodity from {@code from} to {@code to} inclusive. */
    public static void rebuildDays(Connection c, LocalDate from, LocalDate to) throws SQLException {
        refreshDays(c, commodityIds(c), from, to);
    }

    /** Recomputes the regency months of every commodity whose month starts from {@code from} to {@code to}. */
    public static void rebuildRegencyMonths(Connection c, LocalDate from, LocalDate to) throws SQLException {
        for (int commodity : commodityIds(c)) {
            refreshRegencyMonths(c, commodity, from, to);
        }
    }

    /**
     * Recomputes the day rows of several commodities over a few days (a market-day save touches every commodity
     * of one day): each statement prepared once and run per commodity through the commodity-led index, since the
     * parse of a statement costs more than its few rows here. (One statement with {@code commodity_id IN (...)}
     * made H2 scan every date of each commodity.)
     */
    public static void refreshDays(Connection c, java.util.Collection<Integer> commodities, LocalDate from,
                                   LocalDate to) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM price_day WHERE commodity_id = ? AND price_date BETWEEN ? AND ?");
             PreparedStatement read = c.prepareStatement(READ_DAYS);
             PreparedStatement write = c.prepareStatement(INSERT_DAY)) {
            int pending = 0;
            for (int commodity : new java.util.TreeSet<>(commodities)) {
                delete.setInt(1, commodity);
                delete.setDate(2, Date.valueOf(from));
                delete.setDate(3, Date.valueOf(to));
                delete.executeUpdate();
                pending = readDays(read, write, commodity, from, to, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** Recomputes the regency month of several commodities for one month, each statement prepared once. */
    public static void refreshRegencyMonth(Connection c, java.util.Collection<Integer> commodities,
                                           LocalDate monthStart) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM price_month_regency WHERE commodity_id = ? AND month_start = ?");
             PreparedStatement read = c.prepareStatement(READ_MONTHS);
             PreparedStatement write = c.prepareStatement(INSERT_MONTH)) {
            int pending = 0;
            for (int commodity : new java.util.TreeSet<>(commodities)) {
                delete.setInt(1, commodity);
                delete.setDate(2, Date.valueOf(monthStart));
                delete.executeUpdate();
                read.setInt(1, commodity);
                read.setDate(2, Date.valueOf(monthStart));
                read.setDate(3, Date.valueOf(monthStart));
                pending = readRegencyMonths(read, write, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** Recomputes one commodity's regency months whose first day lies from {@code from} to {@code to}. */
    public static void refreshRegencyMonths(Connection c, int commodity, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM price_month_regency WHERE commodity_id = ? AND month_start BETWEEN ? AND ?")) {
            s.setInt(1, commodity);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            s.executeUpdate();
        }
        insertRegencyMonths(c, commodity, from, to);
    }

    /** One commodity's ISO week: what a write path recomputes of the kept weekly sums (every market's). */
    public record WeekKey(int commodityId, LocalDate monday) {
        public static WeekKey of(int commodityId, LocalDate day) {
            return new WeekKey(commodityId, mondayOf(day));
        }
    }

    /** The Monday of the ISO week holding {@code day}. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    /** Recomputes every market's weekly sums from the prices (a migration, a restore). */
    public static void rebuildAllWeeks(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM price_week_market")) {
            s.executeUpdate();
        }
        insertWeeks(c, commodityIds(c), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /**
     * Recomputes the weekly sums of every market and commodity over the whole weeks that hold {@code from} to
     * {@code to} (a bulk load of whole months: its first and last week reach into the months beside it).
     */
    public static void rebuildWeeks(Connection c, LocalDate from, LocalDate to) throws SQLException {
        LocalDate first = mondayOf(from);
        LocalDate last = mondayOf(to);
        try (PreparedStatement s = c.prepareStatement(
                "DELETE FROM price_week_market WHERE week_monday BETWEEN ? AND ?")) {
            s.setDate(1, Date.valueOf(first));
            s.setDate(2, Date.valueOf(last));
            s.executeUpdate();
        }
        insertWeeks(c, commodityIds(c), first, last.plusDays(6));
    }

    private static void insertWeeks(Connection c, List<Integer> commodities, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement read = c.prepareStatement(READ_WEEKS);
             PreparedStatement write = c.prepareStatement(INSERT_WEEK)) {
            int pending = 0;
            for (int k : commodities) {
                pending = readWeeks(read, write, k, from, to, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /**
     * Recomputes the weeks a save, a received package or an import touched: per commodity and week, every market's
     * sums in one read of the commodity-led index (which holds every column read: a market's own primary-key range
     * is not covering, and fetching each of its rows from the table cost more than reading the other markets' rows
     * beside them).
     */
    public static void refreshWeeks(Connection c, java.util.Collection<WeekKey> keys) throws SQLException {
        java.util.SortedMap<Integer, java.util.SortedSet<LocalDate>> weeks = new java.util.TreeMap<>();
        for (WeekKey k : keys) {
            weeks.computeIfAbsent(k.commodityId(), x -> new java.util.TreeSet<>()).add(k.monday());
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM price_week_market WHERE week_monday = ? AND commodity_id = ?");
             PreparedStatement read = c.prepareStatement(READ_WEEKS);
             PreparedStatement write = c.prepareStatement(INSERT_WEEK)) {
            for (var e : weeks.entrySet()) {
                int commodity = e.getKey();
                for (LocalDate monday : e.getValue()) {
                    delete.setDate(1, Date.valueOf(monday));
                    delete.setInt(2, commodity);
                    delete.addBatch();
                }
                delete.executeBatch();
                int pending = 0;
                for (LocalDate monday : e.getValue()) {
                    pending = readWeeks(read, write, commodity, monday, monday.plusDays(6), pending);
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /**
     * Adds every market's weekly sums of one commodity over a period of whole weeks to {@code write}'s batch, in
     * one pass down the commodity-led index (by day): each week's markets are written when the next week starts.
     */
    private static int readWeeks(PreparedStatement read, PreparedStatement write, int commodity, LocalDate from,
                                 LocalDate to, int pending) throws SQLException {
        read.setInt(1, commodity);
        read.setDate(2, Date.valueOf(from));
        read.setDate(3, Date.valueOf(to));
        read.setFetchSize(BATCH);
        LocalDate monday = null;
        java.util.SortedMap<Integer, long[]> markets = new java.util.TreeMap<>();
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                LocalDate m = mondayOf(rs.getObject(1, LocalDate.class));
                if (!m.equals(monday)) {
                    pending = addWeek(write, commodity, monday, markets, pending);
                    monday = m;
                }
                long[] sum = markets.computeIfAbsent(rs.getInt(2), x -> new long[2]);
                sum[0] += rs.getLong(3);
                sum[1]++;
            }
        }
        return addWeek(write, commodity, monday, markets, pending);
    }

    private static int addWeek(PreparedStatement write, int commodity, LocalDate monday,
                               java.util.SortedMap<Integer, long[]> markets, int pending) throws SQLException {
        for (var e : markets.entrySet()) {
            write.setDate(1, Date.valueOf(monday));
            write.setInt(2, e.getKey());
            write.setInt(3, commodity);
            write.setLong(4, e.getValue()[0]);
            write.setInt(5, (int) e.getValue()[1]);
            write.addBatch();
            if (++pending >= BATCH) {
                write.executeBatch();
                pending = 0;
            }
        }
        markets.clear();
        return pending;
    }

    private static List<Integer> commodityIds(Connection c) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM commodity ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    /** One day's regency figures as CommodityHistory computes them: sum and count, cheapest and dearest market. */
    private static final class Day {
        LocalDate date;
        long sum;
        int count;
        long low;
        int lowMarket;
        long high;
        int highMarket;

        void start(LocalDate d, int market, long price) {
            date = d;
            sum = price;
            count = 1;
            low = price;
            lowMarket = market;
            high = price;
            highMarket = market;
        }

        void add(int market, long price) {
            sum += price;
            count++;
            // Ties go to the lower market id, as in CommodityHistory and Disparity.
            if (price < low || (price == low && market < lowMarket)) {
                low = price;
                lowMarket = market;
            }
            if (price > high || (price == high && market < highMarket)) {
                high = price;
                highMarket = market;
            }
        }
    }

    private static void insertDays(Connection c, int commodity, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(READ_DAYS);
             PreparedStatement write = c.prepareStatement(INSERT_DAY)) {
            if (readDays(read, write, commodity, from, to, 0) > 0) {
                write.executeBatch();
            }
        }
    }

    /** Adds one commodity's day rows of a period to {@code write}'s batch; returns the rows pending in it. */
    private static int readDays(PreparedStatement read, PreparedStatement write, int commodity, LocalDate from,
                                LocalDate to, int pending) throws SQLException {
        read.setInt(1, commodity);
        read.setDate(2, Date.valueOf(from));
        read.setDate(3, Date.valueOf(to));
        read.setFetchSize(BATCH);
        Day day = new Day();
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                LocalDate d = rs.getObject(1, LocalDate.class);
                int market = rs.getInt(2);
                long price = rs.getLong(3);
                if (d.equals(day.date)) {
                    day.add(market, price);
                    continue;
                }
                if (day.date != null) {
                    pending = addDay(write, commodity, day, pending);
                }
                day.start(d, market, price);
            }
        }
        if (day.date != null) {
            pending = addDay(write, commodity, day, pending);
        }
        return pending;
    }

    private static int addDay(PreparedStatement write, int commodity, Day day, int pending) throws SQLException {
        write.setInt(1, commodity);
        write.setDate(2, Date.valueOf(day.date));
        write.setLong(3, day.sum);
        write.setInt(4, day.count);
        write.setLong(5, day.low);
        write.setInt(6, day.lowMarket);
        write.setLong(7, day.high);
        write.setInt(8, day.highMarket);
        write.addBatch();
        if (pending + 1 >= BATCH) {
            write.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    private static void insertRegencyMonths(Connection c, int commodity, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement read = c.prepareStatement(READ_MONTHS);
             PreparedStatement write = c.prepareStatement(INSERT_MONTH)) {
            read.setInt(1, commodity);
            read.setDate(2, Date.valueOf(from));
            read.setDate(3, Date.valueOf(to));
            if (readRegencyMonths(read, write, 0) > 0) {
                write.executeBatch();
            }
        }
    }

    /**
     * Adds the regency months of the market months {@code read} gives (one commodity, month then market order) to
     * {@code write}'s batch; returns the rows pending in it.
     */
    private static int readRegencyMonths(PreparedStatement read, PreparedStatement write, int pending)
            throws SQLException {
        int commodity = 0;
        LocalDate month = null;
        // The terms in market order, as Alps.regencySeries adds them: the same double to the last digit.
        double sum = 0;
        double markets = 0;
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                int k = rs.getInt(1);
                LocalDate m = rs.getObject(2, LocalDate.class);
                double average = (double) rs.getLong(3) / rs.getInt(4);
                if (k == commodity && m.equals(month)) {
                    sum += average;
                    markets++;
                    continue;
                }
                if (month != null) {
                    pending = addMonth(write, commodity, month, sum, markets, pending);
                }
                commodity = k;
                month = m;
                sum = average;
                markets = 1;
            }
        }
        if (month != null) {
            pending = addMonth(write, commodity, month, sum, markets, pending);
        }
        return pending;
    }

    private static int addMonth(PreparedStatement write, int commodity, LocalDate month, double sum, double markets,
                                int pending) throws SQLException {
        write.setInt(1, commodity);
        write.setDate(2, Date.valueOf(month));
        write.setDouble(3, sum / markets);
        write.setInt(4, (int) markets);
        write.addBatch();
        if (pending + 1 >= BATCH) {
            write.executeBatch();
            return 0;
        }
        return pending + 1;
    }
}
