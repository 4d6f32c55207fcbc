package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The weekly report end to end on a small hand-worked dataset: 3 markets, 2 commodities, weeks 2025-W37
 * (8–14 Sep) and 2025-W38 (15–21 Sep). The third market and the chilli are renamed {@code =HYPERLINK("x")}.
 *
 * <pre>
 * Beras Medium (HET 12.500, staple: rise 5/10/20 %)
 *   W37: A 12000, 12000, 12300 → 12100;  B 12400, 12600 → 12500;  C 13000 → 13000
 *        regency = (12100 + 12500 + 13000) / 3 = 12533.33
 *   W38: A 12500, 12500, 12800 → 12600;  B 12900, 13100 → 13000;  C did not report
 *        regency = (12600 + 13000) / 2 = 12800
 *   change over matched A, B: (12100 + 12500)/2 = 12300 → 12800: +500 Rp, +4.0650 %  (rise level Normal)
 *   gap to HET = (12800 − 12500) / 12500 = +2.4 % → Waspada; level = Waspada; CV undefined (2 markets)
 * Chilli (HAP 37.000–55.000, volatile: rise 15/30/50 %)
 *   W37: A 40000, B 42000, C 44000 → 42000
 *   W38: A 48000, 50000 → 49000;  B 50000;  C 52000, 54000 → 53000;  regency = 152000 / 3 = 50666.67
 *   change over A, B, C: 42000 → 50666.67: +8666.67 Rp, +20.6349 % → Waspada; gap (50666.67−55000)/55000 < 0
 *   CV: s of {49000, 50000, 53000} = 2081.67; 2081.67 / 50666.67 = 4.1086 %; cheapest A 49000, dearest C 53000
 * WULANDARI Pasar Raya Mojosari (at market A), Beras Medium: 300 kg received on 8 Sep, 14 kg sold every day
 *   8–21 Sep at Rp12.000: stock 300 − 14 × 14 = 104 kg; outflow of the last 14 days 196 / 14 = 14 kg a day;
 *   cover 104 / 14 = 7.43 days → Normal; against A's week average 12600: 12000 / 12600 − 1 = −4.76 %
 * Weighted: (3.81 × 4.0650 + 0.37 × 20.6349) / (3.81 + 0.37) = 5.5318 %
 * Completeness W38 (Mon–Sat): A, B and C reported Beras and chilli in the 28 days before, so each is expected
 *   6 days × 2 = 12 pairs; A reported 5, B 3, C 2. The 17 silent markets are expected 6 × 35 = 210 and reported 0.
 * </pre>
 */
class ReportServiceTest {
    static final IsoWeek W38 = new IsoWeek(2025, 38);
    static final String EVIL = "=HYPERLINK(\"x\")";

    // One database for the class: the tests only read it, and opening one costs seconds.
    @TempDir
    static Path dir;
    static Database db;
    static ReportService reports;
    static String a;
    static String b;

