package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.MonthSum;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

public final class MonthSumMapper implements RowMapper<MonthSum> {
    @Override
    public MonthSum map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MonthSum(rs.getInt("market_id"), rs.getInt("commodity_id"),
                YearMonth.from(rs.getObject("month_start", LocalDate.class)), rs.getLong("sum_rp"),
                rs.getInt("day_count"));
    }
}
