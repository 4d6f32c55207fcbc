package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Words;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.BAWANG;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.CABAI;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.PREMIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.catalog;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.defaults;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;

class DailyBriefTest {
    private static final Words WORDS = new Messages(Messages.INDONESIAN)::get;

    @Test
    void listsRisesFallsStableCountAndSeriousAlertsInShortPlainLines() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        LocalDate y = d.minusDays(1);
        // Cabai 40.000 → 45.000 (+12,5 %); Beras Medium 12.000 → 11.640 (−3,0 %); Premium 14.000 → 14.100 (+0,7 %:
        // stable, under 1 %); Bawang 40.000 → 40.000 (stable).
        DayIndicators day = DayIndicators.compute(catalog(), d, List.of(p(A, CABAI, y, 40_000), p(A, CABAI, d, 45_000),
                p(A, MEDIUM, y, 12_000), p(A, MEDIUM, d, 11_640), p(B, PREMIUM, y, 14_000), p(B, PREMIUM, d, 14_100),
                p(A, BAWANG, y, 40_000), p(A, BAWANG, d, 40_000)), defaults());
        Alert awas = new Alert(AlertKind.REFERENCE, AlertLevel.AWAS, CABAI, "CABAI-MERAH-KERITING",
                "Cabai Merah Keriting", null, null, null, null, 20.0, 15.0, "Cabai Merah Keriting Rp66.000, 20,0% di atas"
                + " HAP Rp55.000 dan kalimat yang sengaja dibuat terlalu panjang untuk satu baris");
        Alert waspada = new Alert(AlertKind.MISSING_REPORT, AlertLevel.WASPADA, null, null, null, B, null, "PASAR-B",
                "Pasar B", 1.0, 2.0, "Pasar B baru melapor 1 dari 2 komoditas");
        String text = DailyBrief.write(day, List.of(waspada, awas), "Kabupaten Mojokerto", WORDS);
        assertThat(text).isEqualTo("""
                Info Harga Bahan Pokok Kabupaten Mojokerto
                Senin, 15 Sep 2025

                Naik:
                - Cabai Merah Keriting Rp45.000 (+12,5%)
                Turun:
                - Beras Medium Rp11.640 (-3,0%)
                Stabil: 2 komoditas

                Peringatan:
                - AWAS: Cabai Merah Keriting Rp66.000, 20,0% di atas HAP Rp55.000 dan kalimat…
                """);
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(80));
        assertThat(text).doesNotContain("*").doesNotContain("_").doesNotContain("Waspada");
    }

    @Test
    void theEnglishBriefIsInEnglishAndNamesTheCommoditiesAtAlpsSiagaOrAwas() {
        LocalDate d = LocalDate.of(2026, 12, 2);
        LocalDate y = d.minusDays(1);
        // Cabai 40.000 → 45.000: +12,5 %, written the app's one way in both languages; Wednesday, not Rabu.
        DayIndicators day = DayIndicators.compute(catalog(), d, List.of(p(A, CABAI, y, 40_000),
                p(A, CABAI, d, 45_000)), defaults());
        List<DailyBrief.Anomaly> alps = List.of(new DailyBrief.Anomaly("Beras Medium", AlertLevel.WASPADA, 0.6),
                new DailyBrief.Anomaly("Bawang Merah", AlertLevel.SIAGA, 1.24),
                new DailyBrief.Anomaly("Cabai Merah Keriting", AlertLevel.AWAS, 2.35));
        String text = DailyBrief.write(day, List.of(), alps, "Kabupaten Mojokerto",
                new Messages(java.util.Locale.ENGLISH)::get);
        assertThat(text).isEqualTo("""
                Staple food prices Kabupaten Mojokerto
                Wednesday, 2 Dec 2026

                Up:
                - Cabai Merah Keriting Rp45.000 (+12,5%)
                Down: none
                Stable: 0 commodities

                Seasonal anomaly (ALPS) this month:
                - AWAS: Cabai Merah Keriting, 2,4 SD above its seasonal norm
                - SIAGA: Bawang Merah, 1,2 SD above its seasonal norm
                """);
        assertThat(DailyBrief.write(day, List.of(), alps, "Kabupaten Mojokerto", WORDS))
                .contains("Rabu, 2 Des 2026", "- AWAS: Cabai Merah Keriting, 2,4 simpangan baku di atas pola musiman")
                .doesNotContain("Beras Medium,");
    }

    @Test
    void aDayWithoutPricesSaysSo() {
        String text = DailyBrief.write(new DayIndicators(LocalDate.of(2025, 9, 14), List.of()), List.of(),
                "Kabupaten Mojokerto", WORDS);
        assertThat(text).contains("Minggu, 14 Sep 2025").contains("Naik: tidak ada").contains("Stabil: 0 komoditas")
                .contains("Belum ada harga yang masuk.");
    }
}
