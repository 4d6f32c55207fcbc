package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MonthSum;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * The figures of one calendar month: month-on-month, year-on-year (same month a year earlier) and year-to-date
 * (against the previous December), and the weighted month-on-month change with its andil.
 */
public record MonthIndicators(YearMonth month, List<PeriodFigures> commodities, WeightedChange weighted) {
    public MonthIndicators {
        commodities = List.copyOf(commodities);
    }

    /** The months whose sums are needed. */
    public static List<YearMonth> monthsNeeded(YearMonth month) {
        return List.of(month, month.minusMonths(1), month.minusYears(1), YearMonth.of(month.getYear() - 1, 12));
    }

    public static MonthIndicators compute(Catalog catalog, YearMonth month, Collection<MonthSum> sums,
                                          Thresholds thresholds) {
        YearMonth december = YearMonth.of(month.getYear() - 1, 12);
        var rows = PeriodTable.rows(catalog, PeriodAverage.ofMonth(sums, month),
                PeriodAverage.ofMonth(sums, month.minusMonths(1)), PeriodAverage.ofMonth(sums, month.minusYears(1)),
                PeriodAverage.ofMonth(sums, december), month.minusMonths(1).atDay(1),
                month.minusYears(1).atDay(1), december.atDay(1), month.atEndOfMonth(), thresholds, false);
        return new MonthIndicators(month, rows, PeriodTable.weighted(catalog, rows));
    }
}
