package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.WeekSum;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.MarketAverage;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReportAssembler;
import id.sinergi.infoharga.report.CsvReportWriter;
import id.sinergi.infoharga.report.ReportFormat;
import id.sinergi.infoharga.store.Store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly report: its content from the indicator service (nothing is computed here that the indicators already
 * compute), laid out by the writer of the file's format. A file appears whole or not at all.
 */
public final class ReportService {
    /** The share of a report's progress bar taken by computing it; laying it out takes the rest. */
    private static final double COMPUTED = 0.6;

    static {
        // The completeness takes its usual commodities from the trend weeks' kept sums: they must reach back over
        // the four weeks of its basket.
        if ((WeeklyReportAssembler.TREND_WEEKS - 1) * 7 < id.sinergi.infoharga.domain.indicators.ReportingCompleteness
                .BASKET_DAYS) {
            throw new IllegalStateException("trend weeks must cover the completeness basket");
        }
    }
    private final Store store;
    private final ReferenceDataService referenceData;
    private final IndicatorService indicators;
    private final AlertService alerts;
    private final Clock clock;
    private final Messages messages;
    private final OutputTarget outputs;
    private final ReportSettingsService letterSettings;

    public ReportService(Store store, ReferenceDataService referenceData, IndicatorService indicators,
                         AlertService alerts, Clock clock, Messages messages) {
        this.store = store;
        this.referenceData = referenceData;
        this.indicators = indicators;
        this.alerts = alerts;
        this.clock = clock;
        this.messages = messages;
        this.outputs = new OutputTarget(store.folder(), messages);
        this.letterSettings = new ReportSettingsService(store, clock, messages);
    }

    /** The letterhead and signature block printed on the weekly report. */
    public ReportSettingsService letterSettings() {
        return letterSettings;
    }

    /** The report's content for an ISO week; a week with no price at all is bad input. */
    public WeeklyReport weekly(IsoWeek week, String madeBy) {
        return weekly(week, madeBy, WorkProgress.NONE);
    }

    /** As {@link #weekly(IsoWeek, String)}, telling {@code progress} and stopping when cancelled. */
    public WeeklyReport weekly(IsoWeek week, String madeBy, WorkProgress progress) {
        String computing = messages.get("report.progress.computing", week.toString());
        progress.update(0, computing);
        Catalog catalog = referenceData.catalog();
        // One read of the kept weekly sums for the trend weeks and the completeness's usual commodities: the weeks
        // reach back further than its four-week basket.
        List<WeekSum> sums = indicators.weekSums(IndicatorService.keptWeeksOf(week,
                WeeklyReportAssembler.TREND_WEEKS));
        List<WeekIndicators> history = indicators.weeks(week, WeeklyReportAssembler.TREND_WEEKS, catalog,
                indicators.thresholds(catalog), sums);
        progress.stopIfCancelled();
        progress.update(COMPUTED * 0.6, computing);
        WeekIndicators current = history.get(history.size() - 1);
        if (current.commodities().isEmpty()) {
            throw new UserInputException(messages.get("report.error.noPrices", week.toString()));
        }
        LocalDate today = LocalDate.now(clock);
        List<Completeness> completeness = indicators.completeness(week, today,
                        alerts.reportingRules().workingDays(), sums)
                .stream()
                .map(c -> new Completeness(c.marketName(), c.reported(), c.expected())).toList();
        progress.stopIfCancelled();
        progress.update(COMPUTED * 0.7, computing);
        LocalDate end = today.isBefore(week.sunday()) ? today : week.sunday();
        List<StockRow> stock = stockRows(catalog, current, end);
        progress.stopIfCancelled();
        progress.update(COMPUTED, computing);
        List<AlertLevel> levels = new ArrayList<>();
        current.commodities().forEach(f -> levels.add(WeeklyReportAssembler.level(f)));
        stock.forEach(s -> levels.add(s.level()));
        var cover = new WeeklyReport.Cover(regency(), week, madeBy, LocalDateTime.now(clock));
        return WeeklyReportAssembler.assemble(cover, catalog, current, history, completeness, stock,
                WeeklyReportAssembler.count(levels), letterSettings.letterhead(), alps(catalog, week));
    }

    /**
     * Writes the weekly report to {@code file} in the format its extension names (.xlsx, .pdf, .csv) through the
     * {@link OutputTarget}: never into the data folder, an existing file only when {@code replace}, whole or not at
     * all.
     */
    public Path writeWeekly(IsoWeek week, String madeBy, Path file) {
        return writeWeekly(week, madeBy, file, false, WorkProgress.NONE);
    }

