package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.journal.ChangeJournal;
import id.sinergi.infoharga.app.journal.Codecs;
import id.sinergi.infoharga.app.journal.ThresholdCodec;
import id.sinergi.infoharga.domain.AuditEntry;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.WeekSum;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import id.sinergi.infoharga.domain.indicators.Alerts;
import id.sinergi.infoharga.domain.indicators.DailyBrief;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.ReportingRules;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alerts of DESIGN §5 (reference price, price rise, WULANDARI stock, missing reports), the stock status of
 * the outlets and the daily brief, over the figures of {@link IndicatorService}.
 */
public final class AlertService {
    public static final String CUTOFF_SETTING = "report.cutoff";
    public static final String WORKING_DAYS_SETTING = "report.working_days";
    public static final String REGION_SETTING = "region.name";
    public static final String THRESHOLD_TABLE = "alert_threshold";

    private final Store store;
    private final ReferenceDataService referenceData;
    private final IndicatorService indicators;
    private final Clock clock;
    private final Messages messages;
    private final Authorizer authorizer;
    private final ChangeJournal journal;

    public AlertService(Store store, ReferenceDataService referenceData, IndicatorService indicators, Clock clock,
                        Messages messages) {
        this.store = store;
        this.referenceData = referenceData;
        this.indicators = indicators;
        this.clock = clock;
        this.messages = messages;
        this.authorizer = new Authorizer(messages);
        this.journal = new ChangeJournal(store, clock);
    }

    /** Every alert of a day above Normal, most severe first. Missing reports count once the cut-off has passed. */
    public List<Alert> alerts(LocalDate date) {
        Catalog catalog = referenceData.catalog();
        return dayAndAlerts(date, catalog, indicators.thresholds(catalog)).alerts();
    }

    /** A day's figures and its alerts. */
    private record DayAlerts(DayIndicators day, List<Alert> alerts) {
    }

    /**
     * The day's figures and the missing reports from one read of daily prices, with the basket's whole ISO weeks
     * from the kept weekly sums, as the dashboard reads them: not the 28 days of every market's prices.
     */
    private DayAlerts dayAndAlerts(LocalDate date, Catalog catalog, Thresholds thresholds) {
        boolean due = reportingRules().due(date, LocalDateTime.now(clock));
        List<DateRange> ranges = new ArrayList<>(DayIndicators.rangesNeeded(date));
        if (due) {
            ranges.addAll(Alerts.basketDaysOutsideWholeWeeks(date));
        }
        List<PricePoint> points = indicators.pricesIn(DateRange.merged(ranges));
        DayIndicators day = DayIndicators.compute(catalog, date, points, thresholds);
        // Not due: the missing reports are left out, unless the cut-off passes meanwhile; they are then read whole.
        Reported reported = due ? new Reported(points, indicators.weekSums(Alerts.basketDays(date))) : null;
        return new DayAlerts(day, alerts(date, catalog, thresholds, day, stock(date, catalog, thresholds, day),
                reported));
    }

    /**
     * The WULANDARI stock of every outlet and commodity at the end of a day, with its level: the price levels of
     * the stocked commodities alone, as {@link #stock(LocalDate, Catalog, List)} reads them.
     */
    public List<StockCover> stock(LocalDate date) {
        Catalog catalog = referenceData.catalog();
        return stock(date, catalog, movementsFor(date, catalog));
    }

    /**
     * {@link #stock(LocalDate)} from movements already read (the weekly report reads them with the prices), with the
     * day's price levels of the stocked commodities alone: a commodity's level comes from its own prices only, and
     * the few with stock are read down the commodity-led index instead of every commodity's days.
     */
    List<StockCover> stock(LocalDate date, Catalog catalog, List<StockMovement> movements) {
        Thresholds thresholds = indicators.thresholds(catalog);
        java.util.Set<Integer> stocked = new java.util.TreeSet<>();
        movements.forEach(m -> stocked.add(m.commodityId()));
        return stock(date, catalog, thresholds, indicators.day(date, catalog, thresholds, stocked), movements);
    }

    /** The daily brief of a day: plain Indonesian text for WhatsApp. */
    public String brief(LocalDate date) {
        Catalog catalog = referenceData.catalog();
        DayAlerts dayAlerts = dayAndAlerts(date, catalog, indicators.thresholds(catalog));
        DayIndicators day = dayAlerts.day();
        List<Alert> alerts = dayAlerts.alerts();
        List<DailyBrief.Anomaly> alps = indicators.alps(date).stream().filter(a -> a.level() != null)
                .map(a -> new DailyBrief.Anomaly(catalog.commodity(a.commodityId()).displayName(), a.level(),
                        a.value()))
                .toList();
        return DailyBrief.write(day, alerts, alps, regionName(), messages::get);
    }

