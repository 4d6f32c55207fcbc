package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.StockMovement;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** WULANDARI stock movements. */
@RegisterRowMapper(StockDao.Mapper.class)
public interface StockDao {
    String INSERT = "INSERT INTO stock_movement (id, outlet_id, commodity_id, movement_date, kind, quantity,"
            + " unit_price_rp, source, officer, device, recorded_at) VALUES (:id, :outletId, :commodityId, :date,"
            + " :kind, :quantity, :unitPriceRp, :source, :officer, :device, CURRENT_TIMESTAMP)";

    @SqlUpdate(INSERT)
    void insert(@BindMethods StockMovement movement);

    @SqlBatch(INSERT)
    void insertBatch(@BindMethods List<StockMovement> movements);

    @SqlUpdate("DELETE FROM stock_movement WHERE id = :id")
    int delete(@Bind("id") UUID id);

    /** An outlet's movements up to and including a day, oldest first (stock on hand is replayed from them). */
    @SqlQuery("SELECT * FROM stock_movement WHERE outlet_id = :o AND movement_date <= :to"
            + " ORDER BY movement_date, recorded_at, id")
    List<StockMovement> upTo(@Bind("o") int outletId, @Bind("to") LocalDate to);

    @SqlQuery("SELECT * FROM stock_movement WHERE movement_date <= :to ORDER BY movement_date, recorded_at, id")
    List<StockMovement> allUpTo(@Bind("to") LocalDate to);

    @SqlQuery("SELECT * FROM stock_movement WHERE outlet_id = :o AND movement_date = :d ORDER BY recorded_at, id")
    List<StockMovement> day(@Bind("o") int outletId, @Bind("d") LocalDate day);

    final class Mapper implements RowMapper<StockMovement> {
        @Override
        public StockMovement map(ResultSet rs, StatementContext ctx) throws SQLException {
            long price = rs.getLong("unit_price_rp");
            Long unitPrice = rs.wasNull() ? null : price;
            return new StockMovement(rs.getObject("id", UUID.class), rs.getInt("outlet_id"),
                    rs.getInt("commodity_id"), rs.getObject("movement_date", LocalDate.class),
                    id.sinergi.infoharga.domain.MovementKind.valueOf(rs.getString("kind")),
                    rs.getBigDecimal("quantity"), unitPrice, rs.getString("source"), rs.getString("officer"),
                    rs.getString("device"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
        }
    }

    @SqlQuery("SELECT COUNT(*) FROM stock_movement")
    long count();
}
