package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;

import java.util.Collection;
import java.util.List;

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
        var current = PeriodAverage.of(points, week.days());
        var previous = PeriodAverage.of(points, week.previous().days());
        List<PeriodFigures> figures = PeriodTable.rows(catalog, current, previous, null, null,
                week.previous().monday(), null, null, week.sunday(), thresholds, true);
        return new WeekIndicators(week, week.days(), figures, PeriodTable.weighted(catalog, figures));
    }
}
