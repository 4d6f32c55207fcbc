package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.PriceObservation;
import id.sinergi.infoharga.domain.PricePoint;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Price observations and the monthly sums kept beside them. Longer SQL lives in PriceDao/*.sql, located per method:
 * on the interface, Jdbi would take every inline statement for a resource name too.
 */
@RegisterRowMapper(PriceObservationMapper.class)
@RegisterRowMapper(PricePointMapper.class)
public interface PriceDao extends org.jdbi.v3.sqlobject.SqlObject {
    @SqlQuery("SELECT * FROM price_observation WHERE market_id = :m AND price_date = :d")
    List<PriceObservation> marketDay(@Bind("m") int marketId, @Bind("d") LocalDate day);

    @SqlQuery("SELECT * FROM price_observation WHERE market_id = :m AND commodity_id = :c AND price_date = :d")
    Optional<PriceObservation> find(@Bind("m") int marketId, @Bind("c") int commodityId, @Bind("d") LocalDate day);

    /**
     * Each commodity's latest observation at a market strictly before a day: "the last price entered". One small
     * index seek per commodity: the correlated-subquery form of this read took 288 s on ten years of data, since H2
     * does not turn it into seeks on the primary key.
     */
    default List<PriceObservation> latestBefore(int marketId, LocalDate day) {
        List<PriceObservation> latest = new java.util.ArrayList<>();
        for (int commodityId : commodityIds()) {
            latestDateBefore(marketId, commodityId, day)
                    .flatMap(last -> find(marketId, commodityId, last))
                    .ifPresent(latest::add);
        }
        return latest;
    }

    @SqlQuery("SELECT id FROM commodity ORDER BY id")
    List<Integer> commodityIds();

    @SqlQuery("SELECT MAX(price_date) FROM price_observation"
            + " WHERE market_id = :m AND commodity_id = :c AND price_date < :d")
    Optional<LocalDate> latestDateBefore(@Bind("m") int marketId, @Bind("c") int commodityId,
                                         @Bind("d") LocalDate day);