    /**
     * Stores one commodity's thresholds (an administrator's change), with an audit row, on disk before returning.
     */
    public void updateThresholds(Actor actor, AlertThresholds thresholds) {
        store.inTransaction(tx -> {
            updateThresholds(tx, actor, thresholds, null);
            return null;
        });
        store.syncToDisk();
    }

    /**
     * The same inside a transaction of the caller (the master-data screen saves a commodity and its thresholds
     * together): the administrator check, the row and its audit row (with the reason, if any). Nothing is written
     * when the thresholds are unchanged. Returns whether anything changed.
     */
    boolean updateThresholds(Store.Tx tx, Actor actor, AlertThresholds thresholds, String reason) {
        authorizer.requireAdmin(tx, actor);
        Optional<AlertThresholds> old = tx.thresholds().find(thresholds.commodityId());
        if (old.isPresent() && old.get().equals(thresholds)) {
            return false;
        }
        String commodity = tx.commodities().all().stream().filter(c -> c.id() == thresholds.commodityId())
                .findFirst().orElseThrow().code();
        return journal.write(tx, actor, Codecs.THRESHOLD, commodity, ThresholdCodec.Value.of(thresholds), reason)
                != ChangeJournal.Outcome.UNCHANGED;
    }

    /** The cut-off and working days from the settings (defaults 12:00, Monday–Saturday). */
    public ReportingRules reportingRules() {
        return store.read(tx -> ReportingRules.parse(tx.settings().get(CUTOFF_SETTING).orElse(null),
                tx.settings().get(WORKING_DAYS_SETTING).orElse(null)));
    }

    /** The stock covers of a day from figures already computed (the dashboard computes the day once). */
    List<StockCover> stock(LocalDate date, Catalog catalog, Thresholds thresholds, DayIndicators day) {
        return stock(date, catalog, thresholds, day, movementsFor(date, catalog));
    }

    /** The same from movements already read ({@link RecentStock#movements} or every one up to the day). */
    List<StockCover> stock(LocalDate date, Catalog catalog, Thresholds thresholds, DayIndicators day,
                           List<StockMovement> movements) {
        return Alerts.stockCovers(catalog, date, movements, thresholds, Alerts.priceLevels(day));
    }

    /**
     * What the dashboard has read already that tells who reported on a day and in the {@link Alerts#BASKET_DAYS}
     * before: daily prices of the day and of the basket's days outside whole ISO weeks
     * ({@link Alerts#basketDaysOutsideWholeWeeks}), and the kept weekly sums of the whole weeks.
     */
    record Reported(List<PricePoint> daily, List<WeekSum> weeks) {
    }

    /**
     * The same from covers already computed and, unless null, what was reported read already (the dashboard reads
     * it once for everything).
     */
    List<Alert> alerts(LocalDate date, Catalog catalog, Thresholds thresholds, DayIndicators day,
                       List<StockCover> covers, Reported reported) {
        List<Alert> all = new ArrayList<>(Alerts.priceAlerts(day, thresholds, messages::get));
        all.addAll(Alerts.marketPriceAlerts(day, thresholds, messages::get));
        all.addAll(Alerts.stockAlerts(catalog, covers, thresholds, messages::get));
        ReportingRules rules = reportingRules();
        LocalDateTime now = LocalDateTime.now(clock);
        if (rules.due(date, now)) {
            if (reported == null) {
                all.addAll(Alerts.missingReports(catalog, date, indicators.pricesIn(
                        List.of(new DateRange(date.minusDays(Alerts.BASKET_DAYS), date))), rules, now, messages::get));
            } else {
                all.addAll(Alerts.missingReports(catalog, date,
                        Alerts.reported(catalog, reported.daily(), new DateRange(date, date), List.of()),
                        Alerts.reported(catalog, reported.daily(), Alerts.basketDays(date), reported.weeks()),
                        rules, now, messages::get));
            }
        }
        return Alerts.sorted(all);
    }

    private List<StockMovement> movementsFor(LocalDate date, Catalog catalog) {
        return store.read(tx -> RecentStock.read(tx.stock(), catalog, date, false).movements());
    }

    private String regionName() {
        Optional<String> stored = store.read(tx -> tx.settings().get(REGION_SETTING));
        return stored.filter(s -> !s.isBlank()).orElse(messages.get("indicators.region.default"));
    }
}
