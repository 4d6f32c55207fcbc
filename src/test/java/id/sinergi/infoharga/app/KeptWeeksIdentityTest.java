package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.DailyBrief;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.ReportingCompleteness;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.Horizon;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.indicators.MarketsReported;
import id.sinergi.infoharga.domain.indicators.Movers;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.indicators.WeightedChange.GroupContribution;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.domain.report.WeeklyReportAssembler;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.StockDao;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.KeptAggregates;
import id.sinergi.infoharga.testing.SyntheticPrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the weekly report take their past weeks from the kept weekly sums of each market
 * (price_week_market) and read daily prices only where a figure needs days. Here they are held, whole records, to
 * the straightforward computation they replaced — every week's averages from the daily prices
 * ({@link WeekIndicators#compute(Catalog, IsoWeek, java.util.Collection, Thresholds)}), the missing reports and the
 * completeness from their 28 days of daily prices — on generated prices with missing days, markets that skip whole
 * weeks, and a market that starts late: for past days, Mondays, Sundays, the running week and a week before any
 * price. The stock covers (dashboard, alerts, stock, brief) are held to the replay of every movement up to the day
 * with the whole day's price levels, on two outlets' movements with counts now and then, a commodity never counted,
 * one stocked but never priced, and reversals (of counts too) dated before or after what they reverse.
 */
class KeptWeeksIdentityTest {
    private static final LocalDate FROM = LocalDate.of(2024, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path folder;

    @Test
    void dashboardAndWeeklyReportEqualTheirStraightforwardComputation() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            ReferenceDataService reference = new ReferenceDataService(store);
            Catalog catalog = reference.catalog();
            assertThat(insertWithSkippedWeeks(store, catalog)).isGreaterThan(5_000);
            assertThat(KeptAggregates.checkWeeks(store)).as("market weeks kept").isGreaterThan(1_000);
            assertThat(insertStock(store, catalog, new Random(16))).isGreaterThan(1_000);
            // After the last price, 13:00: every working day's missing reports are due.
            Clock clock = Clock.fixed(TO.plusDays(3).atTime(13, 0).toInstant(ZoneOffset.ofHours(7)),
                    ZoneOffset.ofHours(7));
            IndicatorService indicators = new IndicatorService(store, reference, ID);
            AlertService alerts = new AlertService(store, reference, indicators, clock, ID);
            DashboardService dashboards = new DashboardService(store, reference, indicators, alerts);
            ReportService reports = new ReportService(store, reference, indicators, alerts, clock, ID);
            Random random = new Random(63);
            List<LocalDate> days = new ArrayList<>(List.of(TO, TO.minusDays(1), IsoWeek.of(TO).monday(),
                    IsoWeek.of(TO).previous().sunday(), FROM, FROM.plusDays(20),
                    // The first of March at the start of the basket, in the days before its first whole week.
                    LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 30)));
            for (int i = 0; i < 10; i++) {
                days.add(FROM.plusDays(random.nextInt((int) (TO.toEpochDay() - FROM.toEpochDay()))));
            }
            int raised = 0;
            for (LocalDate day : days) {
                Dashboard kept = dashboards.dashboard(day);
                assertThat(kept.weeks()).as("weeks up to %s", day).isEqualTo(straightWeeksUpTo(indicators, catalog, day));
                assertThat(kept).as("dashboard of %s", day).isEqualTo(straightDashboard(store, indicators, alerts,
                        reference, day));
                assertThat(indicators.weeksUpTo(day, 5)).isEqualTo(straightWeeksUpTo(indicators, catalog, day, 5));
                Thresholds thresholds = indicators.thresholds(catalog);
                DayIndicators whole = indicators.day(day, catalog, thresholds);
                List<StockCover> stock = straightStock(store, catalog, thresholds, whole, day);
                assertThat(alerts.stock(day)).as("stock of %s", day).isEqualTo(stock);
                raised += (int) stock.stream().filter(StockCover::raised).count();
                List<Alert> all = alerts.alerts(day, catalog, thresholds, whole, stock, null);
                assertThat(alerts.alerts(day)).as("alerts of %s", day).isEqualTo(all);
                assertThat(alerts.brief(day)).as("brief of %s", day).isEqualTo(DailyBrief.write(whole, all,
                        indicators.alps(day).stream().filter(a -> a.level() != null)
                                .map(a -> new DailyBrief.Anomaly(catalog.commodity(a.commodityId()).displayName(),
                                        a.level(), a.value())).toList(),
                        ID.get("indicators.region.default"), ID::get));
            }
            assertThat(raised).as("covers raised by their commodity's price level").isPositive();
            List<EnumSet<DayOfWeek>> workingDays = List.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY));
            int count = WeeklyReportAssembler.TREND_WEEKS;
            for (int i = 0; i < 12; i++) {
                IsoWeek week = IsoWeek.of(i == 0 ? TO : FROM.minusDays(20).plusDays(random.nextInt(320)));
                LocalDate until = random.nextBoolean() ? week.monday().plusDays(random.nextInt(9)) : TO.plusDays(1);
                List<WeekIndicators> history = straightWeeks(indicators, catalog, week, count);
                assertThat(indicators.weeks(week, count)).as("weeks to %s", week).isEqualTo(history);
                var sums = indicators.weekSums(IndicatorService.keptWeeksOf(week, count));
                for (EnumSet<DayOfWeek> d : workingDays) {
                    assertThat(indicators.completeness(week, until, d, sums)).as("%s until %s", week, until)
                            .isEqualTo(straightCompleteness(indicators, catalog, week, until, d));
                }
                if (!history.get(count - 1).commodities().isEmpty()) {
                    WeeklyReport report = reports.weekly(week, "uji");
                    assertThat(report).as("report of %s", week).isEqualTo(straightReport(indicators, alerts,
                            catalog, report, history, clock));
                }
            }
        }
    }

    /**
     * SyntheticPrices on 6 markets and 8 commodities, less each market's prices in the ISO weeks it skips (market i
     * skips weeks whose number leaves remainder i by 7; the fifth market reports only from December; the sixth
     * reports its eighth commodity on the first of the month only).
     */
    private static long insertWithSkippedWeeks(Store store, Catalog catalog) {
        List<Market> markets = catalog.markets().subList(0, 6);
        List<Commodity> commodities = catalog.commodities().subList(0, 8);
        List<PricePoint> kept = new ArrayList<>();
        SyntheticPrices.generate(markets, commodities, FROM, TO, 0.3, 5, day -> {
            for (PricePoint p : day) {
                int index = markets.indexOf(markets.stream().filter(m -> m.id() == p.marketId()).findFirst()
                        .orElseThrow());
                boolean skipped = p.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 7 == index;
                boolean late = index == 4 && p.date().isBefore(LocalDate.of(2024, 12, 1));
                // One commodity the sixth market reports once a month: its usual basket hangs on that one day.
                boolean rare = index == 5 && p.commodityId() == commodities.get(7).id() && p.date().getDayOfMonth() != 1;
                if (!skipped && !late && !rare) {
                    kept.add(p);
                }
            }
        });
        for (int from = 0; from < kept.size(); from += 10_000) {
            List<PricePoint> batch = kept.subList(from, Math.min(kept.size(), from + 10_000));
            store.inTransaction(tx -> {
                tx.prices().insertBatch(batch, "synthetic", "test");
                return null;
            });
        }
        store.inTransaction(tx -> {
            tx.prices().clearMonths(FROM.withDayOfMonth(1), TO.withDayOfMonth(1));
            tx.prices().rebuildMonths(FROM, TO);
            return null;
        });
        return kept.size();
    }

    /** Each week from its daily prices, as IndicatorService.weeks did before the kept weeks. */
    private static List<WeekIndicators> straightWeeks(IndicatorService indicators, Catalog catalog, IsoWeek last,
                                                      int count) {
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        List<PricePoint> points = indicators.pricesIn(List.of(new DateRange(first.previous().monday(),
                last.sunday())));
        List<WeekIndicators> out = new ArrayList<>();
        for (IsoWeek w = first; !w.monday().isAfter(last.monday()); w = IsoWeek.of(w.monday().plusWeeks(1))) {
            out.add(WeekIndicators.compute(catalog, w, points, indicators.thresholds(catalog)));
        }
        return out;
    }

    private static List<WeekIndicators> straightWeeksUpTo(IndicatorService indicators, Catalog catalog,
                                                          LocalDate date) {
        return straightWeeksUpTo(indicators, catalog, date, DashboardService.SPARKLINE_WEEKS);
    }

    /** The weeks up to a day from the daily prices up to that day (the last week so far). */
    private static List<WeekIndicators> straightWeeksUpTo(IndicatorService indicators, Catalog catalog,
                                                          LocalDate date, int count) {
        IsoWeek last = IsoWeek.of(date);
        IsoWeek first = IsoWeek.of(last.monday().minusWeeks(count - 1L));
        List<PricePoint> points = indicators.pricesIn(List.of(new DateRange(first.previous().monday(), date)));
        List<WeekIndicators> out = new ArrayList<>();
        for (IsoWeek w = first; !w.monday().isAfter(last.monday()); w = IsoWeek.of(w.monday().plusWeeks(1))) {
            out.add(WeekIndicators.compute(catalog, w, points, indicators.thresholds(catalog)));
        }
        return out;
    }

    /** DashboardService.dashboard as it was: the weeks from daily prices, the missing reports from 28 days. */
    private static Dashboard straightDashboard(Store store, IndicatorService indicators, AlertService alerts,
                                               ReferenceDataService reference, LocalDate date) {
        Catalog catalog = reference.catalog();
        Thresholds thresholds = indicators.thresholds(catalog);
        DayIndicators day = DayIndicators.compute(catalog, date,
                indicators.pricesIn(DayIndicators.rangesNeeded(date)), thresholds);
        List<WeekIndicators> weeks = straightWeeksUpTo(indicators, catalog, date);
        List<GroupContribution> top = weeks.get(weeks.size() - 1).weighted().groups().stream()
                .sorted(Comparator.comparingDouble((GroupContribution g) -> Math.abs(g.contribution())).reversed())
                .limit(DashboardService.TOP_CONTRIBUTORS).toList();
        Map<Integer, AlertLevel> levels = id.sinergi.infoharga.domain.indicators.Alerts.priceLevels(day);
        Map<AlertLevel, Integer> counts = new EnumMap<>(AlertLevel.class);
        for (AlertLevel l : AlertLevel.values()) {
            counts.put(l, 0);
        }
        for (CommodityDay c : day.commodities()) {
            counts.merge(levels.get(c.commodityId()), 1, Integer::sum);
        }
        List<StockCover> stock = straightStock(store, catalog, thresholds, day, date);
        List<Alert> all = alerts.alerts(date, catalog, thresholds, day, stock, null);
        Map<Integer, AlpsResult> alps = new HashMap<>();
        for (AlpsResult a : indicators.alps(date)) {
            alps.put(a.commodityId(), a);
        }
        return new Dashboard(date, day, weeks, top, levels, counts, MarketsReported.of(catalog, day),
                Movers.of(day, Horizon.DAY, DashboardService.MOVERS), all, stock, DashboardService.lowest(stock),
                alps);
    }

    /** Every outlet's stock replayed from every movement up to the day, with the whole day's price levels. */
    private static List<StockCover> straightStock(Store store, Catalog catalog, Thresholds thresholds,
                                                  DayIndicators day, LocalDate date) {
        return id.sinergi.infoharga.domain.indicators.Alerts.stockCovers(catalog, date,
                store.read(tx -> tx.stock().allUpTo(date)), thresholds,
                id.sinergi.infoharga.domain.indicators.Alerts.priceLevels(day));
    }

    /**
     * Both outlets' movements of four commodities over the prices' days and a month before: three priced (the first
     * never counted), the fourth never priced; a few movements a day in any recording order, a count
     * now and then, and reversals (some of counts) dated up to ten days before or thirty after what they reverse.
     */
    private static int insertStock(Store store, Catalog catalog, Random random) {
        // The eighth is dear beyond its reference (Awas) on many days, which raises its cover levels.
        List<Integer> commodities = List.of(catalog.commodities().get(0).id(), catalog.commodities().get(1).id(),
                catalog.commodities().get(7).id(), catalog.commodities().get(12).id());
        List<StockDao.Write> writes = new ArrayList<>();
        List<StockDao.Write> reversible = new ArrayList<>();
        long seq = 0;
        for (Outlet o : catalog.outlets()) {
            for (int i = 0; i < commodities.size(); i++) {
                int c = commodities.get(i);
                for (LocalDate d = FROM.minusDays(30 + random.nextInt(20)); !d.isAfter(TO); d = d.plusDays(1)) {
                    for (int k = random.nextInt(3); k > 0; k--) {
                        RandomMovement m = RandomMovement.draw(random, i != 0);
                        MovementKind kind = m.kind();
                        StockDao.Write w = stockWrite(new UUID(random.nextLong(), random.nextLong()), o.id(), c, d,
                                kind, m.quantity(), m.price(), seq++, null);
                        writes.add(w);
                        if (random.nextInt(15) == 0 || kind == MovementKind.COUNT && random.nextInt(4) == 0) {
                            reversible.add(w);
                        }
                    }
                }
            }
        }
        for (StockDao.Write target : reversible) {
            writes.add(stockWrite(new UUID(random.nextLong(), random.nextLong()), target.outletId(),
                    target.commodityId(), target.date().plusDays(random.nextInt(41) - 10), MovementKind.ADJUSTMENT,
                    BigDecimal.ZERO, null, seq++, target.id()));
        }
        store.inTransaction(tx -> {
            writes.forEach(tx.stock()::insertWrite);
            return null;
        });
        return writes.size();
    }

    private static StockDao.Write stockWrite(UUID id, int outlet, int commodity, LocalDate date, MovementKind kind,
                                             BigDecimal quantity, Long price, long seq, UUID reverses) {
        // Few distinct recording times, so that the id decides the order of some movements of a day.
        OffsetDateTime at = date.atTime(8 + (int) (seq % 3), 0).atOffset(ZoneOffset.ofHours(7));
        return new StockDao.Write(id, outlet, commodity, date, kind.name(), quantity, price, null, "t", "t", at, 1,
                seq + 1, seq + 1, reverses);
    }

    /** The completeness from its 28 basket days and the week's days, all read as daily prices. */
    private static List<ReportingCompleteness> straightCompleteness(IndicatorService indicators, Catalog catalog,
                                                                    IsoWeek week, LocalDate until,
                                                                    Set<DayOfWeek> workingDays) {
        LocalDate to = until.isBefore(week.sunday()) ? until : week.sunday();
        if (to.isBefore(week.monday())) {
            return ReportingCompleteness.of(catalog, List.of(), week.monday(), week.monday(), Set.of());
        }
        return ReportingCompleteness.of(catalog, indicators.pricesIn(List.of(new DateRange(
                week.monday().minusDays(ReportingCompleteness.BASKET_DAYS), to))), week.monday(), to, workingDays);
    }

    /**
     * The report from the straightforward weeks and completeness; the parts that do not depend on how the weeks
     * are read (cover, stock, letterhead, ALPS) are taken from the report itself.
     */
    private static WeeklyReport straightReport(IndicatorService indicators, AlertService alerts, Catalog catalog,
                                               WeeklyReport report, List<WeekIndicators> history, Clock clock) {
        IsoWeek week = report.cover().week();
        WeekIndicators current = history.get(history.size() - 1);
        List<WeeklyReport.Completeness> completeness = straightCompleteness(indicators, catalog, week,
                LocalDate.now(clock), alerts.reportingRules().workingDays()).stream()
                .map(c -> new WeeklyReport.Completeness(c.marketName(), c.reported(), c.expected())).toList();
        List<AlertLevel> levels = new ArrayList<>();
        current.commodities().forEach(f -> levels.add(WeeklyReportAssembler.level(f)));
        report.stock().forEach(s -> levels.add(s.level()));
        return WeeklyReportAssembler.assemble(report.cover(), catalog, current, history, completeness,
                report.stock(), WeeklyReportAssembler.count(levels), report.letterhead(), report.alps());
    }
}
