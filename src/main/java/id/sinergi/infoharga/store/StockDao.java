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
public interface StockDao extends org.jdbi.v3.sqlobject.SqlObject {
    String INSERT = "INSERT INTO stock_movement (id, outlet_id, commodity_id, movement_date, kind, quantity,"
            + " unit_price_rp, source, officer, device, recorded_at) VALUES (:id, :outletId, :commodityId, :date,"
            + " :kind, :quantity, :unitPriceRp, :source, :officer, :device, CURRENT_TIMESTAMP)";

    @SqlUpdate(INSERT)
    void insert(@BindMethods StockMovement movement);

    @SqlBatch(INSERT)
    void insertBatch(@BindMethods List<StockMovement> movements);

    /** A movement as a change writes it: its values, when, and the change's version. */
    record Write(UUID id, int outletId, int commodityId, LocalDate date, String kind, java.math.BigDecimal quantity,
                 Long unitPriceRp, String source, String officer, String device, OffsetDateTime at, int vOrigin,
                 long vSeq, long vLamport, UUID reverses) {
    }

    @SqlUpdate("INSERT INTO stock_movement (id, outlet_id, commodity_id, movement_date, kind, quantity,"
            + " unit_price_rp, source, officer, device, recorded_at, v_origin, v_seq, v_lamport, reverses) VALUES"
            + " (:id, :outletId, :commodityId, :date, :kind, :quantity, :unitPriceRp, :source, :officer, :device,"
            + " :at, :vOrigin, :vSeq, :vLamport, :reverses)")
    void insertWrite(@BindMethods Write write);

    @SqlUpdate("UPDATE stock_movement SET outlet_id = :outletId, commodity_id = :commodityId,"
            + " movement_date = :date, kind = :kind, quantity = :quantity, unit_price_rp = :unitPriceRp,"
            + " source = :source, officer = :officer, device = :device, recorded_at = :at, v_origin = :vOrigin,"
            + " v_seq = :vSeq, v_lamport = :vLamport, reverses = :reverses WHERE id = :id")
    int updateWrite(@BindMethods Write write);

    /** A stored movement with the version of the change that wrote it (null for demo rows). */
    record Versioned(StockMovement movement, ChangeLogDao.Head version) {
    }

    @SqlQuery("SELECT * FROM stock_movement WHERE id = :id")
    @RegisterRowMapper(VersionedMapper.class)
    java.util.Optional<Versioned> findVersioned(@Bind("id") UUID id);

    final class VersionedMapper implements RowMapper<Versioned> {
        private final Mapper rows = new Mapper();

