package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.report.WeeklyReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExcelReportWriterTest {
    private static XSSFWorkbook book;

    @BeforeAll
    static void write() throws IOException {
        WeeklyReport report = SampleReport.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelReportWriter(SampleReport.LABELS).write(report, out);
        java.nio.file.Path samples = java.nio.file.Path.of("target", "report-samples");
        java.nio.file.Files.createDirectories(samples);
        java.nio.file.Files.write(samples.resolve("sample.xlsx"), out.toByteArray());
        book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void hasOneSheetPerPart() {
        assertThat(book.getNumberOfSheets()).isEqualTo(5);
        assertThat(book.getSheetName(0)).isEqualTo("Ringkasan");
        assertThat(book.getSheetName(1)).isEqualTo("Komoditas");
        assertThat(book.getSheetName(4)).isEqualTo("Tren 8 Minggu");
    }

    @Test
    void commodityTableHoldsNumbersWithRupiahAndPercentFormats() {
        Sheet s = book.getSheet("Komoditas");
        Row head = s.getRow(ExcelReportWriter.HEADER_ROW);
        assertThat(head.getCell(5).getStringCellValue()).isEqualTo("Rata-rata minggu lalu");
        Row beras = s.getRow(ExcelReportWriter.HEADER_ROW + 1);
        assertThat(beras.getCell(2).getStringCellValue()).isEqualTo("Beras Medium");
        assertThat(beras.getCell(5).getNumericCellValue()).isEqualTo(12500.0);
        assertThat(beras.getCell(6).getNumericCellValue()).isEqualTo(12812.5);
        assertThat(beras.getCell(7).getNumericCellValue()).isEqualTo(312.5);
        // 2.5 % is held as the fraction 0.025 so that Excel's % format shows "2.50%".
        assertThat(beras.getCell(8).getNumericCellValue()).isCloseTo(0.025, within(1e-12));
        assertThat(beras.getCell(10).getNumericCellValue()).isCloseTo(0.019876, within(1e-12));
        assertThat(beras.getCell(12).getNumericCellValue()).isEqualTo(12600.0);
        assertThat(beras.getCell(14).getNumericCellValue()).isEqualTo(13050.0);
        assertThat(beras.getCell(6).getCellStyle().getDataFormatString()).isEqualTo(ExcelReportWriter.RUPIAH_FORMAT);
        assertThat(beras.getCell(8).getCellStyle().getDataFormatString())
                .isEqualTo(ExcelReportWriter.SIGNED_PERCENT_FORMAT);
        assertThat(beras.getCell(10).getCellStyle().getDataFormatString()).isEqualTo(ExcelReportWriter.PERCENT_FORMAT);
        // POI's formatter uses the default (id-ID in the tests) grouping, as an Indonesian Excel would.
        DataFormatter fmt = new DataFormatter(java.util.Locale.US);
        assertThat(fmt.formatCellValue(beras.getCell(6))).isEqualTo("Rp12,813");
        assertThat(fmt.formatCellValue(beras.getCell(8))).isEqualTo("+2.5%");
    }

    @Test
    void anUndefinedFigureIsADashNotAZero() {
        Row cabai = book.getSheet("Komoditas").getRow(ExcelReportWriter.HEADER_ROW + 2);
        assertThat(cabai.getCell(10).getCellType()).isEqualTo(CellType.STRING);
        assertThat(cabai.getCell(10).getStringCellValue()).isEqualTo("\u2013");
        assertThat(cabai.getCell(4).getStringCellValue()).isEqualTo("\u2013");
    }

    @Test
    void aHeadingRowIsTallEnoughForItsWrappedText() {
        // "Rata-rata minggu lalu" in a 10-character column: "Rata-rata" (9,9 of 9) / "minggu" / "lalu" → 3 lines.
        assertThat(ExcelReportWriter.wrappedLines("Rata-rata minggu lalu", 10)).isEqualTo(3);
        assertThat(ExcelReportWriter.wrappedLines("Stok", 10)).isEqualTo(1);
        XSSFSheet s = book.getSheet("Komoditas");
        Row head = s.getRow(ExcelReportWriter.HEADER_ROW);
        int most = 1;
        for (int c = 0; c < head.getLastCellNum(); c++) {
            most = Math.max(most, ExcelReportWriter.wrappedLines(head.getCell(c).getStringCellValue(),
                    s.getColumnWidth(c) / 256));
        }
        assertThat(head.getHeightInPoints()).isEqualTo(most * 13f + 4);
        assertThat(most).isGreaterThan(1);
    }

    @Test
    void headerRowsAreFrozenAndPrintedOnEveryA4LandscapePage() {
        XSSFSheet s = book.getSheet("Komoditas");
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat((int) s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(ExcelReportWriter.HEADER_ROW + 1);
        assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(s.getPrintSetup().getLandscape()).isTrue();
        // Only the headings repeat (a repeated title row would be cut on a page printed two wide); the title is
        // in the page header of every page.
        assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("4:4");
        assertThat(s.getHeader().getRight()).contains("Laporan Perkembangan Harga Bahan Pokok");
        assertThat(s.getColumnWidth(2)).isGreaterThan(s.getColumnWidth(0));
    }

    @Test
    void trendSheetHasOneNativeLineChartPerKeyCommodity() {
        XSSFSheet s = book.getSheet("Tren 8 Minggu");
        var charts = s.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(8);
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
        // Eight charts two by two: page breaks before the second and the fourth pair, so no chart is cut.
        assertThat(s.getRowBreaks()).hasSize(2);
        // Chilli's week 35 is missing: a blank cell (a gap in the line), not a zero.
        Row w35 = s.getRow(ExcelReportWriter.HEADER_ROW + 1 + 4);
        assertThat(w35.getCell(0).getStringCellValue()).isEqualTo("2025-W35");
        assertThat(w35.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void noTextCellAnywhereStartsAFormula() {
        int evil = 0;
        for (Sheet s : book) {
            for (Row r : s) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (c.getCellType() == CellType.STRING) {
                        String v = c.getStringCellValue();
                        assertThat(v).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                                .doesNotStartWith("@");
                        if (v.equals("'" + SampleReport.EVIL)) {
                            evil++;
                        }
                    }
                }
            }
        }
        // Completeness, cheapest/dearest, commodity name, market column heading, commodity × market row, outlet.
        assertThat(evil).isEqualTo(6);
    }
}
