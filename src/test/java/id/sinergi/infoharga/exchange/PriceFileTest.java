package id.sinergi.infoharga.exchange;

import id.sinergi.infoharga.testing.PriceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceFileTest {
    @TempDir
    Path dir;

    private List<RawPriceRow> read(Path file) {
        List<RawPriceRow> rows = new ArrayList<>();
        new PriceFileReader(Map.of(), true).read(file, rows::add);
        return rows;
    }

    @Test
    void formulaStartsAreNeutralisedAndRestored() {
        for (String s : List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(FormulaGuard.neutralise(s)).isEqualTo("'" + s);
            assertThat(FormulaGuard.restore(FormulaGuard.neutralise(s))).isEqualTo(s);
        }
        assertThat(FormulaGuard.neutralise("kg")).isEqualTo("kg");
        assertThat(FormulaGuard.restore("'kg")).isEqualTo("'kg");
    }

    @Test
    void exportsNeverStartACellWithAFormulaAndReadBackExactly() throws Exception {
        Path csv = dir.resolve("x.csv");
        Path xlsx = dir.resolve("x.xlsx");
        for (Path p : List.of(csv, xlsx)) {
            try (PriceFileWriter w = PriceFileWriter.open(p)) {
                w.write(new ExportRow(LocalDate.of(2025, 1, 2), "=cmd|' /C calc'!A0", "@SUM(1)", "-kg", 12_500));
                w.finish();
            }
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFdate,market,commodity,unit,price\r\n")
                .contains("2025-01-02,'=cmd|' /C calc'!A0,'@SUM(1),'-kg,12500");
        for (Path p : List.of(csv, xlsx)) {
            assertThat(read(p)).as(p.toString()).containsExactly(
                    new RawPriceRow(2, "2025-01-02", "=cmd|' /C calc'!A0", "@SUM(1)", "12500", "-kg"));
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(12_500.0);
        }
    }

    @Test
    void anUnfinishedExportLeavesNoFile() {
        Path csv = dir.resolve("half.csv");
        try (PriceFileWriter w = PriceFileWriter.open(csv)) {
            w.write(new ExportRow(LocalDate.of(2025, 1, 2), "A", "B", "kg", 1));
        }
        assertThat(csv).doesNotExist();
        assertThat(dir.resolve("half.csv.part")).doesNotExist();
    }

    @Test
    void detectsTheEncodingAndTheSeparator() {
        assertThat(read(PriceFiles.resource(dir, "cp1252_names.csv"))).first()
                .isEqualTo(new RawPriceRow(2, "2025-02-03", "Pasar Gedèg", "Beras Medium", "12.700", null));
        List<RawPriceRow> bom = read(PriceFiles.resource(dir, "bom_semicolon.csv"));
        assertThat(bom).hasSize(7);
        assertThat(bom.get(3)).isEqualTo(new RawPriceRow(5, "2025-02-03", "Pasar Dinoyo", "Beras Medium", "12,600",
                null));
        // The blank line 8 is skipped and the line numbers after it stay true.
        assertThat(bom.get(6).line()).isEqualTo(9);
    }

    @Test
    void xlsxDateCellsAndNumbersReadLikeCsvText() {
        assertThat(read(PriceFiles.xlsx(dir.resolve("h.xlsx")))).containsExactly(
                new RawPriceRow(2, "2025-03-03", "Pasar Pacet", "Beras Medium", "13100", null),
                new RawPriceRow(3, "2025-03-03", "PACET", "Bawang Merah", "38.500", null),
                new RawPriceRow(4, "2025-03-04", "Pasar Pacet", "Beras Medium", "", null));
    }

    @Test
    void damagedFilesGiveAMessageKey() {
        assertThatThrownBy(() -> read(PriceFiles.garbage(dir.resolve("g.xlsx"))))
                .isInstanceOfSatisfying(PriceFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.notXlsx"));
        assertThatThrownBy(() -> read(PriceFiles.garbage(dir.resolve("g.csv"))))
                .isInstanceOfSatisfying(PriceFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.binary"));
        assertThatThrownBy(() -> read(PriceFiles.zipBomb(dir)))
                .isInstanceOfSatisfying(PriceFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.zipBomb"));
        assertThatThrownBy(() -> read(PriceFiles.garbage(dir.resolve("g.pdf"))))
                .isInstanceOfSatisfying(PriceFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.unsupported"));
    }
}