    /** Every price of every market from {@code from} to {@code to} inclusive, read through the date-led index. */
    @SqlQuery("SELECT market_id, commodity_id, price_date AS date, price_rp FROM price_observation"
            + " WHERE price_date BETWEEN :from AND :to")
    List<PricePoint> between(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** One commodity's prices at every market over a period, read through the commodity-led index. */
    @SqlQuery("SELECT market_id, commodity_id, price_date AS date, price_rp FROM price_observation"
            + " WHERE commodity_id = :c AND price_date BETWEEN :from AND :to ORDER BY price_date, market_id")
    List<PricePoint> history(@Bind("c") int commodityId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** One market's prices of one commodity over a period, read through the primary key (that market's alone). */
    @SqlQuery("SELECT market_id, commodity_id, price_date AS date, price_rp FROM price_observation"
            + " WHERE market_id = :m AND commodity_id = :c AND price_date BETWEEN :from AND :to ORDER BY price_date")
    List<PricePoint> marketHistory(@Bind("m") int marketId, @Bind("c") int commodityId, @Bind("from") LocalDate from,
                                   @Bind("to") LocalDate to);

    @SqlQuery("SELECT MIN(price_date) FROM price_observation")
    Optional<LocalDate> firstDay();

    @SqlQuery("SELECT MAX(price_date) FROM price_observation")
    Optional<LocalDate> lastDay();

    /** The last day with any price on or before {@code day} (one seek down the date index). */
    @SqlQuery("SELECT MAX(price_date) FROM price_observation WHERE price_date <= :d")
    Optional<LocalDate> lastDayUpTo(@Bind("d") LocalDate day);

    @SqlQuery("SELECT COUNT(*) FROM price_observation")
    long count();

    /** When any price was last stored or changed. */
    @SqlQuery("SELECT MAX(updated_at) FROM price_observation")
    Optional<java.time.OffsetDateTime> lastUpdate();

    @SqlUpdate
    @UseClasspathSqlLocator
    void insert(@Bind("m") int marketId, @Bind("c") int commodityId, @Bind("d") LocalDate day,
                @Bind("price") long priceRp, @Bind("q1") Long quote1, @Bind("q2") Long quote2,
                @Bind("q3") Long quote3, @Bind("officer") String officer, @Bind("device") String device,
                @Bind("reason") String reason);

    @SqlUpdate
    @UseClasspathSqlLocator
    int update(@Bind("m") int marketId, @Bind("c") int commodityId, @Bind("d") LocalDate day,
               @Bind("price") long priceRp, @Bind("q1") Long quote1, @Bind("q2") Long quote2,
               @Bind("q3") Long quote3, @Bind("officer") String officer, @Bind("device") String device,
               @Bind("reason") String reason);

    /** A stored price with the version of the change that wrote it (null for rows no change wrote: demo data). */
    record Versioned(PriceObservation observation, ChangeLogDao.Head version) {
    }

    @SqlQuery("SELECT * FROM price_observation WHERE market_id = :m AND commodity_id = :c AND price_date = :d")
    @RegisterRowMapper(VersionedMapper.class)
    Optional<Versioned> findVersioned(@Bind("m") int marketId, @Bind("c") int commodityId,
                                      @Bind("d") LocalDate day);

    final class VersionedMapper implements org.jdbi.v3.core.mapper.RowMapper<Versioned> {
        private final PriceObservationMapper rows = new PriceObservationMapper();

        @Override
        public Versioned map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
                throws java.sql.SQLException {
            return new Versioned(rows.map(rs, ctx), VersionColumns.read(rs));
        }
    }

    /** One price as a change writes it: the row's values, who, when, and the change's version. */
    record Write(int marketId, int commodityId, LocalDate date, long priceRp, Long quote1, Long quote2, Long quote3,
                 String officer, String device, String reason, java.time.OffsetDateTime at, int vOrigin, long vSeq,
                 long vLamport) {
    }

    String INSERT_WRITE = "INSERT INTO price_observation (market_id, commodity_id, price_date, price_rp, quote1_rp,"
            + " quote2_rp, quote3_rp, officer, device, updated_at, revision, reason, v_origin, v_seq, v_lamport)"
            + " VALUES (:marketId, :commodityId, :date, :priceRp, :quote1, :quote2, :quote3, :officer, :device, :at,"
            + " 1, :reason, :vOrigin, :vSeq, :vLamport)";
    String UPDATE_WRITE = "UPDATE price_observation SET price_rp = :priceRp, quote1_rp = :quote1,"
            + " quote2_rp = :quote2, quote3_rp = :quote3, officer = :officer, device = :device, reason = :reason,"
            + " updated_at = :at, revision = revision + 1, v_origin = :vOrigin, v_seq = :vSeq,"
            + " v_lamport = :vLamport WHERE market_id = :marketId AND commodity_id = :commodityId"
            + " AND price_date = :date";

    @SqlUpdate(INSERT_WRITE)
    void insertWrite(@org.jdbi.v3.sqlobject.customizer.BindMethods Write write);

    @SqlUpdate(UPDATE_WRITE)
    int updateWrite(@org.jdbi.v3.sqlobject.customizer.BindMethods Write write);

    @SqlBatch(INSERT_WRITE)
    void insertWrites(@org.jdbi.v3.sqlobject.customizer.BindMethods List<Write> writes);

    @SqlBatch(UPDATE_WRITE)
    void updateWrites(@org.jdbi.v3.sqlobject.customizer.BindMethods List<Write> writes);

    /**
     * The next prices no change wrote yet (generated demo rows apart), after a primary key, in primary-key order:
     * an upgraded folder turns them into its first changes page by page.
     */
    @SqlQuery("SELECT * FROM price_observation WHERE (market_id, commodity_id, price_date) > (:m, :c, :d)"
            + " AND v_origin IS NULL AND NOT (officer = :demo AND device = :demo)"
            + " ORDER BY market_id, commodity_id, price_date LIMIT :limit")
    List<PriceObservation> unversionedAfter(@Bind("m") int marketId, @Bind("c") int commodityId,
                                            @Bind("d") LocalDate day, @Bind("demo") String demo,
                                            @Bind("limit") int limit);

    /** A price's version, set without touching its values. */
    record VersionOf(int marketId, int commodityId, LocalDate date, int vOrigin, long vSeq, long vLamport) {
    }

    @SqlBatch("UPDATE price_observation SET v_origin = :vOrigin, v_seq = :vSeq, v_lamport = :vLamport"
            + " WHERE market_id = :marketId AND commodity_id = :commodityId AND price_date = :date")
    void setVersions(@org.jdbi.v3.sqlobject.customizer.BindMethods List<VersionOf> versions);

    /** Batched form of {@link #insert} for imports and generated data; quotes stay empty. */
    @SqlBatch("INSERT INTO price_observation (market_id, commodity_id, price_date, price_rp, officer, device,"
            + " updated_at, revision) VALUES (:marketId, :commodityId, :date, :priceRp, :officer, :device,"
            + " CURRENT_TIMESTAMP, 1)")
    void insertBatch(@org.jdbi.v3.sqlobject.customizer.BindMethods Iterable<PricePoint> points,
                     @Bind("officer") String officer, @Bind("device") String device);

    /**
     * {@link #insertBatch} with the time of saving given: a bulk load (an import, a demo run) stamps its rows with
     * the instant of its own audit row, by which a price's history finds where it came from.
     */
    @SqlBatch("INSERT INTO price_observation (market_id, commodity_id, price_date, price_rp, officer, device,"
            + " updated_at, revision) VALUES (:marketId, :commodityId, :date, :priceRp, :officer, :device, :at, 1)")
    void insertBatchSavedAt(@org.jdbi.v3.sqlobject.customizer.BindMethods Iterable<PricePoint> points,
                            @Bind("officer") String officer, @Bind("device") String device,
                            @Bind("at") java.time.OffsetDateTime savedAt);

    /** Batched update of existing rows to a new price, bumping their revision. */
    @SqlBatch("UPDATE price_observation SET price_rp = :priceRp, officer = :officer, device = :device,"
            + " updated_at = :at, revision = revision + 1, quote1_rp = NULL, quote2_rp = NULL,"
            + " quote3_rp = NULL, reason = NULL"
            + " WHERE market_id = :marketId AND commodity_id = :commodityId AND price_date = :date")
    void updateBatch(@org.jdbi.v3.sqlobject.customizer.BindMethods Iterable<PricePoint> points,
                     @Bind("officer") String officer, @Bind("device") String device,
                     @Bind("at") java.time.OffsetDateTime savedAt);

    /** Existing prices for some markets over a period, to tell an import's new, changed and unchanged rows. */
    @SqlQuery("SELECT market_id, commodity_id, price_date AS date, price_rp FROM price_observation"
            + " WHERE price_date BETWEEN :from AND :to AND market_id IN (<markets>)")
    List<PricePoint> existing(@Bind("from") LocalDate from, @Bind("to") LocalDate to,
                              @BindList("markets") Collection<Integer> marketIds);

    /**
     * Adds a delta to one month's sum and count (a new price: +price, +1; a changed one: +difference, 0), and
     * recomputes that commodity's regency month from the month's sums.
     */
    default void addToMonth(int marketId, int commodityId, LocalDate monthStart, long deltaSum, int deltaCount) {
        addToMonthRow(marketId, commodityId, monthStart, deltaSum, deltaCount);
        aggregates(c -> PriceAggregates.refreshRegencyMonths(c, commodityId, monthStart, monthStart));
    }

    @SqlUpdate("addToMonth")
    @UseClasspathSqlLocator
    void addToMonthRow(@Bind("m") int marketId, @Bind("c") int commodityId, @Bind("month") LocalDate monthStart,
                       @Bind("sum") long deltaSum, @Bind("count") int deltaCount);

    /**
     * Adds many months' deltas (market, commodity, month start to sum and count), then recomputes each touched
     * commodity's regency month once rather than once per market.
     */
    default void addToMonths(Map<MonthKey, long[]> deltas) {
        Map<LocalDate, java.util.Set<Integer>> regency = new java.util.TreeMap<>();
        deltas.forEach((k, d) -> {
            addToMonthRow(k.marketId(), k.commodityId(), k.monthStart(), d[0], (int) d[1]);
            regency.computeIfAbsent(k.monthStart(), x -> new java.util.TreeSet<>()).add(k.commodityId());
        });
        regency.forEach((month, commodities) ->
                aggregates(c -> PriceAggregates.refreshRegencyMonth(c, commodities, month)));
    }

    /** A market's month of one commodity. */
    record MonthKey(int marketId, int commodityId, LocalDate monthStart) implements Comparable<MonthKey> {
        @Override
        public int compareTo(MonthKey o) {
            int c = Integer.compare(commodityId, o.commodityId);
            c = c != 0 ? c : monthStart.compareTo(o.monthStart);
            return c != 0 ? c : Integer.compare(marketId, o.marketId);
        }
    }

    /**
     * Recomputes the regency figures of the given days, each of the given commodities: runs of consecutive days,
     * each in one read of those days (the prices written must be in the table already).
     */
    default void refreshDays(java.util.SortedMap<LocalDate, java.util.Set<Integer>> days) {
        LocalDate start = null;
        LocalDate end = null;
        java.util.Set<Integer> commodities = new java.util.TreeSet<>();
        for (var e : days.entrySet()) {
            LocalDate d = e.getKey();
            if (end == null || !d.equals(end.plusDays(1))) {
                if (start != null) {
                    refreshDays(commodities, start, end);
                }
                start = d;
                commodities = new java.util.TreeSet<>();
            }
            end = d;
            commodities.addAll(e.getValue());
        }
        if (start != null) {
            refreshDays(commodities, start, end);
        }
    }

    /** Recomputes every market's weekly sums of the given commodity weeks (the prices must be written already). */
    default void refreshWeeks(Collection<PriceAggregates.WeekKey> weeks) {
        if (!weeks.isEmpty()) {
            aggregates(c -> PriceAggregates.refreshWeeks(c, weeks));
        }
    }

    /** Every market's weekly sums of the ISO weeks whose Monday lies from {@code from} to {@code to}. */
    default List<id.sinergi.infoharga.domain.WeekSum> weekSums(LocalDate from, LocalDate to) {
        return getHandle().createQuery("SELECT week_monday, market_id, commodity_id, sum_rp, day_count"
                        + " FROM price_week_market WHERE week_monday BETWEEN :f AND :t")
                .bind("f", from).bind("t", to)
                .map((rs, ctx) -> new id.sinergi.infoharga.domain.WeekSum(rs.getInt(2), rs.getInt(3),
                        rs.getObject(1, LocalDate.class), rs.getLong(4), rs.getInt(5)))
                .list();
    }

    private void refreshDays(java.util.Set<Integer> commodities, LocalDate from, LocalDate to) {
        aggregates(c -> PriceAggregates.refreshDays(c, commodities, from, to));
    }

    /** A step on this transaction's connection that keeps the aggregates (see {@link PriceAggregates}). */
    interface AggregateStep {
        void run(java.sql.Connection c) throws java.sql.SQLException;
    }

    private void aggregates(AggregateStep step) {
        try {
            step.run(getHandle().getConnection());
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(e, null);
        }
    }

    /** Recomputes the monthly sums of whole months from the raw rows (after a bulk load). */
    @SqlUpdate("DELETE FROM price_month WHERE month_start BETWEEN :from AND :to")
    void clearMonths(@Bind("from") LocalDate firstMonth, @Bind("to") LocalDate lastMonth);

    default void rebuildMonths(LocalDate firstDay, LocalDate lastDay) {
        rebuildMonthRows(firstDay, lastDay);
        aggregates(c -> {
            PriceAggregates.rebuildDays(c, firstDay, lastDay);
            PriceAggregates.rebuildRegencyMonths(c, firstDay, lastDay);
            PriceAggregates.rebuildWeeks(c, firstDay, lastDay);
        });
    }

    @SqlUpdate("rebuildMonths")
    @UseClasspathSqlLocator
    void rebuildMonthRows(@Bind("from") LocalDate firstDay, @Bind("to") LocalDate lastDay);

    @SqlQuery("SELECT market_id, commodity_id, month_start, sum_rp, day_count FROM price_month"
            + " WHERE commodity_id = :c ORDER BY month_start, market_id")
    @RegisterRowMapper(MonthSumMapper.class)
    List<MonthSum> months(@Bind("c") int commodityId);

    /** One market's monthly sums (through the market's foreign-key index), by commodity and month. */
    @SqlQuery("SELECT market_id, commodity_id, month_start, sum_rp, day_count FROM price_month"
            + " WHERE market_id = :m ORDER BY commodity_id, month_start")
    @RegisterRowMapper(MonthSumMapper.class)
    List<MonthSum> marketMonths(@Bind("m") int marketId);

    @SqlQuery("SELECT market_id, commodity_id, month_start, sum_rp, day_count FROM price_month"
            + " ORDER BY commodity_id, month_start, market_id")
    @RegisterRowMapper(MonthSumMapper.class)
    List<MonthSum> allMonths();

    /** Every commodity's regency monthly averages (the ALPS input), by commodity and month. */
    @SqlQuery("SELECT commodity_id, month_start, mean_rp, market_count FROM price_month_regency"
            + " ORDER BY commodity_id, month_start")
    @RegisterRowMapper(RegencyMonthMapper.class)
    List<id.sinergi.infoharga.domain.RegencyMonth> regencyMonths();

    /** One commodity's regency monthly averages, by month. */
    @SqlQuery("SELECT commodity_id, month_start, mean_rp, market_count FROM price_month_regency"
            + " WHERE commodity_id = :c ORDER BY month_start")
    @RegisterRowMapper(RegencyMonthMapper.class)
    List<id.sinergi.infoharga.domain.RegencyMonth> regencyMonths(@Bind("c") int commodityId);

    /** One commodity's regency figures per day over a period (days nobody reported absent), by day. */
    default List<id.sinergi.infoharga.domain.indicators.CommodityHistory.RegencyDay> regencyDays(int commodityId,
            LocalDate from, LocalDate to) {
        return getHandle().createQuery("SELECT price_date, sum_rp, market_count, low_rp, low_market_id, high_rp,"
                        + " high_market_id FROM price_day WHERE commodity_id = :c AND price_date BETWEEN :f AND :t"
                        + " ORDER BY price_date")
                .bind("c", commodityId).bind("f", from).bind("t", to)
                .map((rs, ctx) -> new id.sinergi.infoharga.domain.indicators.CommodityHistory.RegencyDay(
                        rs.getObject(1, LocalDate.class), (double) rs.getLong(2) / rs.getInt(3), rs.getInt(3),
                        rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getInt(7)))
                .list();
    }
}
