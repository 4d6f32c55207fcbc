package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.WeekSum;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.Alerts;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.Horizon;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.indicators.Movers;
import id.sinergi.infoharga.domain.indicators.MarketsReported;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.StockSeries;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.indicators.WeightedChange.GroupContribution;
import id.sinergi.infoharga.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard and the WULANDARI stock screen: one read of each kind per refresh, every figure from the
 * indicator and alert services (DESIGN §4–5); this class only gathers and ranks them.
 */
public final class DashboardService {
    /** Weeks in the weighted-change sparkline. */
    public static final int SPARKLINE_WEEKS = 12;
    public static final int TOP_CONTRIBUTORS = 3;
    public static final int MOVERS = 5;
    /** Days in an outlet's stock chart. */
    public static final int STOCK_DAYS = 30;

    static {
        // The kept weeks read for the sparkline serve the missing reports only if they reach back far enough.
        if (SPARKLINE_WEEKS * 7 < Alerts.BASKET_DAYS + 7) {
            throw new IllegalStateException("sparkline weeks must cover the missing-report basket");
        }
    }

    private final Store store;
    private final ReferenceDataService referenceData;
    private final IndicatorService indicators;
    private final AlertService alerts;

    public DashboardService(Store store, ReferenceDataService referenceData, IndicatorService indicators,
                            AlertService alerts) {
        this.store = store;
        this.referenceData = referenceData;
        this.indicators = indicators;
        this.alerts = alerts;
    }

    public Dashboard dashboard(LocalDate date) {
        Catalog catalog = referenceData.catalog();
        Thresholds thresholds = indicators.thresholds(catalog);
        // Daily prices only where a figure needs days: the day's figures and their base days, the week so far
        // (inside those), and the missing reports' days outside whole weeks. The twelve weeks before and the
        // missing reports' whole weeks come from the kept weekly sums.
        List<DateRange> ranges = new ArrayList<>(DayIndicators.rangesNeeded(date));
        ranges.add(new DateRange(IsoWeek.of(date).monday(), date));
        ranges.addAll(Alerts.basketDaysOutsideWholeWeeks(date));
        List<PricePoint> points = indicators.pricesIn(DateRange.merged(ranges));
        List<WeekSum> sums = indicators.weekSums(IndicatorService.keptWeeksUpTo(date, SPARKLINE_WEEKS));
        DayIndicators day = DayIndicators.compute(catalog, date, points, thresholds);
        List<WeekIndicators> weeks = indicators.weeksUpTo(date, SPARKLINE_WEEKS, catalog, thresholds, sums, points);
        List<GroupContribution> top = weeks.get(weeks.size() - 1).weighted().groups().stream()
                .sorted(Comparator.comparingDouble((GroupContribution g) -> Math.abs(g.contribution())).reversed())
                .limit(TOP_CONTRIBUTORS).toList();
        Map<Integer, AlertLevel> levels = Alerts.priceLevels(day);
        Map<AlertLevel, Integer> counts = new EnumMap<>(AlertLevel.class);
        for (AlertLevel l : AlertLevel.values()) {
            counts.put(l, 0);
        }
        for (CommodityDay c : day.commodities()) {
            counts.merge(levels.get(c.commodityId()), 1, Integer::sum);
        }
        List<StockCover> stock = alerts.stock(date, catalog, thresholds, day);
        List<Alert> all = alerts.alerts(date, catalog, thresholds, day, stock, new AlertService.Reported(points, sums));
        Map<Integer, AlpsResult> alps = new HashMap<>();
        for (AlpsResult a : indicators.alps(date)) {
            alps.put(a.commodityId(), a);
        }
        return new Dashboard(date, day, weeks, top, levels, counts, MarketsReported.of(catalog, day),
                Movers.of(day, Horizon.DAY, MOVERS), all, stock, lowest(stock), alps);
    }

    /**
     * The cover that runs out first across all outlets: the fewest days (an empty stock has none; one that nothing
     * went out of has no end), then the more severe level. Ranking by level first showed 11,9 days of a commodity
     * whose price raised its level over 4 days of another.
     */
    static StockCover lowest(List<StockCover> stock) {
        return stock.stream().min(Comparator.comparingDouble(DashboardService::daysLeft)
                .thenComparing(Comparator.comparing(StockCover::level).reversed())).orElse(null);
    }

    private static double daysLeft(StockCover s) {
        return s.empty() ? 0.0 : s.daysOfCover() == null ? Double.MAX_VALUE : s.daysOfCover();
    }

    /** One outlet's commodities at the end of a day: cover and level, prices, and the last 30 days of stock. */
    public OutletStock outletStock(int outletId, LocalDate date) {
        Catalog catalog = referenceData.catalog();
        Outlet outlet = catalog.outlet(outletId);
        if (outlet == null) {
            throw new IllegalArgumentException("no outlet " + outletId);
        }
        Thresholds thresholds = indicators.thresholds(catalog);
        DayIndicators day = pricesOnOrShortlyBefore(date, catalog, thresholds);
        List<StockMovement> moves = store.read(tx -> tx.stock().upTo(outletId, date));
        Map<Integer, List<StockMovement>> byCommodity = new HashMap<>();
        for (StockMovement m : moves) {
            byCommodity.computeIfAbsent(m.commodityId(), k -> new ArrayList<>()).add(m);
        }
        Map<Integer, AlertLevel> priceLevels = Alerts.priceLevels(day);
        List<OutletStock.Line> lines = new ArrayList<>();
        for (var c : catalog.commodities()) {
            List<StockMovement> list = byCommodity.get(c.id());
            if (list == null) {
                continue;
            }
            StockCover cover = StockCover.of(outletId, c.id(), date, list, thresholds.of(c.id()),
                    priceLevels.getOrDefault(c.id(), AlertLevel.NORMAL));
            Double regency = day.commodity(c.id()).map(cd -> cd.regency().price()).orElse(null);
            lines.add(new OutletStock.Line(c, cover, StockSeries.sellingPrice(list, date).orElse(null), regency,
                    StockSeries.daily(list, date.minusDays(STOCK_DAYS - 1L), date)));
        }
        return new OutletStock(outlet, date, lines);
    }

    /**
     * The day's figures, or, before any market has reported that day (a stock count made in the morning), those of
     * the last day with prices within the week before: the base-day rule of DESIGN §4, so the outlet's price is set
     * against a market price and not against nothing.
     */
    private DayIndicators pricesOnOrShortlyBefore(LocalDate date, Catalog catalog, Thresholds thresholds) {
        DayIndicators day = indicators.day(date, catalog, thresholds);
        if (!day.commodities().isEmpty()) {
            return day;
        }
        return lastDayWithPrices(date).filter(last -> !last.isBefore(date.minusDays(7)))
                .map(last -> indicators.day(last, catalog, thresholds)).orElse(day);
    }

    /** The last day on or before {@code day} on which any market reported a price. */
    public java.util.Optional<LocalDate> lastDayWithPrices(LocalDate day) {
        return indicators.lastDayWithPrices(day);
    }
}
