package id.sinergi.infoharga.exchange;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shape of real files (issue 11): fields per row, lines, headers, and the corners of .xlsx. */
class PriceFileShapeTest {
    @TempDir
    Path dir;

    private List<RawPriceRow> read(Path file) {
        return read(new PriceFileReader(Map.of(), true), file);
    }

    private static List<RawPriceRow> read(PriceFileReader reader, Path file) {
        List<RawPriceRow> rows = new ArrayList<>();
        reader.read(file, rows::add);
        return rows;
    }

    @Test
    void aCsvRowWithMoreOrFewerFieldsThanTheHeaderIsMarkedNotCut() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "date,market,commodity,price\n"
                + "2025-09-03,Pasar Kemlagi,Telur Ayam Ras,12,5kg\n"
                + "2025-09-04,Pasar Kemlagi,Telur Ayam Ras\n"
                + "2025-09-05,Pasar Kemlagi,Telur Ayam Ras,\n");
        assertThat(read(file)).extracting(RawPriceRow::line, RawPriceRow::defect).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, new RowDefect("import.row.tooManyFields", List.of(5, 4))),
                org.assertj.core.groups.Tuple.tuple(3, new RowDefect("import.row.tooFewFields", List.of(3, 4))),
                org.assertj.core.groups.Tuple.tuple(4, null));
        assertThat(read(file).get(2).price()).isEmpty();
    }

    @Test
    void aRowStartsOnItsOwnLineAfterQuotedCellsOverSeveralLines() throws Exception {
        Path file = Files.writeString(dir.resolve("b.csv"), "date,market,commodity,price\r\n"
                + "2025-09-02,\"Pasar\r\nKemlagi\",\"Telur\nAyam\nRas\",28500\r\n"
                + "\r\n"
                + "2025-09-03,Pasar Kemlagi,Telur Ayam Ras,abc\r\n");
        assertThat(read(file)).extracting(RawPriceRow::line).containsExactly(2, 7);
    }

    @Test
    void aTimestampColumnIsTheDateUnlessThereIsADateColumnToo() throws Exception {
        Path published = Files.writeString(dir.resolve("c.csv"),
                "Timestamp,Pasar,Komoditas,Satuan,Harga\n2025-09-02 00:00:00,DINOYO,Minyakita,Rp./Liter,17000\n");
        assertThat(read(published)).containsExactly(new RawPriceRow(2, "2025-09-02 00:00:00", "DINOYO", "Minyakita",
                "17000", "Rp./Liter"));
        Path form = Files.writeString(dir.resolve("d.csv"),
                "Timestamp,Tanggal,Pasar,Komoditas,Harga\n2025-09-05 08:12:00,2025-09-02,DINOYO,Minyakita,17000\n");
        assertThat(read(form)).extracting(RawPriceRow::date).containsExactly("2025-09-02");
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("e.csv"), "Date,Tanggal,Pasar,Komoditas,Harga\n");
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(PriceFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.file.duplicateColumn");
            assertThat(e.args()).containsExactly("date", "\"Date\", \"Tanggal\"", "1, 2");
        });
    }

    /** A workbook with one sheet per entry of {@code sheets}, filled by the consumer; hidden ones as asked. */
    private Path xlsx(String name, boolean date1904, Consumer<XSSFWorkbook> fill) throws Exception {
        Path target = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            if (date1904) {
                wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            }
            fill.accept(wb);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private static Sheet priceSheet(XSSFWorkbook wb, String name, Object[][] rows) {
        Sheet sheet = wb.createSheet(name);
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Row h = sheet.createRow(0);
        String[] header = {"Tanggal", "Pasar", "Komoditas", "Harga"};
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof LocalDate d) {
                    row.createCell(c).setCellValue(d);
                    row.getCell(c).setCellStyle(dateStyle);
                } else if (v instanceof Double n) {
                    row.createCell(c).setCellValue(n);
                } else if (v instanceof String s && s.startsWith("=")) {
                    row.createCell(c).setCellFormula(s.substring(1));
                } else if (v != null) {
                    row.createCell(c).setCellValue((String) v);
                }
            }
        }
        return sheet;
    }

    @Test
    void datesOfAWorkbookIn1904DateSystemReadAsTheyShow() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 3);
        Path file = xlsx("1904.xlsx", true, wb -> priceSheet(wb, "Harga",
                new Object[][] {{day, "Pasar Pacet", "Beras Medium", 13_100.0}})
                // What Excel stores for 3 March 2025 in a workbook of the 1904 date system.
                .getRow(1).getCell(0).setCellValue(DateUtil.getExcelDate(day, true)));
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            // The cell holds the 1904 serial: read in the 1900 system it would be four years and a day later.
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue())
                    .isEqualTo(DateUtil.getExcelDate(day, true));
        }
        assertThat(read(file)).extracting(RawPriceRow::date).containsExactly("2025-03-03");
    }

    @Test
    void theFirstVisibleSheetIsReadAndHiddenOnesAreSkipped() throws Exception {
        Path file = xlsx("hidden.xlsx", false, wb -> {
            priceSheet(wb, "Lama", new Object[][] {{LocalDate.of(2020, 1, 1), "Pasar Pacet", "Beras Medium", 9.0}});
            priceSheet(wb, "Harga", new Object[][] {{LocalDate.of(2025, 3, 3), "Pasar Pacet", "Beras Medium",
                    13_100.0}});
            wb.setSheetHidden(0, true);
        });
        PriceFileReader reader = new PriceFileReader(Map.of(), true);
        assertThat(read(reader, file)).containsExactly(new RawPriceRow(2, "2025-03-03", "Pasar Pacet",
                "Beras Medium", "13100", null));
        assertThat(reader.sheetName()).isEqualTo("Harga");
        assertThat(reader.sheetCount()).isEqualTo(2);
    }

    @Test
    void aFormulaWithoutAStoredValueIsADefectAndOneWithAValueReadsItsValue() throws Exception {
        Path file = xlsx("formula.xlsx", false, wb -> {
            priceSheet(wb, "Harga", new Object[][] {
                    {"2025-03-03", "Pasar Pacet", "Beras Medium", "=131*100"},
                    {"2025-03-04", "Pasar Pacet", "Beras Medium", "=132*100"},
                    {"2025-03-05", "Pasar Pacet", "Beras Medium", 13_300.0, null, "catatan"}});
            wb.getCreationHelper().createFormulaEvaluator()
                    .evaluateFormulaCell(wb.getSheetAt(0).getRow(2).getCell(3));
        });
        assertThat(read(file)).extracting(RawPriceRow::line, RawPriceRow::price, RawPriceRow::defect).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "", new RowDefect("import.row.formulaWithoutValue",
                        List.of("D"))),
                org.assertj.core.groups.Tuple.tuple(3, "13200", null),
                org.assertj.core.groups.Tuple.tuple(4, "13300", new RowDefect("import.row.cellOutsideHeader",
                        List.of("F"))));
    }

    @Test
    void aWorkbookWithMoreDistinctTextsThanTheLimitIsRefusedBeforeTheyAreLoaded() throws Exception {
        Path file = xlsx("strings.xlsx", false, wb -> {
            Object[][] rows = new Object[60][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new Object[] {"2025-03-03", "Pasar " + i, "Beras Medium", "13.000"};
            }
            priceSheet(wb, "Harga", rows);
        });
        assertThat(read(file)).hasSize(60);
        PriceFileReader small = new PriceFileReader(Map.of(), true, new XlsxPriceReader(50, 1_000_000));
        assertThatThrownBy(() -> read(small, file)).isInstanceOfSatisfying(PriceFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.file.tooManyStrings"));
    }
}
