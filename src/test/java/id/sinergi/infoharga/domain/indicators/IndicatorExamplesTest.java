package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.Quotes;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.Words;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.BAWANG;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.C;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.CABAI;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.PREMIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The worked examples of docs/indicators.md, computed through the domain code: each figure the page prints is
 * asserted here (worked out by hand in the page; ALPS also by an independent least-squares fit), and the page is
 * checked to still print it.
 */
class IndicatorExamplesTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 15);
    private static final Words WORDS = new Messages(Messages.INDONESIAN)::get;

    private static String page() throws IOException {
        return Files.readString(Path.of("docs/indicators.md"));
    }

    /** The example's Beras Medium prices: today at A, B, C; yesterday at A and B; a week ago (6 Sep) at all three. */
    private static List<PricePoint> medium() {
        return List.of(
                p(A, MEDIUM, MONDAY, 12_000), p(B, MEDIUM, MONDAY, 12_600), p(C, MEDIUM, MONDAY, 13_200),
                p(A, MEDIUM, MONDAY.minusDays(1), 11_800), p(B, MEDIUM, MONDAY.minusDays(1), 12_400),
                p(A, MEDIUM, LocalDate.of(2025, 9, 6), 11_500), p(B, MEDIUM, LocalDate.of(2025, 9, 6), 12_000),
                p(C, MEDIUM, LocalDate.of(2025, 9, 6), 12_600));
    }

    private static PriceFigures mediumToday() {
        DayIndicators day = DayIndicators.compute(TestCatalog.catalog(), MONDAY, medium(), TestCatalog.defaults());
        return day.commodity(MEDIUM).orElseThrow().regency();
    }

    @Test
    void marketPriceFromQuotes() throws IOException {
        assertThat(Quotes.marketPrice(List.of(12_000L, 13_000L, 12_500L))).isEqualTo(12_500);
        assertThat(Quotes.marketPrice(List.of(12_000L, 12_501L))).isEqualTo(12_251);
        assertThat(page()).contains("Rp12.500", "Rp12.251");
    }

    @Test
    void regencyPriceAndTheDayChangeOverMatchedMarkets() throws IOException {
        PriceFigures today = mediumToday();
        assertThat(today.price()).isEqualTo(12_600.0);
        assertThat(today.markets()).isEqualTo(3);
        Change day = today.day();
        assertThat(day.baseDate()).isEqualTo(MONDAY.minusDays(1));
        assertThat(day.matchedMarkets()).isEqualTo(2);
        assertThat(day.currentMean()).isEqualTo(12_300.0);
        assertThat(day.baseMean()).isEqualTo(12_100.0);
        assertThat(day.rupiah()).isEqualTo(200.0);
        assertThat(day.pct()).isCloseTo(1.6529, within(0.0001));
        assertThat(page()).contains("Rp12.600", "Rp12.300", "Rp12.100", "+1,65 %", "+Rp200", "+4,13 %");
    }

    @Test
    void theWeekChangeFindsItsBaseDayWithinSevenDaysBeforeTheTarget() throws IOException {
        Change week = mediumToday().week();
        // Target 8 Sep has no prices; the latest day on or before it, no more than 7 days earlier, is 6 Sep.
        assertThat(week.baseDate()).isEqualTo(LocalDate.of(2025, 9, 6));
        assertThat(week.matchedMarkets()).isEqualTo(3);
        assertThat(week.baseMean()).isCloseTo(12_033.33, within(0.01));
        assertThat(week.pct()).isCloseTo(4.7091, within(0.0001));
        assertThat(mediumToday().riseLevel()).isEqualTo(AlertLevel.NORMAL);
        assertThat(mediumToday().month()).as("no price between 8 and 15 Aug: undefined, never 0").isNull();
        assertThat(page()).contains("Rp12.033,33", "+4,71 %");
    }

    @Test
    void disparityAsTheCoefficientOfVariation() throws IOException {
        Disparity cv = mediumToday().disparity();
        assertThat(cv.cvPct()).isCloseTo(4.7619, within(0.0001));
        assertThat(cv.cheapestMarketId()).isEqualTo(A);
        assertThat(cv.dearestMarketId()).isEqualTo(C);
        assertThat(cv.spreadRp()).isEqualTo(1_200.0);
        assertThat(Disparity.of(Map.of(A, 12_000, B, 12_600))).as("fewer than 3 markets").isNull();
        assertThat(page()).contains("4,76 %", "Rp1.200");
    }

    @Test
    void theGapToTheReferencePriceAndItsLevel() throws IOException {
        ReferenceGap het = mediumToday().reference();
        assertThat(het.gapPct()).isCloseTo(0.8, within(1e-9));
        assertThat(het.level()).isEqualTo(AlertLevel.WASPADA);

        var catalog = TestCatalog.catalog();
        var hap = catalog.referenceOn(BAWANG, MONDAY).orElseThrow();
        var thresholds = TestCatalog.defaults().of(BAWANG);
        ReferenceGap above = ReferenceGap.of(hap, 48_000, thresholds);
        assertThat(above.gapPct()).isCloseTo(15.6627, within(0.0001));
        assertThat(above.level()).isEqualTo(AlertLevel.AWAS);
        ReferenceGap below = ReferenceGap.of(hap, 35_000, thresholds);
        assertThat(below.belowLow()).isTrue();
        assertThat(below.level()).isEqualTo(AlertLevel.NORMAL);
        assertThat(page()).contains("+0,80 %", "+15,66 %");
    }

    @Test
    void weightedChangeAndContributions() throws IOException {
        WeightedChange w = WeightedChange.of(TestCatalog.catalog(), Map.of(PREMIUM, 1.0, MEDIUM, 2.0, CABAI, 10.0,
                BAWANG, -4.0));
        assertThat(w.totalWeight()).isCloseTo(4.47, within(1e-9));
        assertThat(w.pct()).isCloseTo(1.8468, within(0.0001));
        Map<String, Double> byGroup = new java.util.HashMap<>();
        w.groups().forEach(g -> byGroup.put(g.code(), g.contribution()));
        assertThat(byGroup.get("BERAS")).isCloseTo(1.2785, within(0.0001));
        assertThat(byGroup.get("CABAI-MERAH")).isCloseTo(0.8277, within(0.0001));
        assertThat(byGroup.get("BAWANG-MERAH")).isCloseTo(-0.2595, within(0.0001));
        assertThat(byGroup).doesNotContainKey("MINYAK-GORENG");
        assertThat(byGroup.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(w.pct(),
                within(1e-12));
        assertThat(page()).contains("+1,85 %", "1,28", "0,83", "\u22120,26");
    }

    @Test
    void weekAveragesOverMatchedMarkets() throws IOException {
        DateRange last = new DateRange(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 14));
        DateRange now = new DateRange(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 21));
        List<PricePoint> points = List.of(
                p(A, MEDIUM, LocalDate.of(2025, 9, 8), 11_900), p(A, MEDIUM, LocalDate.of(2025, 9, 10), 12_100),
                p(B, MEDIUM, LocalDate.of(2025, 9, 9), 12_500),
                p(A, MEDIUM, LocalDate.of(2025, 9, 15), 12_000), p(A, MEDIUM, LocalDate.of(2025, 9, 16), 12_200),
                p(B, MEDIUM, LocalDate.of(2025, 9, 15), 12_600), p(C, MEDIUM, LocalDate.of(2025, 9, 15), 13_200));
        PeriodAverage thisWeek = PeriodAverage.of(points, now).get(MEDIUM);
        PeriodAverage lastWeek = PeriodAverage.of(points, last).get(MEDIUM);
        assertThat(thisWeek.regency()).isCloseTo(12_633.33, within(0.01));
        Change ww = PeriodAverage.change(thisWeek, lastWeek, last.from());
        assertThat(ww.matchedMarkets()).isEqualTo(2);
        assertThat(ww.currentMean()).isEqualTo(12_350.0);
        assertThat(ww.baseMean()).isEqualTo(12_250.0);
        assertThat(ww.pct()).isCloseTo(0.8163, within(0.0001));
        assertThat(page()).contains("Rp12.633,33", "Rp12.350", "Rp12.250", "+0,82 %");
    }

    /** The example series: trend, a Ramadan season in March–April, ±150 noise, and a spike in January 2025. */
    static SortedMap<YearMonth, Double> alpsSeries() {
        SortedMap<YearMonth, Double> series = new TreeMap<>();
        for (int t = 1; t <= 37; t++) {
            YearMonth m = YearMonth.of(2022, 1).plusMonths(t - 1);
            double season = m.getMonthValue() == 3 ? 600 : m.getMonthValue() == 4 ? 300 : 0;
            double value = 12_000 + 40 * t + season + (t % 2 == 0 ? 150 : -150);
            series.put(m, t == 37 ? value + 1_500 : value);
        }
        return series;
    }

    @Test
    void alpsOnTheMonthlyRegencyAverage() throws IOException {
        SortedMap<YearMonth, Double> series = alpsSeries();
        AlpsResult r = Alps.compute(MEDIUM, series, YearMonth.of(2025, 1), WORDS);
        assertThat(r.eligible()).isTrue();
        assertThat(r.actual()).isEqualTo(14_830.0);
        assertThat(r.fitted()).isCloseTo(13_830.0, within(1e-6));
        assertThat(r.sigma()).isCloseTo(250.0, within(1e-6));
        assertThat(r.value()).isCloseTo(4.0, within(1e-9));
        assertThat(r.level()).isEqualTo(AlertLevel.AWAS);

        // Independently: the same regression by Apache Commons Math (trend t, month dummies for Feb … Dec).
        List<YearMonth> months = new ArrayList<>(series.keySet());
        double[] y = new double[months.size()];
        double[][] x = new double[months.size()][12];
        for (int i = 0; i < months.size(); i++) {
            y[i] = series.get(months.get(i));
            x[i][0] = i + 1;
            int month = months.get(i).getMonthValue();
            if (month >= 2) {
                x[i][month - 1] = 1;
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double fitted = beta[0];
        for (int k = 0; k < 12; k++) {
            fitted += beta[k + 1] * x[months.size() - 1][k];
        }
        double sigma = Math.sqrt(ols.calculateResidualSumOfSquares() / (months.size() - 13));
        assertThat(fitted).isCloseTo(r.fitted(), within(1e-6));
        assertThat(sigma).isCloseTo(r.sigma(), within(1e-6));
        assertThat(page()).contains("Rp14.830", "Rp13.830", "250", "4,00");
    }

    private static StockMovement move(LocalDate day, MovementKind kind, long kg) {
        return new StockMovement(UUID.randomUUID(), 1, MEDIUM, day, kind, BigDecimal.valueOf(kg), null, null, "uji",
                "uji", Instant.parse("2025-09-01T00:00:00Z"));
    }

    @Test
    void wulandariDaysOfCover() throws IOException {
        List<StockMovement> moves = new ArrayList<>(List.of(move(LocalDate.of(2025, 9, 1), MovementKind.RECEIPT,
                500)));
        for (LocalDate d = LocalDate.of(2025, 9, 2); !d.isAfter(MONDAY); d = d.plusDays(1)) {
            moves.add(move(d, MovementKind.SALE, 30));
        }
        var thresholds = TestCatalog.defaults().of(MEDIUM);
        StockCover cover = StockCover.of(1, MEDIUM, MONDAY, moves, thresholds, AlertLevel.NORMAL);
        assertThat(cover.onHand()).isEqualByComparingTo("80");
        assertThat(cover.outflow14()).isEqualByComparingTo("420");
        assertThat(cover.daysOfCover()).isCloseTo(2.667, within(0.001));
        assertThat(cover.level()).isEqualTo(AlertLevel.SIAGA);
        StockCover raised = StockCover.of(1, MEDIUM, MONDAY, moves, thresholds, AlertLevel.SIAGA);
        assertThat(raised.level()).isEqualTo(AlertLevel.AWAS);
        assertThat(page()).contains("80 kg", "420 kg", "2,67 hari");
    }
}