    public Path writeWeekly(IsoWeek week, String madeBy, Path file, boolean replace) {
        return writeWeekly(week, madeBy, file, replace, WorkProgress.NONE);
    }

    /**
     * As {@link #writeWeekly(IsoWeek, String, Path, boolean)}, telling {@code progress} how far it has come. A cancel
     * stops it between two parts with {@link WorkCancelledException}, and neither the report nor its temporary file
     * is left behind (an older file of that name stays as it was).
     */
    public Path writeWeekly(IsoWeek week, String madeBy, Path file, boolean replace, WorkProgress progress) {
        return writeWeekly(week, madeBy, file, replace, CsvReportWriter.Style.PLAIN, progress);
    }

    /** As the other, a CSV file in {@code csvStyle} (plain, or the Indonesian spreadsheet form). */
    public Path writeWeekly(IsoWeek week, String madeBy, Path file, boolean replace, CsvReportWriter.Style csvStyle,
                            WorkProgress progress) {
        ReportFormat format = ReportFormat.of(file).orElseThrow(() ->
                new UserInputException(messages.get("report.error.format", file.getFileName())));
        // Refused paths are told before the report is computed.
        outputs.check(file, replace);
        WeeklyReport report = weekly(week, madeBy, progress);
        return outputs.write(file, replace, out -> {
            format.writer(messages::get, csvStyle).write(report, out, (done, total) -> {
                progress.stopIfCancelled();
                progress.update(COMPUTED + (1 - COMPUTED) * done / total,
                        messages.get("report.progress.writing", done + 1, total));
            });
            progress.stopIfCancelled();
        });
    }

    /**
     * The WULANDARI stock at the end of the week (the outlets' levels come from the alert service), with the
     * outlet's latest selling price against this week's average at the outlet's own market (the regency average
     * where that market did not report).
     */
    private List<StockRow> stockRows(Catalog catalog, WeekIndicators week, LocalDate end) {
        RecentStock recent = store.read(tx -> RecentStock.read(tx.stock(), catalog, end, true));
        List<StockCover> covers = alerts.stock(end, catalog, recent.movements());
        List<StockRow> rows = new ArrayList<>();
        for (StockCover c : covers) {
            Outlet outlet = catalog.outlet(c.outletId());
            Commodity commodity = catalog.commodity(c.commodityId());
            Double marketPrice = week.commodities().stream().filter(f -> f.commodityId() == c.commodityId())
                    .findFirst().map(f -> f.marketAverages().stream()
                            .filter(m -> outlet.marketId() != null && m.marketId() == outlet.marketId())
                            .map(MarketAverage::average).findFirst().orElse(f.average()))
                    .orElse(null);
            rows.add(new StockRow(outlet.name(), commodity.displayName(), commodity.unit(), c.onHand(),
                    c.daysOfCover(), c.level(), recent.lastSalePrice(c.outletId(), c.commodityId()).orElse(null),
                    marketPrice));
        }
        return rows;
    }

    /** ALPS of the month the week belongs to (that of its Thursday), by commodity code. */
    private List<WeeklyReport.AlpsCell> alps(Catalog catalog, IsoWeek week) {
        List<WeeklyReport.AlpsCell> out = new ArrayList<>();
        for (AlpsResult a : indicators.alps(week.monday().plusDays(3))) {
            out.add(new WeeklyReport.AlpsCell(catalog.commodity(a.commodityId()).code(), a.level(), a.value(),
                    a.reason()));
        }
        return out;
    }

    /** The last day on or before {@code day} on which any market reported a price. */
    public java.util.Optional<LocalDate> lastDayWithPrices(LocalDate day) {
        return indicators.lastDayWithPrices(day);
    }

    /** The daily brief of the indicator service, as text ready to paste. */
    public String brief(LocalDate date) {
        return alerts.brief(date);
    }

    /** Saves the daily brief as UTF-8 text, whole or not at all; an existing file only when {@code replace}. */
    public Path writeBrief(LocalDate date, Path file) {
        return writeBrief(date, file, false);
    }

    public Path writeBrief(LocalDate date, Path file, boolean replace) {
        outputs.check(file, replace);
        String text = brief(date);
        return outputs.write(file, replace, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The regency's name: the stored setting, else the product's own region from the messages. */
    public String regency() {
        return store.read(tx -> tx.settings().get(AlertService.REGION_SETTING)).filter(s -> !s.isBlank())
                .orElseGet(() -> messages.get("indicators.region.default"));
    }

}
