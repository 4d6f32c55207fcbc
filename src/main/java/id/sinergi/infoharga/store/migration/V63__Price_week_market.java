package id.sinergi.infoharga.store.migration;

import id.sinergi.infoharga.store.PriceAggregates;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * Each market's weekly sums per commodity (see {@link PriceAggregates}): the dashboard's twelve weeks and the
 * weekly report's eight read one row per market, commodity and past week instead of its seven days. Keyed by week
 * first, since every reader wants all markets of a few weeks, then commodity, as each write path recomputes one
 * commodity's weeks. A Java migration so that the existing prices are
 * summed by the same code that keeps the rows current afterwards.
 */
public class V63__Price_week_market extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE price_week_market ("
                    + " week_monday  DATE   NOT NULL,"
                    + " market_id    INT    NOT NULL,"
                    + " commodity_id INT    NOT NULL,"
                    + " sum_rp       BIGINT NOT NULL,"
                    + " day_count    INT    NOT NULL,"
                    + " PRIMARY KEY (week_monday, commodity_id, market_id))");
        }
        PriceAggregates.rebuildAllWeeks(c);
    }
}
