package id.sinergi.infoharga.store.migration;

import id.sinergi.infoharga.store.PriceAggregates;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The aggregates kept beside the prices (see {@link PriceAggregates}): the regency figures per commodity and day
 * for the trend chart, the regency average per commodity and month for ALPS. A Java migration because the
 * existing rows' aggregates are computed by the same code that keeps them current afterwards (one pass over the
 * commodity-led index per commodity).
 */
public class V62__Price_aggregates extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE price_day ("
                    + " commodity_id   INT    NOT NULL,"
                    + " price_date     DATE   NOT NULL,"
                    + " sum_rp         BIGINT NOT NULL,"
                    + " market_count   INT    NOT NULL,"
                    + " low_rp         BIGINT NOT NULL,"
                    + " low_market_id  INT    NOT NULL,"
                    + " high_rp        BIGINT NOT NULL,"
                    + " high_market_id INT    NOT NULL,"
                    + " PRIMARY KEY (commodity_id, price_date))");
            s.execute("CREATE TABLE price_month_regency ("
                    + " commodity_id INT              NOT NULL,"
                    + " month_start  DATE             NOT NULL,"
                    + " mean_rp      DOUBLE PRECISION NOT NULL,"
                    + " market_count INT              NOT NULL,"
                    + " PRIMARY KEY (commodity_id, month_start))");
        }
        PriceAggregates.rebuildAll(c);
    }
}
