package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.RegencyMonth;
import id.sinergi.infoharga.domain.WeekSum;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.indicators.Alerts;
import id.sinergi.infoharga.domain.indicators.PeriodAverage;
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

    /**
     * The figures of some commodities only on a day (the others are left out, as if unobserved): each commodity's
     * figures depend on its own prices alone, read here one commodity at a time down the commodity-led index.
     */
    DayIndicators day(LocalDate date, Catalog catalog, Thresholds thresholds, java.util.Collection<Integer> commodities) {
        List<DateRange> ranges = DayIndicators.rangesNeeded(date);
        List<PricePoint> points = store.read(tx -> {
            List<PricePoint> read = new ArrayList<>();
            for (int c : commodities) {
                for (DateRange r : ranges) {
                    read.addAll(tx.prices().history(c, r.from(), r.to()));
                }
            }
            return read;
        });
        return DayIndicators.compute(catalog, date, points, thresholds);
    }

    /** One ISO week against the week before, with the weighted change and the contributions. */
    public WeekIndicators week(IsoWeek week) {
        Catalog catalog = referenceData.catalog();
        return WeekIndicators.compute(catalog, week, pricesIn(List.of(WeekIndicators.rangeNeeded(week))),
                thresholds(catalog));
    }

    /**
     * The {@code count} ISO weeks ending with {@code last}, oldest first, each against the week before it, from the
     * kept weekly sums of each market (one row per market, commodity and week instead of its seven days).
     */
    public List<WeekIndicators> weeks(IsoWeek last, int count) {
        Catalog catalog = referenceData.catalog();
        return weeks(last, count, catalog, thresholds(catalog), weekSums(keptWeeksOf(last, count)));
    }

    /** The Mondays of the kept weeks {@link #weeks} reads: the week before the first one to the last one. */
    static DateRange keptWeeksOf(IsoWeek last, int count) {
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        return new DateRange(first.previous().monday(), last.monday());
    }

    /** {@link #weeks} from kept weekly sums already read (they must cover {@link #keptWeeksOf}). */
    List<WeekIndicators> weeks(IsoWeek last, int count, Catalog catalog, Thresholds thresholds, List<WeekSum> sums) {
        return weeks(last, count, catalog, thresholds, new WeekAverages(sums, null, null));
    }

    private static List<WeekIndicators> weeks(IsoWeek last, int count, Catalog catalog, Thresholds thresholds,
                                              WeekAverages averages) {
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        List<WeekIndicators> out = new ArrayList<>();
        for (IsoWeek w = first; !w.monday().isAfter(last.monday()); w = IsoWeek.of(w.monday().plusWeeks(1))) {
            out.add(WeekIndicators.compute(catalog, w, averages.of(w), averages.of(w.previous()), thresholds));
        }
        return out;
    }

    /**
     * Each ISO week's averages by commodity: a past week's from the kept weekly sums, the week holding
     * {@code upTo} (when given) from its daily prices up to that day, each worked out once (a week is the current
     * one of its own figures and the previous one of the next week's).
     */
    private static final class WeekAverages {
        private final Map<LocalDate, List<WeekSum>> byWeek = new HashMap<>();
        private final Map<LocalDate, Map<Integer, PeriodAverage>> done = new HashMap<>();
        private final LocalDate upTo;
        private final List<PricePoint> weekSoFar;

        WeekAverages(List<WeekSum> sums, LocalDate upTo, List<PricePoint> weekSoFar) {
            for (WeekSum s : sums) {
                byWeek.computeIfAbsent(s.monday(), k -> new ArrayList<>()).add(s);
            }
            this.upTo = upTo;
            this.weekSoFar = weekSoFar;
        }

        Map<Integer, PeriodAverage> of(IsoWeek week) {
            return done.computeIfAbsent(week.monday(), monday -> upTo != null && !upTo.isBefore(monday)
                    && !upTo.isAfter(week.sunday())
                    ? PeriodAverage.of(weekSoFar, new DateRange(monday, upTo))
                    : PeriodAverage.ofWeek(byWeek.getOrDefault(monday, List.of()), monday));
        }
    }

    /** Every market's kept weekly sums of the weeks whose Monday lies in {@code mondays}. */
    List<WeekSum> weekSums(DateRange mondays) {
        return store.read(tx -> tx.prices().weekSums(mondays.from(), mondays.to()));
    }

    /**
     * Each active market's reporting over the working days of a week up to {@code until} (a week still running
     * expects only the days that have passed), against its usual basket (see {@link ReportingCompleteness}): the
     * usual commodities from the kept weekly sums of the four whole weeks before (the weekly report has read them
     * with its trend weeks: {@code sums} must cover them), and only the week's own days read.
     */
    List<ReportingCompleteness> completeness(IsoWeek week, LocalDate until, Set<DayOfWeek> workingDays,
                                             List<WeekSum> sums) {
        Catalog catalog = referenceData.catalog();
        LocalDate to = until.isBefore(week.sunday()) ? until : week.sunday();
        if (to.isBefore(week.monday())) {
            return ReportingCompleteness.of(catalog, List.of(), week.monday(), week.monday(), Set.of());
        }
        // The basket's days are the four ISO weeks before the Monday: whole weeks, all in the kept sums.
        var basket = Alerts.reported(catalog, List.of(), new DateRange(
                week.monday().minusDays(ReportingCompleteness.BASKET_DAYS), week.monday().minusDays(1)), sums);
        return ReportingCompleteness.of(catalog, basket, pricesIn(List.of(new DateRange(week.monday(), to))),
                week.monday(), to, workingDays);
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
     * The {@code count} ISO weeks up to the one holding {@code date}, each against the week before; the last week
     * only up to {@code date} (week to date, from its daily prices), so a past day's dashboard sees no later prices.
     * The whole weeks before come from the kept weekly sums.
     */
    public List<WeekIndicators> weeksUpTo(LocalDate date, int count) {
        Catalog catalog = referenceData.catalog();
        return weeksUpTo(date, count, catalog, thresholds(catalog), weekSums(keptWeeksUpTo(date, count)),
                pricesIn(List.of(new DateRange(IsoWeek.of(date).monday(), date))));
    }

    /** The Mondays of the kept weeks {@link #weeksUpTo} reads: the week before the first to the one before date's. */
    static DateRange keptWeeksUpTo(LocalDate date, int count) {
        IsoWeek last = IsoWeek.of(date);
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        return new DateRange(first.previous().monday(), last.previous().monday());
    }

    /**
     * {@link #weeksUpTo} from kept weekly sums already read (covering {@link #keptWeeksUpTo}) and daily prices that
     * hold the week of {@code date} up to {@code date} and none after it.
     */
    List<WeekIndicators> weeksUpTo(LocalDate date, int count, Catalog catalog, Thresholds thresholds,
                                   List<WeekSum> sums, List<PricePoint> points) {
        return weeks(IsoWeek.of(date), count, catalog, thresholds, new WeekAverages(sums, date, points));
    }
}
