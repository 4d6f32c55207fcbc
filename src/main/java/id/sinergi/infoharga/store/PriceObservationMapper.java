package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.PriceObservation;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

public final class PriceObservationMapper implements RowMapper<PriceObservation> {
    @Override
    public PriceObservation map(ResultSet rs, StatementContext ctx) throws SQLException {
        List<Long> quotes = new ArrayList<>(3);
        for (String column : new String[] {"quote1_rp", "quote2_rp", "quote3_rp"}) {
            long q = rs.getLong(column);
            if (!rs.wasNull()) {
                quotes.add(q);
            }
        }
        return new PriceObservation(rs.getInt("market_id"), rs.getInt("commodity_id"),
                rs.getObject("price_date", LocalDate.class), rs.getLong("price_rp"), quotes,
                rs.getString("officer"), rs.getString("device"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("revision"),
                rs.getString("reason"));
    }
}
