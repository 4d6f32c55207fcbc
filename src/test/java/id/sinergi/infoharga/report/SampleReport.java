package id.sinergi.infoharga.report;

import id.sinergi.infoharga.domain.Words;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.domain.report.WeeklyReport.CommodityRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.Contribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.Cover;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketPrice;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTable;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTableRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Mover;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Summary;
import id.sinergi.infoharga.domain.report.WeeklyReport.TrendSeries;
import id.sinergi.infoharga.domain.report.WeeklyReport.WeekPoint;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A hand-built weekly report for the writer tests: every figure is a literal, so the tests can look for it. */
final class SampleReport {
    static final String EVIL = "=HYPERLINK(\"x\")";
    static final Words LABELS = new Messages(Messages.INDONESIAN)::get;

    private SampleReport() {
    }

    static WeeklyReport build() {
        IsoWeek week = new IsoWeek(2025, 38);
        Cover cover = new Cover("Kabupaten Mojokerto", week, "admin", LocalDateTime.of(2025, 9, 22, 9, 30));
        Summary summary = new Summary(1.2345,
                List.of(new Contribution("Beras", 3.81, 2.5, 1.1), new Contribution("Cabai Merah", 0.37, 20.0, 0.86)),
                List.of(new Mover("Cabai Merah Keriting", "kg", 20.0, 8000.0), new Mover("Beras Medium", "kg", 2.5, 312.5)),
                List.of(new Mover("Bawang Putih", "kg", -4.0, -1400.0)),
                Map.of(AlertLevel.NORMAL, 30, AlertLevel.WASPADA, 3, AlertLevel.SIAGA, 1, AlertLevel.AWAS, 1),
                List.of(new Completeness("Pasar Dinoyo", 70, 70), new Completeness(EVIL, 35, 70)));
        List<CommodityRow> rows = List.of(
                new CommodityRow("BERAS-MEDIUM", "Beras Medium", "kg", "HET Rp13.500", 12500.0, 12812.5, 312.5, 2.5,
                        AlertLevel.NORMAL, 1.9876, new MarketPrice("Pasar Dinoyo", 12600.0),
                        new MarketPrice(EVIL, 13050.0), 3),
                new CommodityRow("CABAI-MERAH-KERITING", "Cabai Merah Keriting", "kg", null, 40000.0, 48000.0, 8000.0,
                        20.0, AlertLevel.SIAGA, null, null, null, 2),
                new CommodityRow("X-EVIL", EVIL, "kg", null, null, 15000.0, null, null, null, null,
                        new MarketPrice("Pasar Dinoyo", 15000.0), new MarketPrice("Pasar Dinoyo", 15000.0), 0));
        MarketTable table = new MarketTable(List.of("Pasar Dinoyo", "Pasar Pacet", EVIL), List.of(
                new MarketTableRow("Beras Medium", "kg", List.of(12600.0, 12787.5, 13050.0)),
                new MarketTableRow("Cabai Merah Keriting", "kg", Arrays.asList(46000.0, 50000.0, null)),
                new MarketTableRow(EVIL, "kg", Arrays.asList(15000.0, null, null))));
        List<StockRow> stock = List.of(
                new StockRow("WULANDARI Dinoyo", "Beras Medium", "kg", new BigDecimal("250.5"), 12.5, AlertLevel.NORMAL,
                        12000L, 12600.0),
                new StockRow(EVIL, "Minyakita", "liter", BigDecimal.ZERO, 0.0, AlertLevel.AWAS, null, 17000.0));
        List<TrendSeries> trends = new ArrayList<>();
        for (String[] c : new String[][] {{"Beras Medium", "12000"}, {"Cabai Merah Keriting", "40000"},
                {"Bawang Merah", "35000"}, {"Bawang Putih", "36000"}, {"Telur Ayam Ras", "27000"},
                {"Daging Ayam Ras", "36000"}, {"Minyakita", "15700"}, {"Gula Pasir", "17500"}}) {
            List<WeekPoint> points = new ArrayList<>();
            double base = Double.parseDouble(c[1]);
            for (int i = 7; i >= 0; i--) {
                // One gap (week 35 of the chilli) to show that a missing week is a gap, not a zero.
                Double v = c[0].startsWith("Cabai") && i == 3 ? null : base * (1 + 0.01 * ((7 - i) % 4) - 0.004 * i);
                points.add(new WeekPoint(IsoWeek.of(week.monday().minusWeeks(i)), v));
            }
            trends.add(new TrendSeries(c[0], "kg", points));
        }
        return new WeeklyReport(cover, summary, rows, table, stock, trends);
    }
}
