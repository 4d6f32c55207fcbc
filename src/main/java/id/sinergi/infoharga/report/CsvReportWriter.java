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
 * The commodity table alone, for further processing, one header row, one row per commodity; an undefined figure is
 * an empty field and a text field cannot start a formula. Two styles: {@link Style#PLAIN} (UTF-8 without a
 * byte-order mark, comma-separated, dot as the decimal mark) for programs, and {@link Style#INDONESIAN} for a
 * spreadsheet set to Indonesian, which reads a comma as the decimal mark: semicolon-separated, decimal comma, and a
 * byte-order mark so that it takes the text as UTF-8. Numbers are never grouped; two decimals, half up.
 */
public final class CsvReportWriter implements WeeklyReportWriter {
    /** The two forms of the CSV file ({@code --csv-style plain|id}). */
    public enum Style {
        PLAIN("plain"), INDONESIAN("id");

        private final String option;

        Style(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }

        public static java.util.Optional<Style> of(String option) {
            for (Style s : values()) {
                if (s.option.equalsIgnoreCase(option == null ? "" : option.strip())) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final Words labels;
    private final Style style;

    public CsvReportWriter(Words labels) {
        this(labels, Style.PLAIN);
    }

    public CsvReportWriter(Words labels, Style style) {
        this.labels = labels;
        this.style = style;
    }

    @Override
    public void write(WeeklyReport report, OutputStream out, WriteProgress progress) throws IOException {
        progress.part(0, 1);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean id = style == Style.INDONESIAN;
        if (id) {
            w.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
                .setDelimiter(id ? ';' : ',').get());
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
                    number(c.lastWeekAvgRp()), number(c.thisWeekAvgRp()), number(c.changeRp()), number(c.changePct()),
                    c.level() == null ? "" : c.level().label(), number(c.cvPct()),
                    c.cheapest() == null ? "" : FormulaGuard.neutralise(c.cheapest().marketName()),
                    c.cheapest() == null ? "" : number(c.cheapest().priceRp()),
                    c.dearest() == null ? "" : FormulaGuard.neutralise(c.dearest().marketName()),
                    c.dearest() == null ? "" : number(c.dearest().priceRp()),
                    c.matchedMarkets());
        }
        csv.flush();
    }

    private String number(Double value) {
        String p = plain(value);
        return style == Style.INDONESIAN ? p.replace('.', ',') : p;
    }

    /** Two decimals, half up, dot as the mark: 12333.333… → "12333.33"; undefined → "". */
    static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
