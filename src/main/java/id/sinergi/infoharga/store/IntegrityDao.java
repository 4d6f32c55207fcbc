package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/** Checks that the stored data agrees with itself; used by {@code verify} and after a restore. */
public interface IntegrityDao {
    /** Monthly sums that differ from a recomputation from the raw prices, as "market:commodity:month". */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> monthSumMismatches();

    /** Rows whose foreign keys point nowhere (only possible if someone switched the checks off), as "table:key". */
    @SqlQuery
    @UseClasspathSqlLocator
    List<String> orphans();

    /** Reads every table through H2's SCRIPT, so that a damaged page anywhere shows up; returns the line count. */
    @SqlQuery("SCRIPT")
    java.util.stream.Stream<String> script();
}