    @BeforeAll
    static void load() {
        db = Database.open(dir.resolve("data"));
        Store store = new Store(db);
        ReferenceDataService ref = new ReferenceDataService(store);
        Catalog catalog = ref.catalog();
        Market ma = catalog.findMarket("RAYA-MJS").orElseThrow();
        Market mb = catalog.findMarket("NIAGA-MJS").orElseThrow();
        Market mc = catalog.findMarket("DINOYO").orElseThrow();
        a = ma.name();
        b = mb.name();
        int beras = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
        Commodity chilli = catalog.findCommodity("CABAI-MERAH-KERITING").orElseThrow();
        List<PricePoint> points = new ArrayList<>();
        // W37
        points.add(p(ma, beras, 8, 12000));
        points.add(p(ma, beras, 9, 12000));
        points.add(p(ma, beras, 10, 12300));
        points.add(p(mb, beras, 8, 12400));
        points.add(p(mb, beras, 11, 12600));
        points.add(p(mc, beras, 8, 13000));
        points.add(p(ma, chilli.id(), 8, 40000));
        points.add(p(mb, chilli.id(), 8, 42000));
        points.add(p(mc, chilli.id(), 8, 44000));
        // W38
        points.add(p(ma, beras, 15, 12500));
        points.add(p(ma, beras, 16, 12500));
        points.add(p(ma, beras, 19, 12800));
        points.add(p(mb, beras, 15, 12900));
        points.add(p(mb, beras, 20, 13100));
        points.add(p(ma, chilli.id(), 15, 48000));
        points.add(p(ma, chilli.id(), 16, 50000));
        points.add(p(mb, chilli.id(), 15, 50000));
        points.add(p(mc, chilli.id(), 15, 52000));
        points.add(p(mc, chilli.id(), 17, 54000));
        var outlet = catalog.findOutlet("WLD-RAYA-MJS").orElseThrow();
        List<StockMovement> moves = new ArrayList<>();
        Instant at = Instant.parse("2025-09-08T03:00:00Z");
        moves.add(new StockMovement(UUID.randomUUID(), outlet.id(), beras, LocalDate.of(2025, 9, 8),
                MovementKind.RECEIPT, new BigDecimal("300"), null, "Bulog", "test", "test", at));
        for (int day = 8; day <= 21; day++) {
            moves.add(new StockMovement(UUID.randomUUID(), outlet.id(), beras, LocalDate.of(2025, 9, day),
                    MovementKind.SALE, new BigDecimal("14"), 12_000L, null, "test", "test", at));
        }
        store.inTransaction(tx -> {
            tx.stock().insertBatch(moves);
            tx.prices().insertBatch(points, "test", "test");
            tx.prices().rebuildMonths(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
            tx.markets().update(new Market(mc.id(), mc.code(), EVIL, mc.kecamatan(), mc.marketType(), true));
            tx.commodities().update(new Commodity(chilli.id(), chilli.code(), EVIL, null, chilli.unit(),
                    chilli.groupId(), true, chilli.sortOrder()));
            return null;
        });
        Clock clock = Clock.fixed(Instant.parse("2025-09-22T02:00:00Z"), ZoneId.of("Asia/Jakarta"));
        Messages messages = new Messages(Messages.INDONESIAN);
        IndicatorService indicators = new IndicatorService(store, ref, messages);
        reports = new ReportService(store, ref, indicators,
                new AlertService(store, ref, indicators, clock, messages), clock, messages);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static PricePoint p(Market m, int commodity, int septemberDay, long price) {
        return new PricePoint(m.id(), commodity, LocalDate.of(2025, 9, septemberDay), price);
    }

    @Test
    void contentComesFromTheIndicators() {
        WeeklyReport r = reports.weekly(W38, "analis");
        assertThat(r.cover().regency()).isEqualTo("Kabupaten Mojokerto");
        assertThat(r.commodities()).extracting(WeeklyReport.CommodityRow::code)
                .containsExactly("BERAS-MEDIUM", "CABAI-MERAH-KERITING");
        assertThat(r.summary().weightedChangePct()).isCloseTo(5.5318, within(1e-4));
        assertThat(r.summary().completeness()).hasSize(20);
        assertThat(r.summary().completeness().get(0)).isEqualTo(new WeeklyReport.Completeness(a, 5, 12));
        assertThat(r.summary().completeness().get(1)).isEqualTo(new WeeklyReport.Completeness(b, 3, 12));
        assertThat(r.summary().completeness().get(2)).isEqualTo(new WeeklyReport.Completeness(EVIL, 2, 12));
        assertThat(r.summary().completeness().get(3).expected()).isEqualTo(210);
        assertThat(r.summary().completeness().get(3).reported()).isZero();
        assertThat(r.summary().biggestRises()).extracting(WeeklyReport.Mover::commodityName)
                .containsExactly(EVIL, "Beras Medium");
        assertThat(r.stock()).hasSize(1);
        WeeklyReport.StockRow stock = r.stock().get(0);
        assertThat(stock.outletName()).isEqualTo("WULANDARI Pasar Raya Mojosari");
        assertThat(stock.stock()).isEqualByComparingTo("104");
        assertThat(stock.daysOfCover()).isCloseTo(104.0 / 14, within(1e-9));
        assertThat(stock.level()).isEqualTo(AlertLevel.NORMAL);
        assertThat(stock.outletPriceRp()).isEqualTo(12_000L);
        assertThat(stock.marketPriceRp()).isEqualTo(12_600.0);
        assertThat(stock.priceGapPct()).isCloseTo(-4.7619, within(1e-4));
        // Two commodities at Waspada, one stock position at Normal.
        assertThat(r.summary().alertCounts()).containsEntry(AlertLevel.WASPADA, 2)
                .containsEntry(AlertLevel.NORMAL, 1).containsEntry(AlertLevel.SIAGA, 0);
        // Trend: eight weeks W31–W38, the first six without prices (gaps), then the two worked weeks.
        var rice = r.trends().get(0);
        assertThat(rice.points()).hasSize(8);
        assertThat(rice.points().get(0).week()).isEqualTo(new IsoWeek(2025, 31));
        assertThat(rice.points().get(5).averageRp()).isNull();
        assertThat(rice.points().get(6).averageRp()).isCloseTo(37600.0 / 3, within(1e-9));
        assertThat(rice.points().get(7).averageRp()).isEqualTo(12800.0);
    }

    @Test
    void excelHoldsEveryFigureOfTheCommodityTable() throws IOException {
        Path file = reports.writeWeekly(W38, "analis", dir.resolve("laporan.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = book.getSheet("Komoditas");
            Row rice = s.getRow(4);
            assertThat(rice.getCell(1).getStringCellValue()).isEqualTo("BERAS-MEDIUM");
            assertThat(rice.getCell(2).getStringCellValue()).isEqualTo("Beras Medium");
            assertThat(rice.getCell(3).getStringCellValue()).isEqualTo("kg");
            assertThat(rice.getCell(4).getStringCellValue()).isEqualTo("HET Rp12.500");
            assertThat(rice.getCell(5).getNumericCellValue()).isCloseTo(12533.3333, within(1e-4));
            assertThat(rice.getCell(6).getNumericCellValue()).isEqualTo(12800.0);
            assertThat(rice.getCell(7).getNumericCellValue()).isEqualTo(500.0);
            assertThat(rice.getCell(8).getNumericCellValue()).isCloseTo(0.040650, within(1e-6));
            assertThat(rice.getCell(9).getStringCellValue()).isEqualTo("Waspada");
            assertThat(rice.getCell(10).getStringCellValue()).isEqualTo("\u2013");
            assertThat(rice.getCell(11).getStringCellValue()).isEqualTo("\u2013");
            assertThat(rice.getCell(12).getStringCellValue()).isEqualTo("\u2013");
            assertThat(rice.getCell(15).getNumericCellValue()).isEqualTo(2.0);

            Row chilli = s.getRow(5);
            assertThat(chilli.getCell(2).getStringCellValue()).isEqualTo("'" + EVIL);
            assertThat(chilli.getCell(4).getStringCellValue()).isEqualTo("HAP Rp37.000\u2013Rp55.000");
            assertThat(chilli.getCell(5).getNumericCellValue()).isEqualTo(42000.0);
            assertThat(chilli.getCell(6).getNumericCellValue()).isCloseTo(50666.6667, within(1e-4));
            assertThat(chilli.getCell(7).getNumericCellValue()).isCloseTo(8666.6667, within(1e-4));
            assertThat(chilli.getCell(8).getNumericCellValue()).isCloseTo(0.206349, within(1e-6));
            assertThat(chilli.getCell(9).getStringCellValue()).isEqualTo("Waspada");
            assertThat(chilli.getCell(10).getNumericCellValue()).isCloseTo(0.041086, within(1e-6));
            assertThat(chilli.getCell(11).getStringCellValue()).isEqualTo(a);
            assertThat(chilli.getCell(12).getNumericCellValue()).isEqualTo(49000.0);
            assertThat(chilli.getCell(13).getStringCellValue()).isEqualTo("'" + EVIL);
            assertThat(chilli.getCell(14).getNumericCellValue()).isEqualTo(53000.0);
            assertThat(chilli.getCell(15).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(6)).isNull();

            Sheet markets = book.getSheet("Komoditas per Pasar");
            assertThat(markets.getRow(3).getCell(4).getStringCellValue()).isEqualTo("'" + EVIL);
            assertThat(markets.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(12600.0);
            assertThat(markets.getRow(4).getCell(4).getStringCellValue()).isEqualTo("\u2013");
            assertThat(markets.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(53000.0);
            Row stockRow = book.getSheet("Stok WULANDARI").getRow(4);
            assertThat(stockRow.getCell(3).getNumericCellValue()).isEqualTo(104.0);
            assertThat(stockRow.getCell(4).getNumericCellValue()).isCloseTo(7.4286, within(1e-4));
            assertThat(stockRow.getCell(6).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(stockRow.getCell(8).getNumericCellValue()).isCloseTo(-0.047619, within(1e-6));
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            assertThat(c.getStringCellValue()).doesNotStartWith("=");
                        }
                    }
                }
            }
        }
    }

    @Test
    void pdfShowsTheSameFigures() throws IOException {
        Path file = reports.writeWeekly(W38, "analis", dir.resolve("laporan.pdf"));
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // Cells wrap, so line breaks inside a figure's cell are read as spaces.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace("\u2013 ", "\u2013");
            // Rupiah rounded half up to whole Rupiah, percentages with one decimal and a decimal comma, as on the screens.
            assertThat(text).contains("Beras Medium", "HET Rp12.500", "Rp12.533", "Rp12.800", "+Rp500", "+4,1%",
                    "Waspada");
            assertThat(text).contains("HAP Rp37.000\u2013Rp55.000", "Rp42.000", "Rp50.667", "+Rp8.667", "+20,6%",
                    "4,1%", "Rp49.000", "Rp53.000");
            assertThat(text).contains("+5,5%", "Kabupaten Mojokerto", "2025-W38");
            // The name is shown as the literal text it is; the PDF carries no link that it could have become.
            assertThat(text).contains(EVIL);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
        }
    }

    @Test
    void csvHoldsTheCommodityTable() throws IOException {
        Path file = reports.writeWeekly(W38, "analis", dir.resolve("laporan.csv"));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Written with the folder's usual rights (umask), not the owner-only rights of a temporary file.
            Path plain = Files.createFile(dir.resolve("biasa.txt"));
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).values()).containsExactly("BERAS-MEDIUM", "Beras Medium", "kg", "HET Rp12.500",
                "12533.33", "12800.00", "500.00", "4.07", "Waspada", "", "", "", "", "", "2");
        assertThat(rows.get(2).values()).containsExactly("CABAI-MERAH-KERITING", "'" + EVIL, "kg",
                "HAP Rp37.000\u2013Rp55.000", "42000.00", "50666.67", "8666.67", "20.63", "Waspada", "4.11", a,
                "49000.00", "'" + EVIL, "53000.00", "3");
    }

    @Test
    void badRequestsChangeNothingAndSaySoInIndonesian() {
        assertThatThrownBy(() -> reports.writeWeekly(W38, "analis", dir.resolve("laporan.docx")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Jenis berkas tidak dikenal");
        assertThatThrownBy(() -> reports.writeWeekly(W38, "analis", dir.resolve("no/such/laporan.pdf")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("tidak ada");
        assertThatThrownBy(() -> reports.writeWeekly(new IsoWeek(2025, 30), "analis", dir.resolve("x.pdf")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Belum ada harga");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        assertThat(dir.resolve("laporan.docx")).doesNotExist();
    }

    /** Records what a write tells, and cancels once it announces the given message. */
    private static final class CancellingAt implements WorkProgress {
        final List<Double> fractions = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        private final String stopAt;
        private boolean cancelled;

        CancellingAt(String stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void update(double fraction, String message) {
            fractions.add(fraction);
            texts.add(message);
            if (message.equals(stopAt)) {
                cancelled = true;
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }

    @Test
    void progressRisesThroughEveryPartOfEachFormat() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("progress"));
        for (String name : List.of("laporan.xlsx", "laporan.pdf", "laporan.csv")) {
            CancellingAt progress = new CancellingAt("never");
            reports.writeWeekly(W38, "analis", folder.resolve(name), false, progress);
            assertThat(progress.fractions).as(name).isSortedAccordingTo(Double::compare);
            assertThat(progress.fractions.get(0)).isZero();
            assertThat(progress.texts.get(0)).isEqualTo("Menghitung indikator minggu 2025-W38…");
            int parts = switch (name.substring(name.indexOf('.'))) {
                case ".xlsx" -> 6;
                case ".pdf" -> 5;
                default -> 1;
            };
            assertThat(progress.texts).as(name).contains("Menulis bagian 1 dari " + parts + "…",
                    "Menulis bagian " + parts + " dari " + parts + "…");
        }
    }

    @Test
    void aCancelInTheMiddleLeavesNeitherTheReportNorATemporaryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cancel"));
        Path older = Files.writeString(folder.resolve("lama.pdf"), "laporan minggu lalu");
        for (String stopAt : List.of("Menulis bagian 2 dari 6…", "Menghitung indikator minggu 2025-W38…")) {
            CancellingAt progress = new CancellingAt(stopAt);
            assertThatThrownBy(() -> reports.writeWeekly(W38, "analis", folder.resolve("baru.xlsx"), false, progress))
                    .isInstanceOf(WorkCancelledException.class);
            assertThat(progress.texts.get(progress.texts.size() - 1)).isEqualTo(stopAt);
        }
        CancellingAt pdf = new CancellingAt("Menulis bagian 4 dari 5…");
        assertThatThrownBy(() -> reports.writeWeekly(W38, "analis", older, true, pdf))
                .isInstanceOf(WorkCancelledException.class);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("lama.pdf");
        }
        assertThat(Files.readString(older)).isEqualTo("laporan minggu lalu");
    }
}
