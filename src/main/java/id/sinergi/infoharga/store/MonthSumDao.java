package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.MonthSum;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Reads of the monthly sums (price_month) for chosen months, for the month figures. */
@RegisterRowMapper(MonthSumMapper.class)
public interface MonthSumDao {
    @SqlQuery("SELECT market_id, commodity_id, month_start, sum_rp, day_count FROM price_month"
            + " WHERE month_start IN (<months>) ORDER BY commodity_id, month_start, market_id")
    List<MonthSum> forMonths(@BindList("months") Collection<LocalDate> monthStarts);
}
