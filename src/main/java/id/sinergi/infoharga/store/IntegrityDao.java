package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/** Checks that the stored data agrees with itself; used by {@code verify} and after a restore. */
public interface IntegrityDao {
    /** Monthly sums that differ from a recomputation from the raw prices, as "market:commodity:month". */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> monthSumMismatches();

    /**
     * Kept regency days ({@code price_day}: sum, count, lowest and highest price per commodity and day) that differ
     * from a recomputation from the raw prices, as "commodity:day".
     */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> keptDayMismatches();

    /**
     * Kept market weeks ({@code price_week_market}: sum and count of a market's prices of one commodity in one ISO
     * week) that differ from a recomputation from the raw prices, as "market:commodity:monday".
     */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> keptWeekMismatches();

    /**
     * Prices that differ from the newest value their audit rows give (the price saved last, before any quotes in
     * brackets), or that are gone while their audit rows say they were saved, as "market:commodity:day". Prices
     * without audit rows of their own (stored by an import or the demo, whose audit row covers the whole file) are
     * not compared. Audit rows of received changes that lost ({@code lostReason}) are history, not values.
     */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> pricesUnlikeTheirAudit(@org.jdbi.v3.sqlobject.customizer.Bind("lost") String lostReason);

    /** The hash of audit row {@code id}, when there is such a row. */
    @SqlQuery("SELECT row_hash FROM audit_log WHERE id = :id")
    java.util.Optional<String> auditHash(@org.jdbi.v3.sqlobject.customizer.Bind("id") long id);

    /** Rows whose foreign keys point nowhere (only possible if someone switched the checks off), as "table:key". */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> orphans();

    /** The daily prices' indexes, each of which holds every column of a price (they cover their queries). */
    List<String> PRICE_INDEXES = List.of("price_by_date", "price_by_commodity_date");

    /**
     * A fingerprint of all daily prices (count, sum of prices, sum of a number made of the key) read through the
     * given index, or through the table itself for {@code ""}. A damaged index page answers queries with rows
     * that differ from the table while every other check passes.
     */
    @SqlQuery("SELECT COUNT(*) || '/' || COALESCE(SUM(price_rp), 0) || '/' || COALESCE(SUM(CAST(market_id AS BIGINT)"
            + " * 1000003 + CAST(commodity_id AS BIGINT) * 1009 + DATEDIFF(DAY, DATE '2000-01-01', price_date)), 0)"
            + " FROM price_observation USE INDEX (<index>) WHERE price_date >= DATE '1900-01-01'"
            + " AND commodity_id >= 0")
    String priceFingerprint(@Define("index") String index);

    /** Reads every table through H2's SCRIPT, so that a damaged page anywhere shows up; returns the line count. */
    @SqlQuery("SCRIPT")
    java.util.stream.Stream<String> script();
}
