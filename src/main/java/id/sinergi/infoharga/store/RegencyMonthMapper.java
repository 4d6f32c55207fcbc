package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.RegencyMonth;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

public final class RegencyMonthMapper implements RowMapper<RegencyMonth> {
    @Override
    public RegencyMonth map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RegencyMonth(rs.getInt("commodity_id"),
                YearMonth.from(rs.getObject("month_start", LocalDate.class)), rs.getDouble("mean_rp"),
                rs.getInt("market_count"));
    }
}
