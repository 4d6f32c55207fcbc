package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.PricePoint;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Maps (market_id, commodity_id, date, price_rp) by position: a day's figures read some 20 000 of these, and the
 * reflective constructor mapper spent more time per row than H2 did.
 */
public final class PricePointMapper implements RowMapper<PricePoint> {
    @Override
    public PricePoint map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PricePoint(rs.getInt(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getLong(4));
    }
}
