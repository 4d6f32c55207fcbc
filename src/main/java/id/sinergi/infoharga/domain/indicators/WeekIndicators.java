package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The figures of one ISO week against the week before, and the weighted week-on-week change with its andil. */
public record WeekIndicators(IsoWeek week, DateRange days, List<PeriodFigures> commodities,
                             WeightedChange weighted) {
    public WeekIndicators {
        commodities = List.copyOf(commodities);
    }

    /** The days to read: the week before and the week itself. */
    public static DateRange rangeNeeded(IsoWeek week) {
        return new DateRange(week.previous().monday(), week.sunday());
    }

    public static WeekIndicators compute(Catalog catalog, IsoWeek week, Collection<PricePoint> points,
                                         Thresholds thresholds) {
        return compute(catalog, week, PeriodAverage.of(points, week.days()),
                PeriodAverage.of(points, week.previous().days()), thresholds);
    }

    /**
     * The same from the two weeks' averages already worked out (from kept weekly sums, or the week so far from its
     * daily prices).
     */
    public static WeekIndicators compute(Catalog catalog, IsoWeek week, Map<Integer, PeriodAverage> current,
                                         Map<Integer, PeriodAverage> previous, Thresholds thresholds) {
        List<PeriodFigures> figures = PeriodTable.rows(catalog, current, previous, null, null,
                week.previous().monday(), null, null, week.sunday(), thresholds, true);
        return new WeekIndicators(week, week.days(), figures, PeriodTable.weighted(catalog, figures));
    }
}
