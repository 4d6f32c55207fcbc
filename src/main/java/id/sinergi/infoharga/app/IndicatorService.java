package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.RegencyMonth;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.indicators.CommodityHistory;
import id.sinergi.infoharga.domain.indicators.Alps;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.indicators.MonthIndicators;
import id.sinergi.infoharga.domain.indicators.ReportingCompleteness;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.store.Store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The price indicators of DESIGN §4 for the dashboard, the reports and the command line: the one place they are
 * computed. Each call reads only the days or months it needs through ranged reads, never the whole history.
 */
public final class IndicatorService {
    private final Store store;
    private final ReferenceDataService referenceData;
    private final Messages messages;

    public IndicatorService(Store store, ReferenceDataService referenceData, Messages messages) {
        this.store = store;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /** Every commodity's figures on a day, regency and per market. */
    public DayIndicators day(LocalDate date) {
        Catalog catalog = referenceData.catalog();
        return day(date, catalog, thresholds(catalog));
    }

    DayIndicators day(LocalDate date, Catalog catalog, Thresholds thresholds) {
        List<PricePoint> points = pricesIn(DayIndicators.rangesNeeded(date));
        return DayIndicators.compute(catalog, date, points, thresholds);
    }

    /** One ISO week against the week before, with the weighted change and the contributions. */
    public WeekIndicators week(IsoWeek week) {
        Catalog catalog = referenceData.catalog();
        return WeekIndicators.compute(catalog, week, pricesIn(List.of(WeekIndicators.rangeNeeded(week))),
                thresholds(catalog));
    }

    /**
     * The {@code count} ISO weeks ending with {@code last}, oldest first, each against the week before it, from one
     * read of their days (the weekly report's trend charts).
     */
    public List<WeekIndicators> weeks(IsoWeek last, int count) {
        Catalog catalog = referenceData.catalog();
        return weeks(last, count, catalog, thresholds(catalog), pricesIn(List.of(weeksRead(last, count))));
    }

    /** The days {@link #weeks} reads: the week before the first one to the last one's Sunday. */
    static DateRange weeksRead(IsoWeek last, int count) {
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        return new DateRange(WeekIndicators.rangeNeeded(first).from(), last.sunday());
    }

    /** {@link #weeks} from prices already read (they must cover {@link #weeksRead}). */
    List<WeekIndicators> weeks(IsoWeek last, int count, Catalog catalog, Thresholds thresholds,
                               List<PricePoint> points) {
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        List<WeekIndicators> out = new ArrayList<>();
        for (IsoWeek w = first; !w.monday().isAfter(last.monday()); w = IsoWeek.of(w.monday().plusWeeks(1))) {
            out.add(WeekIndicators.compute(catalog, w, points, thresholds));
        }
        return out;
    }

    /**
     * Each active market's reporting over the working days of a week up to {@code until} (a week still running
     * expects only the days that have passed), against its usual basket (see {@link ReportingCompleteness}).
     */
    public List<ReportingCompleteness> completeness(IsoWeek week, LocalDate until, Set<DayOfWeek> workingDays) {
        return completeness(week, until, workingDays, null);
    }

    /** The days {@link #completeness} reads: the basket's days before the week, and the week. */
    static DateRange completenessRead(IsoWeek week) {
        return new DateRange(week.monday().minusDays(ReportingCompleteness.BASKET_DAYS), week.sunday());
    }

    /**
     * {@link #completeness} from prices already read that cover {@link #completenessRead} (the weekly report's
     * trend weeks do), or, when {@code points} is null, from its own read.
     */
    List<ReportingCompleteness> completeness(IsoWeek week, LocalDate until, Set<DayOfWeek> workingDays,
                                             List<PricePoint> points) {
        Catalog catalog = referenceData.catalog();
        LocalDate to = until.isBefore(week.sunday()) ? until : week.sunday();
        if (to.isBefore(week.monday())) {
            return ReportingCompleteness.of(catalog, List.of(), week.monday(), week.monday(), Set.of());
        }
        List<PricePoint> read = points != null ? points : pricesIn(List.of(new DateRange(
                week.monday().minusDays(ReportingCompleteness.BASKET_DAYS), to)));
        return ReportingCompleteness.of(catalog, read, week.monday(), to, workingDays);
    }

    /** One calendar month: month-on-month, year-on-year, year-to-date, weighted month-on-month change. */
    public MonthIndicators month(YearMonth month) {
        Catalog catalog = referenceData.catalog();
        List<LocalDate> starts = MonthIndicators.monthsNeeded(month).stream().map(m -> m.atDay(1)).toList();
        List<MonthSum> sums = store.read(tx -> tx.monthSums().forMonths(starts));
        return MonthIndicators.compute(catalog, month, sums, thresholds(catalog));
    }

    /**
     * ALPS of every active commodity for the month of {@code date}, from the regency monthly averages kept beside
     * the prices (a few thousand rows, not every market's months).
     */
    public List<AlpsResult> alps(LocalDate date) {
        Catalog catalog = referenceData.catalog();
        List<RegencyMonth> months = store.read(tx -> tx.prices().regencyMonths());
        List<Integer> ids = catalog.activeCommodities().stream().map(Commodity::id).toList();
        return Alps.computeAllKept(months, ids, YearMonth.from(date), messages::get);
    }

    /**
     * ALPS of every active commodity for a month, on the regency's monthly averages or, with {@code marketId}, on
     * that market's own monthly averages (the same model on one market's series).
     */
    public List<AlpsResult> alps(YearMonth month, Integer marketId) {
        Catalog catalog = referenceData.catalog();
        List<Integer> ids = catalog.activeCommodities().stream().map(Commodity::id).toList();
        if (marketId == null) {
            return Alps.computeAllKept(store.read(tx -> tx.prices().regencyMonths()), ids, month, messages::get);
        }
        List<MonthSum> used = store.read(tx -> tx.prices().marketMonths(marketId));
        return Alps.computeAll(used, ids, month, messages::get);
    }

    /** ALPS of one commodity for a month. */
    public AlpsResult alps(int commodityId, YearMonth month) {
        List<RegencyMonth> months = store.read(tx -> tx.prices().regencyMonths(commodityId));
        return Alps.compute(commodityId, Alps.keptSeries(months, commodityId), month, messages::get);
    }

    /** Every commodity's alert thresholds: stored, else its group's defaults. */
    public Thresholds thresholds() {
        return thresholds(referenceData.catalog());
    }

    Thresholds thresholds(Catalog catalog) {
        Map<Integer, AlertThresholds> stored = new HashMap<>();
        for (AlertThresholds t : store.read(tx -> tx.thresholds().all())) {
            stored.put(t.commodityId(), t);
        }
        return new Thresholds(stored, catalog);
    }

    List<PricePoint> pricesIn(List<DateRange> ranges) {
        return store.read(tx -> {
            List<PricePoint> points = new ArrayList<>();
            for (DateRange r : ranges) {
                points.addAll(tx.prices().between(r.from(), r.to()));
            }
            return points;
        });
    }

    /** One commodity's prices over a range: regency price per day, cheapest and dearest market, each market. */
    public CommodityHistory history(int commodityId, DateRange range) {
        return CommodityHistory.of(commodityId, range,
                store.read(tx -> tx.prices().history(commodityId, range.from(), range.to())));
    }

    /**
     * {@link #history} for the trend chart when only some markets' own series are wanted: the same regency days,
     * from the day rows kept beside the prices, and the prices of {@code marketIds} alone (one primary-key range
     * each) instead of every market's.
     */
    public CommodityHistory trend(int commodityId, DateRange range, java.util.Collection<Integer> marketIds) {
        return store.read(tx -> {
            Map<Integer, List<PricePoint>> byMarket = new java.util.TreeMap<>();
            for (int m : marketIds) {
                List<PricePoint> points = tx.prices().marketHistory(m, commodityId, range.from(), range.to());
                if (!points.isEmpty()) {
                    byMarket.put(m, points);
                }
            }
            return new CommodityHistory(commodityId, range,
                    tx.prices().regencyDays(commodityId, range.from(), range.to()), byMarket);
        });
    }

    /** The last day on or before {@code day} on which any market reported a price. */
    public java.util.Optional<LocalDate> lastDayWithPrices(LocalDate day) {
        return store.read(tx -> tx.prices().lastDayUpTo(day));
    }

    /** The first and last day with any price, or empty when nothing is stored yet. */
    public java.util.Optional<DateRange> storedDays() {
        return store.read(tx -> tx.prices().firstDay().flatMap(f -> tx.prices().lastDay()
                .map(l -> new DateRange(f, l))));
    }

    /**
     * The {@code count} ISO weeks up to the one holding {@code date}, each against the week before, read in one
     * go; the last week only up to {@code date} (week to date), so a past day's dashboard sees no later prices.
     */
    public List<WeekIndicators> weeksUpTo(LocalDate date, int count) {
        Catalog catalog = referenceData.catalog();
        return weeksUpTo(date, count, catalog, thresholds(catalog),
                pricesIn(List.of(weeksRange(date, count))));
    }

    /** The days {@link #weeksUpTo} reads: from the Monday before the first week to {@code date}. */
    static DateRange weeksRange(LocalDate date, int count) {
        IsoWeek first = IsoWeek.of(IsoWeek.of(date).monday().minusWeeks(count - 1L));
        return new DateRange(first.previous().monday(), date);
    }

    /** {@link #weeksUpTo} from prices already read (they must cover {@link #weeksRange}). */
    List<WeekIndicators> weeksUpTo(LocalDate date, int count, Catalog catalog, Thresholds thresholds,
                                   List<PricePoint> points) {
        IsoWeek last = IsoWeek.of(date);
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        List<WeekIndicators> out = new ArrayList<>();
        for (IsoWeek w = first; !w.monday().isAfter(last.monday()); w = IsoWeek.of(w.monday().plusWeeks(1))) {
            out.add(WeekIndicators.compute(catalog, w, points, thresholds));
        }
        return out;
    }
}
