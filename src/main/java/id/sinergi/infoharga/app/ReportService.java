package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.MarketAverage;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReportAssembler;
import id.sinergi.infoharga.report.ReportFormat;
import id.sinergi.infoharga.store.Store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly report: its content from the indicator service (nothing is computed here that the indicators already
 * compute), laid out by the writer of the file's format. A file appears whole or not at all.
 */
public final class ReportService {
    /** The share of a report's progress bar taken by computing it; laying it out takes the rest. */
    private static final double COMPUTED = 0.6;
    private final Store store;
    private final ReferenceDataService referenceData;
    private final IndicatorService indicators;
    private final AlertService alerts;
    private final Clock clock;
    private final Messages messages;

    public ReportService(Store store, ReferenceDataService referenceData, IndicatorService indicators,
                         AlertService alerts, Clock clock, Messages messages) {
        this.store = store;
        this.referenceData = referenceData;
        this.indicators = indicators;
        this.alerts = alerts;
        this.clock = clock;
        this.messages = messages;
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
        List<WeekIndicators> history = indicators.weeks(week, WeeklyReportAssembler.TREND_WEEKS);
        progress.stopIfCancelled();
        progress.update(COMPUTED * 0.6, computing);
        WeekIndicators current = history.get(history.size() - 1);
        if (current.commodities().isEmpty()) {
            throw new UserInputException(messages.get("report.error.noPrices", week.toString()));
        }
        LocalDate today = LocalDate.now(clock);
        List<Completeness> completeness = indicators.completeness(week, today,
                        alerts.reportingRules().workingDays()).stream()
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
                WeeklyReportAssembler.count(levels));
    }

    /**
     * Writes the weekly report to {@code file} in the format its extension names (.xlsx, .pdf, .csv): into a
     * temporary file beside it first, then moved into place, so that a failure leaves no half-written report.
     */
    public Path writeWeekly(IsoWeek week, String madeBy, Path file) {
        return writeWeekly(week, madeBy, file, WorkProgress.NONE);
    }

    /**
     * As {@link #writeWeekly(IsoWeek, String, Path)}, telling {@code progress} how far it has come. A cancel stops
     * it between two parts with {@link WorkCancelledException}, and neither the report nor its temporary file is
     * left behind (an older file of that name stays as it was).
     */
    public Path writeWeekly(IsoWeek week, String madeBy, Path file, WorkProgress progress) {
        ReportFormat format = ReportFormat.of(file).orElseThrow(() ->
                new UserInputException(messages.get("report.error.format", file.getFileName())));
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(messages.get("report.error.folder", folder));
        }
        WeeklyReport report = weekly(week, madeBy, progress);
        Path temp = null;
        try {
            temp = partFile(folder, ".laporan-", format.extension());
            try (OutputStream out = Files.newOutputStream(temp)) {
                format.writer(messages::get).write(report, out, (done, total) -> {
                    progress.stopIfCancelled();
                    progress.update(COMPUTED + (1 - COMPUTED) * done / total,
                            messages.get("report.progress.writing", done + 1, total));
                });
            }
            progress.stopIfCancelled();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UserInputException(messages.get("report.error.write", target, e.getMessage()));
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * The WULANDARI stock at the end of the week (the outlets' levels come from the alert service), with the
     * outlet's latest selling price against this week's average at the outlet's own market (the regency average
     * where that market did not report).
     */
    private List<StockRow> stockRows(Catalog catalog, WeekIndicators week, LocalDate end) {
        List<StockCover> covers = alerts.stock(end);
        Map<String, Long> lastSalePrice = new HashMap<>();
        for (StockMovement m : store.read(tx -> tx.stock().allUpTo(end))) {
            if (m.kind() == MovementKind.SALE && m.unitPriceRp() != null) {
                // Movements come oldest first, so the last one written is the latest price.
                lastSalePrice.put(m.outletId() + "/" + m.commodityId(), m.unitPriceRp());
            }
        }
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
                    c.daysOfCover(), c.level(), lastSalePrice.get(c.outletId() + "/" + c.commodityId()),
                    marketPrice));
        }
        return rows;
    }

    /** The last day on or before {@code day} on which any market reported a price. */
    public java.util.Optional<LocalDate> lastDayWithPrices(LocalDate day) {
        return indicators.lastDayWithPrices(day);
    }

    /** The daily brief of the indicator service, as text ready to paste. */
    public String brief(LocalDate date) {
        return alerts.brief(date);
    }

    /** Saves the daily brief as UTF-8 text, whole or not at all. */
    public Path writeBrief(LocalDate date, Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(messages.get("report.error.folder", folder));
        }
        String text = brief(date);
        Path temp = null;
        try {
            temp = partFile(folder, ".ringkasan-", ".txt");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UserInputException(messages.get("report.error.write", target, e.getMessage()));
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The regency's name: the stored setting, else the product's own region from the messages. */
    public String regency() {
        return store.read(tx -> tx.settings().get(AlertService.REGION_SETTING)).filter(s -> !s.isBlank())
                .orElseGet(() -> messages.get("indicators.region.default"));
    }

    /**
     * A new hidden file beside the target, with the folder's usual rights: a temporary file would be readable by
     * its owner alone, and the report moved into place from it too, while it is meant to be shared.
     */
    private static Path partFile(Path folder, String prefix, String suffix) throws IOException {
        return Files.createFile(folder.resolve(prefix + java.util.UUID.randomUUID() + suffix));
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A hidden temporary file is harmless; the target was moved into place or never written.
            }
        }
    }
}
