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
    /** One market's prices of one commodity over a period, through the primary key. */
    private static final String READ_WEEKS = "SELECT price_date, price_rp FROM price_observation"
            + " WHERE market_id = ? AND commodity_id = ? AND price_date BETWEEN ? AND ? ORDER BY price_date";
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

    /** A market's ISO week of one commodity: the key of a kept weekly sum. */
    public record WeekKey(int marketId, int commodityId, LocalDate monday) implements Comparable<WeekKey> {
        public static WeekKey of(int marketId, int commodityId, LocalDate day) {
            return new WeekKey(marketId, commodityId, mondayOf(day));
        }

        @Override
        public int compareTo(WeekKey o) {
            int c = Integer.compare(marketId, o.marketId);
            c = c != 0 ? c : Integer.compare(commodityId, o.commodityId);
            return c != 0 ? c : monday.compareTo(o.monday);
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
        insertWeeks(c, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
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
        insertWeeks(c, first, last.plusDays(6));
    }

    private static void insertWeeks(Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<Integer> markets = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM market ORDER BY id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                markets.add(rs.getInt(1));
            }
        }
        List<Integer> commodities = commodityIds(c);
        try (PreparedStatement read = c.prepareStatement(READ_WEEKS);
             PreparedStatement write = c.prepareStatement(INSERT_WEEK)) {
            int pending = 0;
            for (int m : markets) {
                for (int k : commodities) {
                    pending = readWeeks(read, write, m, k, from, to, pending);
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /**
     * Recomputes the given weeks' sums (the keys a save, a received package or an import touched): one primary-key
     * range of prices per run of consecutive weeks of a market and commodity, so a long import reads each market's
     * prices once rather than once per week.
     */
    public static void refreshWeeks(Connection c, java.util.Collection<WeekKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM price_week_market"
                + " WHERE week_monday = ? AND market_id = ? AND commodity_id = ?");
             PreparedStatement read = c.prepareStatement(READ_WEEKS);
             PreparedStatement write = c.prepareStatement(INSERT_WEEK)) {
            WeekKey start = null;
            WeekKey end = null;
            int pending = 0;
            for (WeekKey k : new java.util.TreeSet<>(keys)) {
                delete.setDate(1, Date.valueOf(k.monday()));
                delete.setInt(2, k.marketId());
                delete.setInt(3, k.commodityId());
                delete.addBatch();
                if (end != null && k.marketId() == end.marketId() && k.commodityId() == end.commodityId()
                        && k.monday().equals(end.monday().plusWeeks(1))) {
                    end = k;
                    continue;
                }
                if (start != null) {
                    pending = refreshRun(delete, read, write, start, end, pending);
                }
                start = k;
                end = k;
            }
            pending = refreshRun(delete, read, write, start, end, pending);
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static int refreshRun(PreparedStatement delete, PreparedStatement read, PreparedStatement write,
                                  WeekKey start, WeekKey end, int pending) throws SQLException {
        // The run's old rows go before its new ones are batched: the inserts must not meet them.
        if (pending > 0) {
            write.executeBatch();
        }
        delete.executeBatch();
        return readWeeks(read, write, start.marketId(), start.commodityId(), start.monday(),
                end.monday().plusDays(6), 0);
    }

    /** Adds one market's weekly sums of one commodity over a period to {@code write}'s batch. */
    private static int readWeeks(PreparedStatement read, PreparedStatement write, int market, int commodity,
                                 LocalDate from, LocalDate to, int pending) throws SQLException {
        read.setInt(1, market);
        read.setInt(2, commodity);
        read.setDate(3, Date.valueOf(from));
        read.setDate(4, Date.valueOf(to));
        read.setFetchSize(BATCH);
        LocalDate monday = null;
        long sum = 0;
        int count = 0;
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                LocalDate m = mondayOf(rs.getObject(1, LocalDate.class));
                long price = rs.getLong(2);
                if (m.equals(monday)) {
                    sum += price;
                    count++;
                    continue;
                }
                if (monday != null) {
                    pending = addWeek(write, market, commodity, monday, sum, count, pending);
                }
                monday = m;
                sum = price;
                count = 1;
            }
        }
        if (monday != null) {
            pending = addWeek(write, market, commodity, monday, sum, count, pending);
        }
        return pending;
    }

    private static int addWeek(PreparedStatement write, int market, int commodity, LocalDate monday, long sum,
                               int count, int pending) throws SQLException {
        write.setDate(1, Date.valueOf(monday));
        write.setInt(2, market);
        write.setInt(3, commodity);
        write.setLong(4, sum);
        write.setInt(5, count);
        write.addBatch();
        if (pending + 1 >= BATCH) {
            write.executeBatch();
            return 0;
        }
        return pending + 1;
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
