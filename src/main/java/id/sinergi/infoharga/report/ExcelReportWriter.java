package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Words;

import id.sinergi.infoharga.domain.report.WeeklyReport.CommodityRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.Contribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTableRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Mover;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.TrendSeries;
import id.sinergi.infoharga.domain.report.ReportText;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.exchange.FormulaGuard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly report as an Excel workbook: one sheet per part, numbers as numeric cells (Rupiah format
 * {@code "Rp"#,##0}, which an Indonesian Excel shows with dots; percentages as fractions with {@code 0.00%}), frozen
 * header rows, A4 landscape with the title rows repeated on every printed page, and native line charts for the
 * eight-week trends.
 */
public final class ExcelReportWriter implements WeeklyReportWriter {
    /**
     * How many lines {@code text} wraps to in a column {@code chars} characters wide, word by word (bold headings
     * are taken a tenth wider than the characters Excel measures widths in).
     */
    static int wrappedLines(String text, int chars) {
        double room = Math.max(1, chars - 1);
        int lines = 1;
        double used = 0;
        for (String word : text.split("\\s+")) {
            double w = word.length() * 1.1;
            if (used > 0 && used + 1 + w > room) {
                lines++;
                used = 0;
            }
            if (w > room) {
                // A word longer than the column breaks over as many lines as it needs.
                lines += (int) Math.ceil(w / room) - 1;
                used = w - (Math.ceil(w / room) - 1) * room;
            } else {
                used = used == 0 ? w : used + 1 + w;
            }
        }
        return lines;
    }

    public static final String RUPIAH_FORMAT = "\"Rp\"#,##0";
    /** Negative amounts and changes carry a true minus sign (U+2212), as on the screens and in the PDF. */
    public static final String SIGNED_RUPIAH_FORMAT = "+\"Rp\"#,##0;\"\u2212Rp\"#,##0;\"Rp\"0";
    public static final String PERCENT_FORMAT = "0.0%";
    public static final String SIGNED_PERCENT_FORMAT = "+0.0%;\"\u2212\"0.0%;0.0%";
    /** Rows 1–2 are the title, row 3 is empty, row 4 holds a table's column headings. */
    public static final int HEADER_ROW = 3;
    /** More markets than this print two pages wide. */
    static final int MARKETS_PER_PRINTED_PAGE = 10;
    /** Rows of one chart on the trend sheet, and the gap below it. */
    private static final int CHART_ROWS = 13;
    /** The five sheets, then the zipped workbook itself. */
    private static final int PARTS = 6;
    private static final byte[] ACCENT = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

    private final Words labels;

    public ExcelReportWriter(Words labels) {
        this.labels = labels;
    }

    @Override
    public void write(WeeklyReport report, OutputStream out, WriteProgress progress) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new Book(wb, report).build(progress);
            progress.part(PARTS - 1, PARTS);
            wb.write(out);
        }
    }

    /** One workbook being built, with its shared cell styles. */
    private final class Book {
        private final XSSFWorkbook wb;
        private final WeeklyReport report;
        private final XSSFCellStyle title;
        private final XSSFCellStyle subtitle;
        private final XSSFCellStyle section;
        private final XSSFCellStyle header;
        private final XSSFCellStyle text;
        private final XSSFCellStyle label;
        private final XSSFCellStyle rupiah;
        private final XSSFCellStyle signedRupiah;
        private final XSSFCellStyle percent;
        private final XSSFCellStyle signedPercent;
        private final XSSFCellStyle decimal1;
        private final XSSFCellStyle decimal2;
        private final XSSFCellStyle signedDecimal2;
        private final XSSFCellStyle integer;
        private final XSSFCellStyle quantity;
        private final XSSFCellStyle undefined;
        private final Map<AlertLevel, XSSFCellStyle> levels = new EnumMap<>(AlertLevel.class);

        Book(XSSFWorkbook wb, WeeklyReport report) {
            this.wb = wb;
            this.report = report;
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            XSSFFont white = wb.createFont();
            white.setBold(true);
            white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            section = wb.createCellStyle();
            section.setFont(bold);
            header = bordered();
            header.setFont(white);
            header.setFillForegroundColor(new XSSFColor(ACCENT));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = bordered();
            label = wb.createCellStyle();
            label.setFont(bold);
            rupiah = numeric(RUPIAH_FORMAT);
            signedRupiah = numeric(SIGNED_RUPIAH_FORMAT);
            percent = numeric(PERCENT_FORMAT);
            signedPercent = numeric(SIGNED_PERCENT_FORMAT);
            decimal1 = numeric("0.0");
            decimal2 = numeric("0.00");
            signedDecimal2 = numeric("+0.00;-0.00;0.00");
            integer = numeric("#,##0");
            quantity = numeric("#,##0.###");
            undefined = bordered();
            undefined.setAlignment(HorizontalAlignment.CENTER);
            levels.put(AlertLevel.NORMAL, levelStyle(0xC6, 0xEF, 0xCE));
            levels.put(AlertLevel.WASPADA, levelStyle(0xFF, 0xEB, 0x9C));
            levels.put(AlertLevel.SIAGA, levelStyle(0xF8, 0xCB, 0xAD));
            levels.put(AlertLevel.AWAS, levelStyle(0xFF, 0x7C, 0x80));
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle s = wb.createCellStyle();
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private XSSFCellStyle numeric(String format) {
            XSSFCellStyle s = bordered();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        private XSSFCellStyle levelStyle(int r, int g, int b) {
            XSSFCellStyle s = bordered();
            s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            return s;
        }

        void build(WriteProgress progress) {
            progress.part(0, PARTS);
            summarySheet();
            progress.part(1, PARTS);
            commoditySheet();
            progress.part(2, PARTS);
            marketSheet();
            progress.part(3, PARTS);
            stockSheet();
            progress.part(4, PARTS);
            trendSheet();
        }

        // ---- the parts ----

        private void summarySheet() {
            Sheet s = new Sheet(labels.get("report.sheet.summary"), false);
            var cover = report.cover();
            var sum = report.summary();
            s.pair(labels.get("report.cover.regency"), cover.regency());
            s.pair(labels.get("report.cover.week"), cover.week().toString());
            s.pair(labels.get("report.cover.period"), TextFormats.day(cover.week().monday()) + " \u2013 "
                    + TextFormats.day(cover.week().sunday()));
            s.pair(labels.get("report.cover.madeBy"), cover.madeBy());
            s.pair(labels.get("report.cover.madeAt"), TextFormats.stamp(cover.madeAt()));
            s.skip();
            XSSFRow r = s.row();
            s.text(r, 0, labels.get("report.summary.weightedChange"), label);
            s.fraction(r, 1, sum.weightedChangePct(), signedPercent);
            s.skip();

            s.section(labels.get("report.summary.contributors"));
            s.headings(labels.get("report.col.group"), labels.get("report.col.weight"),
                    labels.get("report.col.changePct"), labels.get("report.col.contribution"));
            for (Contribution c : sum.topContributors()) {
                XSSFRow row = s.row();
                s.text(row, 0, c.groupName(), text);
                s.number(row, 1, c.weight(), decimal2);
                s.fraction(row, 2, c.changePct(), signedPercent);
                s.number(row, 3, c.contributionPoints(), signedDecimal2);
            }
            s.skip();
            movers(s, labels.get("report.summary.rises"), sum.biggestRises());
            movers(s, labels.get("report.summary.falls"), sum.biggestFalls());

            s.section(labels.get("report.summary.alerts"));
            s.headings(labels.get("report.col.level"), labels.get("report.col.count"));
            for (AlertLevel level : AlertLevel.values()) {
                XSSFRow row = s.row();
                s.text(row, 0, level.label(), levels.get(level));
                s.number(row, 1, sum.alertCounts().get(level).doubleValue(), integer);
            }
            s.skip();

            s.section(labels.get("report.summary.completeness"));
            s.headings(labels.get("report.col.market"), labels.get("report.col.reported"),
                    labels.get("report.col.expected"), labels.get("report.col.completeness"));
            for (Completeness c : sum.completeness()) {
                XSSFRow row = s.row();
                s.text(row, 0, c.marketName(), text);
                s.number(row, 1, (double) c.reported(), integer);
                s.number(row, 2, (double) c.expected(), integer);
                s.fraction(row, 3, c.percent(), percent);
            }
            s.finish(0, 0);
        }

        private void movers(Sheet s, String heading, List<Mover> movers) {
            s.section(heading);
            s.headings(labels.get("report.col.commodity"), labels.get("report.col.unit"),
                    labels.get("report.col.changePct"), labels.get("report.col.changeRp"));
            for (Mover m : movers) {
                XSSFRow row = s.row();
                s.text(row, 0, m.commodityName(), text);
                s.text(row, 1, m.unit(), text);
                s.fraction(row, 2, m.changePct(), signedPercent);
                s.number(row, 3, m.changeRp(), signedRupiah);
            }
            s.skip();
        }

        private void commoditySheet() {
            Sheet s = new Sheet(labels.get("report.sheet.commodities"), true);
            s.headings(labels.get("report.col.no"), labels.get("report.col.code"),
                    labels.get("report.col.commodity"), labels.get("report.col.unit"),
                    labels.get("report.col.reference"), labels.get("report.col.lastWeek"),
                    labels.get("report.col.thisWeek"), labels.get("report.col.changeRp"),
                    labels.get("report.col.changePct"), labels.get("report.col.level"),
                    labels.get("report.col.cv"), labels.get("report.col.cheapestMarket"),
                    labels.get("report.col.cheapestPrice"), labels.get("report.col.dearestMarket"),
                    labels.get("report.col.dearestPrice"), labels.get("report.col.matched"),
                    labels.get("report.col.alps"));
            int no = 1;
            List<String> alpsReasons = new java.util.ArrayList<>();
            for (CommodityRow c : report.commodities()) {
                XSSFRow row = s.row();
                s.number(row, 0, (double) no++, integer);
                s.text(row, 1, c.code(), text);
                s.text(row, 2, c.name(), text);
                s.text(row, 3, c.unit(), text);
                s.text(row, 4, c.referenceText() == null ? TextFormats.UNDEFINED : c.referenceText(), text);
                s.number(row, 5, c.lastWeekAvgRp(), rupiah);
                s.number(row, 6, c.thisWeekAvgRp(), rupiah);
                s.number(row, 7, c.changeRp(), signedRupiah);
                s.fraction(row, 8, c.changePct(), signedPercent);
                s.level(row, 9, c.level());
                s.fraction(row, 10, c.cvPct(), percent);
                s.text(row, 11, c.cheapest() == null ? TextFormats.UNDEFINED : c.cheapest().marketName(), text);
                s.number(row, 12, c.cheapest() == null ? null : c.cheapest().priceRp(), rupiah);
                s.text(row, 13, c.dearest() == null ? TextFormats.UNDEFINED : c.dearest().marketName(), text);
                s.number(row, 14, c.dearest() == null ? null : c.dearest().priceRp(), rupiah);
                s.number(row, 15, (double) c.matchedMarkets(), integer);
                var alps = report.alpsOf(c.code()).orElse(null);
                if (alps != null && alps.level() == null && alps.reason() != null) {
                    // The reason once under the table, numbered, rather than in every row.
                    if (!alpsReasons.contains(alps.reason())) {
                        alpsReasons.add(alps.reason());
                    }
                    s.text(row, 16, TextFormats.UNDEFINED + " (" + (alpsReasons.indexOf(alps.reason()) + 1) + ")",
                            text);
                } else if (alps == null || alps.level() == null) {
                    s.text(row, 16, TextFormats.UNDEFINED, text);
                } else {
                    s.text(row, 16, alps.level().label() + " " + TextFormats.decimal1(alps.value()),
                            levels.get(alps.level()));
                }
            }
            s.skip();
            XSSFRow note = s.row();
            // Not measured: the note runs on over the empty cells to its right.
            note.createCell(0).setCellValue(FormulaGuard.neutralise(labels.get("report.note.alps")));
            for (int i = 0; i < alpsReasons.size(); i++) {
                s.row().createCell(0).setCellValue(FormulaGuard.neutralise("(" + (i + 1) + ") "
                        + alpsReasons.get(i)));
            }
            s.finish(3, HEADER_ROW + 1);
        }

        private void marketSheet() {
            Sheet s = new Sheet(labels.get("report.sheet.markets"), true);
            List<String> markets = report.marketTable().marketNames();
            String[] heads = new String[markets.size() + 2];
            heads[0] = labels.get("report.col.commodity");
            heads[1] = labels.get("report.col.unit");
            for (int i = 0; i < markets.size(); i++) {
                heads[i + 2] = markets.get(i);
            }
            s.headings(heads);
            for (MarketTableRow r : report.marketTable().rows()) {
                XSSFRow row = s.row();
                s.text(row, 0, r.commodityName(), text);
                s.text(row, 1, r.unit(), text);
                for (int i = 0; i < r.averagesRp().size(); i++) {
                    s.number(row, i + 2, r.averagesRp().get(i), rupiah);
                }
            }
            s.finish(2, HEADER_ROW + 1);
            if (markets.size() > MARKETS_PER_PRINTED_PAGE) {
                // Twenty markets on one A4 width would print too small to read: two pages wide instead, each
                // starting with the commodity and its unit. The title rows are shortened to what those two
                // columns hold, so that they are not cut on the second page (the page header says the rest).
                s.sheet.getPrintSetup().setFitWidth((short) 2);
                s.sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
                s.sheet.getRow(0).getCell(0).setCellValue(FormulaGuard.neutralise(labels.get("report.sheet.markets")));
                s.sheet.getRow(1).getCell(0).setCellValue(FormulaGuard.neutralise(
                        ReportText.span(report.cover().week().monday(), report.cover().week().sunday(), labels)
                                + " (" + report.cover().week() + ")"));
            }
        }

        private void stockSheet() {
            Sheet s = new Sheet(labels.get("report.sheet.stock"), true);
            s.headings(labels.get("report.col.outlet"), labels.get("report.col.commodity"),
                    labels.get("report.col.unit"), labels.get("report.col.stock"),
                    labels.get("report.col.daysOfCover"), labels.get("report.col.level"),
                    labels.get("report.col.outletPrice"), labels.get("report.col.marketPrice"),
                    labels.get("report.col.priceGap"));
            for (StockRow r : report.stock()) {
                XSSFRow row = s.row();
                s.text(row, 0, r.outletName(), text);
                s.text(row, 1, r.commodityName(), text);
                s.text(row, 2, r.unit(), text);
                s.number(row, 3, r.stock() == null ? null : r.stock().doubleValue(), quantity);
                s.number(row, 4, r.daysOfCover(), decimal1);
                s.level(row, 5, r.level());
                s.number(row, 6, r.outletPriceRp() == null ? null : r.outletPriceRp().doubleValue(), rupiah);
                s.number(row, 7, r.marketPriceRp(), rupiah);
                s.fraction(row, 8, r.priceGapPct(), signedPercent);
            }
            s.finish(2, HEADER_ROW + 1);
        }

        private void trendSheet() {
            Sheet s = new Sheet(labels.get("report.sheet.trends"), true);
            List<TrendSeries> series = report.trends();
            String[] heads = new String[series.size() + 1];
            heads[0] = labels.get("report.col.week");
            for (int i = 0; i < series.size(); i++) {
                heads[i + 1] = series.get(i).commodityName() + " (Rp/" + series.get(i).unit() + ")";
            }
            s.headings(heads);
            int weeks = series.isEmpty() ? 0 : series.get(0).points().size();
            for (int w = 0; w < weeks; w++) {
                XSSFRow row = s.row();
                s.text(row, 0, series.get(0).points().get(w).week().toString(), text);
                for (int i = 0; i < series.size(); i++) {
                    var points = series.get(i).points();
                    Double v = w < points.size() ? points.get(w).averageRp() : null;
                    // Blank, not "–": a chart reads a blank cell as a gap in the line.
                    if (v != null) {
                        s.number(row, i + 1, v, rupiah);
                    } else {
                        row.createCell(i + 1).setCellStyle(text);
                    }
                }
            }
            s.finish(1, HEADER_ROW + 1);
            if (weeks > 0) {
                charts(s.sheet, series, HEADER_ROW + 1, HEADER_ROW + weeks, HEADER_ROW + weeks + 2);
            }
        }

        private void charts(XSSFSheet sheet, List<TrendSeries> series, int firstRow, int lastRow, int top) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XDDFDataSource<String> weeks = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, 0, 0));
            for (int i = 0; i < series.size(); i++) {
                int col = (i % 2) * 5;
                int row = top + (i / 2) * (CHART_ROWS + 1);
                if (i % 2 == 0 && i > 0 && (i / 2) % 2 == 1) {
                    // A page holds the table and one row of charts, then two rows of charts: never half a chart.
                    sheet.setRowBreak(row - 1);
                }
                XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + 5, row + CHART_ROWS);
                XSSFChart chart = drawing.createChart(anchor);
                chart.setTitleText(series.get(i).commodityName() + " (Rp/" + series.get(i).unit() + ")");
                chart.setTitleOverlay(false);
                XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
                XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
                left.setCrosses(AxisCrosses.AUTO_ZERO);
                // From zero, so that a move of a few hundred Rupiah does not look like a cliff.
                left.setMinimum(0);
                left.setNumberFormat(RUPIAH_FORMAT);
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(firstRow, lastRow, i + 1, i + 1));
                XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
                data.setVaryColors(false);
                XDDFChartData.Series line = data.addSeries(weeks, values);
                line.setTitle(series.get(i).commodityName(), null);
                ((XDDFLineChartData.Series) line).setSmooth(false);
                ((XDDFLineChartData.Series) line).setMarkerStyle(MarkerStyle.CIRCLE);
                // Without an explicit line LibreOffice draws only the markers.
                XDDFLineProperties stroke = new XDDFLineProperties();
                stroke.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(ACCENT)));
                stroke.setWidth(2.0);
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setLineProperties(stroke);
                line.setShapeProperties(shape);
                chart.plot(data);
                // A week nobody reported is a gap in the line, not a fall to zero.
                var ct = chart.getCTChart();
                (ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
            }
        }

        /** One sheet: title rows, then rows appended in order, with column widths taken from what was written. */
        private final class Sheet {
            private final XSSFSheet sheet;
            private final Map<Integer, Integer> widths = new HashMap<>();
            private final List<XSSFRow> headingRows = new java.util.ArrayList<>();
            private int next;

            Sheet(String name, boolean landscapeTable) {
                sheet = wb.createSheet(FormulaGuard.neutralise(name).replaceAll("[\\\\/?*\\[\\]:]", " "));
                var cover = report.cover();
                XSSFRow t = sheet.createRow(0);
                t.createCell(0).setCellValue(FormulaGuard.neutralise(labels.get("report.title") + " \u2013 " + name));
                t.getCell(0).setCellStyle(title);
                XSSFRow st = sheet.createRow(1);
                st.createCell(0).setCellValue(FormulaGuard.neutralise(cover.regency() + " \u00b7 "
                        + ReportText.weekOfMonth(cover.week(), labels) + " "
                        + labels.get("report.letter.isoWeek", cover.week().toString())));
                st.getCell(0).setCellStyle(subtitle);
                next = HEADER_ROW;
                PrintSetup print = sheet.getPrintSetup();
                print.setPaperSize(PrintSetup.A4_PAPERSIZE);
                print.setLandscape(true);
                sheet.setFitToPage(true);
                print.setFitWidth((short) 1);
                print.setFitHeight((short) 0);
                sheet.setAutobreaks(true);
                // The title is the page header of every printed page: a title row repeated on a page printed two
                // wide would be cut at the repeated columns' edge.
                sheet.getHeader().setLeft(FormulaGuard.neutralise(cover.regency()).replace("&", "&&"));
                sheet.getHeader().setRight(FormulaGuard.neutralise(labels.get("report.title") + " \u2013 "
                        + cover.week()).replace("&", "&&"));
                sheet.getFooter().setCenter(labels.get("report.page") + " &P / &N");
            }

            XSSFRow row() {
                return sheet.createRow(next++);
            }

            void skip() {
                next++;
            }

            void section(String heading) {
                XSSFRow r = row();
                XSSFCell c = r.createCell(0);
                c.setCellValue(FormulaGuard.neutralise(heading));
                c.setCellStyle(section);
            }

            void headings(String... heads) {
                XSSFRow r = row();
                headingRows.add(r);
                for (int i = 0; i < heads.length; i++) {
                    text(r, i, heads[i], header);
                }
            }

            void pair(String key, String value) {
                XSSFRow r = row();
                text(r, 0, key, label);
                // Not measured: a cover value may run on over the empty cells to its right.
                XSSFCell c = r.createCell(1);
                c.setCellValue(FormulaGuard.neutralise(value == null ? TextFormats.UNDEFINED : value));
            }

            void text(XSSFRow r, int col, String value, XSSFCellStyle style) {
                XSSFCell c = r.createCell(col);
                String safe = FormulaGuard.neutralise(value == null ? TextFormats.UNDEFINED : value);
                c.setCellValue(safe);
                if (style != null) {
                    c.setCellStyle(style);
                }
                // Headings wrap, so a long heading need not widen its column past the widest value.
                track(col, style == header ? Math.min(safe.length(), 11) : safe.length());
            }

            void number(XSSFRow r, int col, Double value, XSSFCellStyle style) {
                if (value == null) {
                    text(r, col, TextFormats.UNDEFINED, undefined);
                    return;
                }
                XSSFCell c = r.createCell(col);
                c.setCellValue(value);
                c.setCellStyle(style);
                track(col, Long.toString(Math.round(Math.abs(value))).length() * 4 / 3 + 3);
            }

            /** A percentage held as a fraction, so that Excel's own % format shows it. */
            void fraction(XSSFRow r, int col, Double pct, XSSFCellStyle style) {
                number(r, col, pct == null ? null : pct / 100.0, style);
            }

            void level(XSSFRow r, int col, AlertLevel level) {
                if (level == null) {
                    text(r, col, TextFormats.UNDEFINED, undefined);
                } else {
                    text(r, col, level.label(), levels.get(level));
                }
            }

            private void track(int col, int chars) {
                widths.merge(col, chars, Math::max);
            }

            /** Sets widths, freezes the panes above {@code frozenRows} and left of {@code frozenCols}. */
            void finish(int frozenCols, int frozenRows) {
                widths.forEach((col, chars) -> sheet.setColumnWidth(col, Math.min(60, Math.max(8, chars + 2)) * 256));
                if (frozenRows > 0) {
                    sheet.createFreezePane(frozenCols, frozenRows);
                    // Only the column headings repeat; the title is in the page header.
                    sheet.setRepeatingRows(new CellRangeAddress(frozenRows - 1, frozenRows - 1, -1, -1));
                }
                for (XSSFRow r : headingRows) {
                    int lines = 1;
                    for (int c = Math.max(0, r.getFirstCellNum()); c < r.getLastCellNum(); c++) {
                        XSSFCell cell = r.getCell(c);
                        if (cell != null) {
                            lines = Math.max(lines, wrappedLines(cell.getStringCellValue(),
                                    sheet.getColumnWidth(c) / 256));
                        }
                    }
                    // 13 points a line of the bold heading, and a little air.
                    r.setHeightInPoints(lines * 13f + 4);
                }
            }
        }
    }

}