        @Override
        public Versioned map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Versioned(rows.map(rs, ctx), VersionColumns.read(rs));
        }
    }

    /** Movements no change wrote yet, apart from generated demo ones: an upgraded folder's first changes. */
    @SqlQuery("SELECT * FROM stock_movement WHERE v_origin IS NULL AND NOT (officer = :demo AND device = :demo)"
            + " ORDER BY movement_date, recorded_at, id")
    List<StockMovement> unversioned(@Bind("demo") String demo);

    /** A movement's version; its time to the millisecond, as the change that carries it to other devices says. */
    @SqlUpdate("UPDATE stock_movement SET v_origin = :o, v_seq = :s, v_lamport = :l, recorded_at = :at WHERE id = :id")
    void setVersion(@Bind("id") UUID id, @Bind("o") int origin, @Bind("s") long seq, @Bind("l") long lamport,
                    @Bind("at") OffsetDateTime at);

    /** Every movement with its outlet and commodity codes, in replay order (comparing folders). */
    @SqlQuery("SELECT * FROM stock_movement ORDER BY movement_date, recorded_at, id")
    List<StockMovement> all();

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

    /**
     * Every reversal up to and including a day (few: typing mistakes). H2 orders UUIDs as unsigned numbers, so the
     * range from the zero UUID is every non-null one, read through stock_by_reversed (IS NOT NULL would scan the
     * table).
     */
    @SqlQuery("SELECT * FROM stock_movement WHERE reverses >= UUID '00000000-0000-0000-0000-000000000000'"
            + " AND movement_date <= :to")
    List<StockMovement> reversalsUpTo(@Bind("to") LocalDate to);

    /** An outlet's commodity and a day of it (null when it has none). */
    record KeyDay(int outletId, int commodityId, LocalDate day) {
    }

    /**
     * Every outlet's commodity, with its first day of movement or null: one statement of one seek down
     * stock_by_outlet per outlet and commodity, instead of a statement each, whose overhead was
     * most of the dashboard's stock read (issue 16). The order by every column of the index is what lets H2 take the
     * first row it finds ("index sorted"); by the day alone it read and sorted all of the commodity's movements, and
     * wrapped in a filter for the nulls it sorted again.
     */
    @SqlQuery("SELECT o.id AS outlet_id, c.id AS commodity_id, (SELECT s.movement_date FROM stock_movement s"
            + " WHERE s.outlet_id = o.id AND s.commodity_id = c.id"
            + " ORDER BY s.outlet_id, s.commodity_id, s.movement_date LIMIT 1) AS first_day"
            + " FROM outlet o CROSS JOIN commodity c")
    @RegisterRowMapper(KeyDayMapper.class)
    List<KeyDay> firstDays();

    final class KeyDayMapper implements RowMapper<KeyDay> {
        @Override
        public KeyDay map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new KeyDay(rs.getInt("outlet_id"), rs.getInt("commodity_id"),
                    rs.getObject("first_day", LocalDate.class));
        }
    }

    /** Some days of one outlet's commodity. */
    record KeyRange(int outletId, int commodityId, LocalDate from, LocalDate to) {
    }

    /**
     * The movements of some days of several outlets' commodities in one statement (a range
     * of stock_by_outlet each), ordered by outlet, commodity, then as {@link #allUpTo}.
     */
    default List<StockMovement> between(List<KeyRange> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT * FROM stock_movement WHERE outlet_id = :o").append(i).append(" AND commodity_id = :c")
                    .append(i).append(" AND movement_date BETWEEN :f").append(i).append(" AND :t").append(i);
        }
        sql.append(" ORDER BY outlet_id, commodity_id, movement_date, recorded_at, id");
        var query = getHandle().createQuery(sql.toString());
        for (int i = 0; i < ranges.size(); i++) {
            KeyRange r = ranges.get(i);
            query.bind("o" + i, r.outletId()).bind("c" + i, r.commodityId()).bind("f" + i, r.from())
                    .bind("t" + i, r.to());
        }
        return query.map(new Mapper()).list();
    }

    final class Mapper implements RowMapper<StockMovement> {
        @Override
        public StockMovement map(ResultSet rs, StatementContext ctx) throws SQLException {
            long price = rs.getLong("unit_price_rp");
            Long unitPrice = rs.wasNull() ? null : price;
            return new StockMovement(rs.getObject("id", UUID.class), rs.getInt("outlet_id"),
                    rs.getInt("commodity_id"), rs.getObject("movement_date", LocalDate.class),
                    id.sinergi.infoharga.domain.MovementKind.valueOf(rs.getString("kind")),
                    rs.getBigDecimal("quantity"), unitPrice, rs.getString("source"), rs.getString("officer"),
                    rs.getString("device"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("reverses", UUID.class));
        }
    }

    /** Whether some movement already reverses this one. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM stock_movement WHERE reverses = :id")
    boolean isReversed(@Bind("id") UUID id);

    @SqlQuery("SELECT * FROM stock_movement WHERE id = :id")
    java.util.Optional<StockMovement> find(@Bind("id") UUID id);

    @SqlQuery("SELECT COUNT(*) FROM stock_movement")
    long count();
}
