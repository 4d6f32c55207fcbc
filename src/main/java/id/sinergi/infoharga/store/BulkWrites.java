package id.sinergi.infoharga.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * The rows a bulk write sends by the ten thousand (an import's prices and their changes, a package's received
 * changes), bound by plain JDBC batches on the transaction's own connection. The same statements as
 * {@link PriceDao#insertWrites}, {@link PriceDao#updateWrites} and {@link ChangeLogDao#insertBatch}, which bind each
 * row's record by reflection: on an import of a year's prices that binding was a sixth of the whole process's CPU
 * (JFR), more than the change log's inserts into H2 themselves. The values bound are the ones Jdbi binds (dates
 * and times as JDBC 4.2 objects), so the rows are identical (BulkWritesTest compares the two).
 */
public final class BulkWrites {
    private final Connection connection;

    BulkWrites(Connection connection) {
        this.connection = connection;
    }

    private static final String INSERT_PRICE = "INSERT INTO price_observation (market_id, commodity_id, price_date,"
            + " price_rp, quote1_rp, quote2_rp, quote3_rp, officer, device, updated_at, revision, reason, v_origin,"
            + " v_seq, v_lamport) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";
    private static final String INSERT_LOADED = "INSERT INTO price_observation (market_id, commodity_id,"
            + " price_date, price_rp, officer, device, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE_PRICE = "UPDATE price_observation SET price_rp = ?, quote1_rp = ?,"
            + " quote2_rp = ?, quote3_rp = ?, officer = ?, device = ?, reason = ?, updated_at = ?,"
            + " revision = revision + 1, v_origin = ?, v_seq = ?, v_lamport = ?"
            + " WHERE market_id = ? AND commodity_id = ? AND price_date = ?";
    private static final String INSERT_CHANGE = "INSERT INTO change_log (origin, seq, lamport, at_ms, actor, entity,"
            + " natural_key, new_value, base_origin, base_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** New price rows, as {@link PriceDao#insertWrites}. */
    public void insertPrices(List<PriceDao.Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_PRICE)) {
            for (PriceDao.Write w : writes) {
                s.setInt(1, w.marketId());
                s.setInt(2, w.commodityId());
                s.setObject(3, w.date(), Types.DATE);
                s.setLong(4, w.priceRp());
                setLong(s, 5, w.quote1());
                setLong(s, 6, w.quote2());
                setLong(s, 7, w.quote3());
                s.setString(8, w.officer());
                s.setString(9, w.device());
                s.setObject(10, w.at(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setString(11, w.reason());
                s.setInt(12, w.vOrigin());
                s.setLong(13, w.vSeq());
                s.setLong(14, w.vLamport());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new Failure("insert prices", e);
        }
    }

    /**
     * Prices of a bulk load that is no change of the journal (the demo generator), stamped with one officer,
     * device and time, as {@link PriceDao#insertBatchSavedAt}.
     */
    public void insertLoadedPrices(List<id.sinergi.infoharga.domain.PricePoint> points, String officer,
                                   String device, java.time.OffsetDateTime savedAt) {
        if (points.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_LOADED)) {
            for (id.sinergi.infoharga.domain.PricePoint p : points) {
                s.setInt(1, p.marketId());
                s.setInt(2, p.commodityId());
                s.setObject(3, p.date(), Types.DATE);
                s.setLong(4, p.priceRp());
                s.setString(5, officer);
                s.setString(6, device);
                s.setObject(7, savedAt, Types.TIMESTAMP_WITH_TIMEZONE);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new Failure("insert loaded prices", e);
        }
    }

    /** Stored price rows replaced, as {@link PriceDao#updateWrites}. */
    public void updatePrices(List<PriceDao.Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(UPDATE_PRICE)) {
            for (PriceDao.Write w : writes) {
                s.setLong(1, w.priceRp());
                setLong(s, 2, w.quote1());
                setLong(s, 3, w.quote2());
                setLong(s, 4, w.quote3());
                s.setString(5, w.officer());
                s.setString(6, w.device());
                s.setString(7, w.reason());
                s.setObject(8, w.at(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setInt(9, w.vOrigin());
                s.setLong(10, w.vSeq());
                s.setLong(11, w.vLamport());
                s.setInt(12, w.marketId());
                s.setInt(13, w.commodityId());
                s.setObject(14, w.date(), Types.DATE);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new Failure("update prices", e);
        }
    }

    /** Changes appended to the log, as {@link ChangeLogDao#insertBatch}. */
    public void insertChanges(List<ChangeLogDao.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT_CHANGE)) {
            for (ChangeLogDao.Row r : rows) {
                s.setInt(1, r.origin());
                s.setLong(2, r.seq());
                s.setLong(3, r.lamport());
                s.setLong(4, r.atMs());
                s.setString(5, r.actor());
                s.setInt(6, r.entity());
                s.setString(7, r.naturalKey());
                s.setString(8, r.newValue());
                if (r.baseOrigin() == null) {
                    s.setNull(9, Types.INTEGER);
                } else {
                    s.setInt(9, r.baseOrigin());
                }
                setLong(s, 10, r.baseSeq());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new Failure("insert changes", e);
        }
    }

    /**
     * A batch the database refused, with its SQLException as the cause: like Jdbi's own exception, not a
     * {@link StoreException}, so that {@link StoreFailures} still tells a full disk or a damaged file from it.
     */
    static final class Failure extends RuntimeException {
        Failure(String what, SQLException cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
