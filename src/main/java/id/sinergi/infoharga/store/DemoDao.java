package id.sinergi.infoharga.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The generated demo rows: prices and stock movements recorded as officer "demo" on device "demo" that no change of
 * the journal wrote (a row a change wrote, even one received from a device and user both named "demo", is real
 * data with its change in the log, and stays).
 */
public interface DemoDao {
    @SqlQuery("SELECT MIN(price_date) FROM price_observation WHERE officer = :who AND device = :who AND v_origin IS NULL")
    Optional<LocalDate> firstDay(@Bind("who") String demo);

    @SqlQuery("SELECT MAX(price_date) FROM price_observation WHERE officer = :who AND device = :who AND v_origin IS NULL")
    Optional<LocalDate> lastDay(@Bind("who") String demo);

    @SqlUpdate("DELETE FROM price_observation WHERE officer = :who AND device = :who AND v_origin IS NULL")
    int deletePrices(@Bind("who") String demo);

    @SqlUpdate("DELETE FROM stock_movement WHERE officer = :who AND device = :who AND v_origin IS NULL")
    int deleteStockMovements(@Bind("who") String demo);
}
