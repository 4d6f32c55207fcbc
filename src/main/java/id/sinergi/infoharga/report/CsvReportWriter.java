package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.Words;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.domain.report.WeeklyReport.CommodityRow;
import id.sinergi.infoharga.exchange.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The commodity table alone, for further processing: UTF-8 without a byte-order mark, comma-separated, one header
 * row, one row per commodity. Numbers are plain (dot as the decimal mark, no grouping): Rupiah figures and
 * percentages with two decimals; an undefined figure is an empty field. Text fields cannot start a formula.
 */
public final class CsvReportWriter implements WeeklyReportWriter {
    private final Words labels;

    public CsvReportWriter(Words labels) {
        this.labels = labels;
    }

    @Override
    public void write(WeeklyReport report, OutputStream out, WriteProgress progress) throws IOException {
        progress.part(0, 1);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        List<String> header = new ArrayList<>();
        for (String key : new String[] {"code", "commodity", "unit", "reference", "lastWeek", "thisWeek", "changeRp",
                "changePct", "level", "cv", "cheapestMarket", "cheapestPrice", "dearestMarket", "dearestPrice",
                "matched"}) {
            header.add(FormulaGuard.neutralise(labels.get("report.csv." + key)));
        }
        csv.printRecord(header);
        for (CommodityRow c : report.commodities()) {
            csv.printRecord(FormulaGuard.neutralise(c.code()), FormulaGuard.neutralise(c.name()), FormulaGuard.neutralise(c.unit()),
                    FormulaGuard.neutralise(c.referenceText() == null ? "" : c.referenceText()),
                    plain(c.lastWeekAvgRp()), plain(c.thisWeekAvgRp()), plain(c.changeRp()), plain(c.changePct()),
                    c.level() == null ? "" : c.level().label(), plain(c.cvPct()),
                    c.cheapest() == null ? "" : FormulaGuard.neutralise(c.cheapest().marketName()),
                    c.cheapest() == null ? "" : plain(c.cheapest().priceRp()),
                    c.dearest() == null ? "" : FormulaGuard.neutralise(c.dearest().marketName()),
                    c.dearest() == null ? "" : plain(c.dearest().priceRp()),
                    c.matchedMarkets());
        }
        csv.flush();
    }

    /** Two decimals, half up, dot as the mark: 12333.333… → "12333.33"; undefined → "". */
    static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
