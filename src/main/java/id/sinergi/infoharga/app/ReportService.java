package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    /** Setting with the regency's name as it heads every report. */
    public static final String REGION_SETTING = "region.name";

    private final Store store;
    private final ReferenceDataService referenceData;
    private final IndicatorService indicators;
    private final Clock clock;
    private final Messages messages;

    public ReportService(Store store, ReferenceDataService referenceData, IndicatorService indicators, Clock clock,
                         Messages messages) {
        this.store = store;
        this.referenceData = referenceData;
        this.indicators = indicators;
        this.clock = clock;
        this.messages = messages;
    }

    /** The report's content for an ISO week; a week with no price at all is bad input. */
    public WeeklyReport weekly(IsoWeek week, String madeBy) {
        Catalog catalog = referenceData.catalog();
        List<WeekIndicators> history = indicators.weeks(week, WeeklyReportAssembler.TREND_WEEKS);
        WeekIndicators current = history.get(history.size() - 1);
        if (current.commodities().isEmpty()) {
            throw new UserInputException(messages.get("report.error.noPrices", week.toString()));
        }
        List<Completeness> completeness = indicators.completeness(week, LocalDate.now(clock)).stream()
                .map(c -> new Completeness(c.marketName(), c.reported(), c.expected())).toList();
        List<StockRow> stock = List.of();
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
        ReportFormat format = ReportFormat.of(file).orElseThrow(() ->
                new UserInputException(messages.get("report.error.format", file.getFileName())));
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(messages.get("report.error.folder", folder));
        }
        WeeklyReport report = weekly(week, madeBy);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".laporan-", format.extension());
            try (OutputStream out = Files.newOutputStream(temp)) {
                format.writer(messages::get).write(report, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UserInputException(messages.get("report.error.write", target, e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the report itself has been moved or never existed.
                }
            }
        }
    }

    /** The regency's name: the stored setting, else the product's own region from the messages. */
    public String regency() {
        return store.read(tx -> tx.settings().get(REGION_SETTING)).filter(s -> !s.isBlank())
                .orElseGet(() -> messages.get("report.regency.default"));
    }
}
