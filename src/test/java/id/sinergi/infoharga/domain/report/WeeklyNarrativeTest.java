package id.sinergi.infoharga.domain.report;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Words;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport.Ceiling;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.Contribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.Cover;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTable;
import id.sinergi.infoharga.domain.report.WeeklyReport.Mover;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Summary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The first page's sentences from a small week whose figures are worked out by hand. */
class WeeklyNarrativeTest {
    static final Words ID = new Messages(Messages.INDONESIAN)::get;
    static final Words EN = new Messages(Locale.ENGLISH)::get;

    /**
     * Rice 12.500 → 12.812,5 (+312,5 = +2,5 %), chilli 40.000 → 48.000 (+20 %), garlic 35.000 → 33.600 (−4 %);
     * rice's week average 14.000 is 3,7037 % above its HET 13.500; one outlet of two at Awas with 1,25 days;
     * Pacet reported 49 of 70 (70 %), Dinoyo 70 of 70.
     */
    static WeeklyReport week(Double weighted) {
        Summary summary = new Summary(weighted, List.of(new Contribution("Cabai", 0.37, 20.0, 0.86),
                new Contribution("Beras", 3.81, 2.5, 0.31)),
                List.of(new Mover("Cabai Merah Keriting", "kg", 20.0, 8000.0),
                        new Mover("Beras Medium", "kg", 2.5, 312.5)),
                List.of(new Mover("Bawang Putih", "kg", -4.0, -1400.0)), Map.of(),
                List.of(new Completeness("Pasar Dinoyo", 70, 70), new Completeness("Pasar Pacet", 49, 70)));
        List<StockRow> stock = List.of(
                new StockRow("WULANDARI Dinoyo", "Beras Medium", "kg", new BigDecimal("250"), 12.5,
                        AlertLevel.NORMAL, 12000L, 12600.0),
                new StockRow("WULANDARI Pacet", "Minyakita", "liter", new BigDecimal("5"), 1.25, AlertLevel.AWAS,
                        null, 17000.0));
        return new WeeklyReport(new Cover("Kabupaten Mojokerto", new IsoWeek(2026, 49), "admin",
                LocalDateTime.of(2026, 12, 7, 9, 0)), summary, List.of(), new MarketTable(List.of(), List.of()),
                stock, List.of(), Letterhead.NONE,
                List.of(new Ceiling("Beras Medium", "kg", "HET Rp13.500", 14000.0, 500.0 * 100 / 13500)), List.of());
    }

    @Test
    void aWeekIsToldInPlainIndonesianWithItsFiguresAsOnTheScreens() {
        assertThat(WeeklyNarrative.write(week(1.2345), ID)).containsExactly(
                "Secara tertimbang, harga bahan pokok naik 1,2% dibanding minggu lalu; penyumbang terbesar kelompok"
                        + " Cabai (+0,9 poin).",
                "Kenaikan terbesar: Cabai Merah Keriting +20,0% (+Rp8.000/kg) dan Beras Medium +2,5% (+Rp313/kg).",
                "Kenaikan lebih dari 5% dalam seminggu, seperti Cabai Merah Keriting, cepat terasa pada belanja"
                        + " rumah tangga dan perlu dipantau pasokannya.",
                "Penurunan terbesar: Bawang Putih \u22124,0% (\u2212Rp1.400/kg).",
                "1 komoditas rata-rata harganya di atas HET/HAP: Beras Medium Rp14.000/kg (3,7% di atas HET"
                        + " Rp13.500).",
                "Stok WULANDARI menipis pada 1 dari 2 persediaan; terendah Minyakita di WULANDARI Pacet (cukup 1,3"
                        + " hari).",
                "Laporan belum lengkap di 1 dari 2 pasar: Pasar Pacet (70,0%).");
    }

    @Test
    void aFallAndAStableWeekReadAsSuch() {
        // Both groups rose: neither explains a fall, so none is named.
        assertThat(WeeklyNarrative.overall(week(-0.96), ID)).isEqualTo(
                "Secara tertimbang, harga bahan pokok turun 1,0% dibanding minggu lalu.");
        assertThat(WeeklyNarrative.overall(week(-0.04), ID)).startsWith(
                "Secara tertimbang, harga bahan pokok relatif stabil (0,0%)");
    }

    @Test
    void theEnglishReportIsInEnglish() {
        List<String> text = WeeklyNarrative.write(week(1.2345), EN);
        assertThat(text.get(0)).isEqualTo("Weighted, staple food prices rose 1,2% against last week; the largest"
                + " contribution came from Cabai (+0,9 points).");
        assertThat(text.get(1)).isEqualTo("Largest rises: Cabai Merah Keriting +20,0% (+Rp8.000/kg) and Beras"
                + " Medium +2,5% (+Rp313/kg).");
        assertThat(String.join(" ", text)).doesNotContain("Kenaikan", "Stok", "pasar:");
    }

    @Test
    void theWeekIsNamedByItsMonthAndDays() {
        assertThat(ReportText.weekOfMonth(new IsoWeek(2026, 49), ID))
                .isEqualTo("Minggu ke-1 Desember 2026, 30 Nov \u2013 6 Des 2026");
        // 2026-W53 runs 28 Dec 2026 – 3 Jan 2027; its Thursday is the 31st: the fifth week of December.
        assertThat(ReportText.weekOfMonth(new IsoWeek(2026, 53), ID))
                .isEqualTo("Minggu ke-5 Desember 2026, 28 Des 2026 \u2013 3 Jan 2027");
        assertThat(ReportText.weekOfMonth(new IsoWeek(2026, 50), EN))
                .isEqualTo("Week 2 of December 2026, 7 \u2013 13 Dec 2026");
        assertThat(ReportText.longDay(LocalDate.of(2026, 12, 3), ID)).isEqualTo("3 Desember 2026");
    }

    @Test
    void percentagesHaveOneDecimalAndATrueMinus() {
        assertThat(ReportText.signedPct(-4.04)).isEqualTo("\u22124,0%");
        assertThat(ReportText.signedPct(-0.04)).isEqualTo("0,0%");
        assertThat(ReportText.signedPct(12.25)).isEqualTo("+12,3%");
        assertThat(ReportText.pct(1234.56)).isEqualTo("1.234,6%");
        assertThat(ReportText.signedRupiah(-1400.4)).isEqualTo("\u2212Rp1.400");
    }
}
