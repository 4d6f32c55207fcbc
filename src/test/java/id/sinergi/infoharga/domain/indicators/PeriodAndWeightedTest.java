package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.PricePoint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.BAWANG;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.C;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.CABAI;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MINYAKITA;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.PREMIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.catalog;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.defaults;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PeriodAndWeightedTest {
    private static final double EPS = 1e-9;

    @Test
    void twoVariantsInOneGroupAreAveragedBeforeWeighting() {
        // Beras (w 3.81): Premium +4 %, Medium +2 % → r = 3 %. Cabai Merah (w 0.37): +10 %. Bawang Merah (w 0.29):
        // undefined → left out of Σw. Σw = 3.81 + 0.37 = 4.18.
        // R = (3.81 × 3 + 0.37 × 10)/4.18 = (11.43 + 3.7)/4.18 = 15.13/4.18 = 3.619617…
        // andil Beras 11.43/4.18 = 2.734450…, Cabai 3.7/4.18 = 0.885167…; together R.
        WeightedChange w = WeightedChange.of(catalog(), Map.of(PREMIUM, 4.0, MEDIUM, 2.0, CABAI, 10.0));
        assertThat(w.totalWeight()).isCloseTo(4.18, within(EPS));
        assertThat(w.pct()).isCloseTo(15.13 / 4.18, within(EPS));
        assertThat(w.groups()).hasSize(2);
        var rice = w.groups().get(0);
        assertThat(rice.code()).isEqualTo("BERAS");
        assertThat(rice.variants()).isEqualTo(2);
        assertThat(rice.changePct()).isCloseTo(3.0, within(EPS));
        assertThat(rice.contribution()).isCloseTo(11.43 / 4.18, within(EPS));
        assertThat(w.groups().get(1).contribution()).isCloseTo(3.7 / 4.18, within(EPS));
        assertThat(rice.contribution() + w.groups().get(1).contribution()).isCloseTo(w.pct(), within(EPS));
    }

    @Test
    void noDefinedChangeGivesNoWeightedChangeRatherThanZero() {
        assertThat(WeightedChange.of(catalog(), Map.of()).pct()).isNull();
    }

    @Test
    void weekAveragesAreMeansOfMarketAveragesAndTheChangeUsesMatchedMarkets() {
        // ISO week 2025-W38 is Mon 15 – Sun 21 Sep; the week before Mon 8 – Sun 14 Sep.
        IsoWeek week = IsoWeek.parse("2025-W38").orElseThrow();
        assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 9, 15));
        List<PricePoint> points = new ArrayList<>();
        LocalDate mon = week.monday();
        LocalDate prev = mon.minusDays(7);
        // This week: A 10.000 and 11.000 (avg 10.500), B 12.000 (avg 12.000), C 20.000 (avg 20.000, new this week).
        points.add(p(A, MEDIUM, mon, 10_000));
        points.add(p(A, MEDIUM, mon.plusDays(2), 11_000));
        points.add(p(B, MEDIUM, mon.plusDays(1), 12_000));
        points.add(p(C, MEDIUM, mon.plusDays(6), 20_000));
        // Week before: A 10.000 (avg 10.000), B 11.000 and 11.500 (avg 11.250).
        points.add(p(A, MEDIUM, prev, 10_000));
        points.add(p(B, MEDIUM, prev.plusDays(3), 11_000));
        points.add(p(B, MEDIUM, prev.plusDays(6), 11_500));
        // A day outside both weeks is ignored.
        points.add(p(A, MEDIUM, prev.minusDays(1), 99_000));
        PeriodFigures f = WeekIndicators.compute(catalog(), week, points, defaults()).commodities().get(0);
        // Regency average (10.500 + 12.000 + 20.000)/3 = 14.166,67; previous (10.000 + 11.250)/2 = 10.625.
        assertThat(f.average()).isCloseTo(42_500.0 / 3, within(EPS));
        assertThat(f.previousAverage()).isCloseTo(10_625, within(EPS));
        // Matched {A, B}: now (10.500 + 12.000)/2 = 11.250, before 10.625 → +625 Rp, 625 × 100/10.625 = 5,882353 %.
        assertThat(f.change().matchedMarkets()).isEqualTo(2);
        assertThat(f.change().rupiah()).isCloseTo(625, within(EPS));
        assertThat(f.change().pct()).isCloseTo(62_500.0 / 10_625, within(EPS));
        assertThat(f.riseLevel()).isEqualTo(id.sinergi.infoharga.domain.AlertLevel.WASPADA);
        // CV of the market averages 10.500, 12.000, 20.000.
        assertThat(f.disparity().cheapestMarketId()).isEqualTo(A);
        assertThat(f.disparity().dearestMarketId()).isEqualTo(C);
        assertThat(f.marketAverages()).extracting(MarketAverage::average).containsExactly(10_500.0, 12_000.0,
                20_000.0);
    }

    @Test
    void aReferenceThatChangedDuringTheWeekIsTheOneValidOnItsLastDay() {
        // 2024-W33 is Mon 12 – Sun 18 Aug 2024; Minyakita's HET went from 14.000 to 15.700 on 14 Aug.
        IsoWeek week = IsoWeek.parse("2024-W33").orElseThrow();
        List<PricePoint> points = List.of(p(A, MINYAKITA, LocalDate.of(2024, 8, 12), 15_000),
                p(A, MINYAKITA, LocalDate.of(2024, 8, 16), 16_000));
        PeriodFigures f = WeekIndicators.compute(catalog(), week, points, defaults()).commodities().get(0);
        // Average 15.500 against 15.700: (15.500 − 15.700) × 100/15.700 = −1,27 % → Normal; against the old 14.000
        // it would have been +10,7 % (Siaga).
        assertThat(f.reference().highRp()).isEqualTo(15_700);
        assertThat(f.reference().gapPct()).isCloseTo(-20_000.0 / 15_700, within(EPS));
        assertThat(f.reference().level()).isEqualTo(id.sinergi.infoharga.domain.AlertLevel.NORMAL);
        // No week before: the change is undefined, and so is the weighted change.
        assertThat(f.change()).isNull();
        assertThat(f.previousAverage()).isNull();
    }

    @Test
    void monthFiguresComeFromTheMonthlySumsWithMonthOnMonthYearOnYearAndYearToDate() {
        YearMonth m = YearMonth.of(2025, 3);
        List<MonthSum> sums = List.of(
                // March 2025: A avg 11.000 (sum 33.000 over 3 days), B avg 13.000.
                new MonthSum(A, BAWANG, m, 33_000, 3), new MonthSum(B, BAWANG, m, 26_000, 2),
                // Feb 2025: A avg 10.000 only → MoM over {A}: (11.000 − 10.000)/10.000 = +10 %.
                new MonthSum(A, BAWANG, YearMonth.of(2025, 2), 20_000, 2),
                // March 2024: A 12.000, B 12.000 → YoY over {A, B}: 12.000 → 12.000 = 0 %.
                new MonthSum(A, BAWANG, YearMonth.of(2024, 3), 12_000, 1),
                new MonthSum(B, BAWANG, YearMonth.of(2024, 3), 24_000, 2),
                // Dec 2024: B 10.400 → YTD over {B}: (13.000 − 10.400)/10.400 = +25 %.
                new MonthSum(B, BAWANG, YearMonth.of(2024, 12), 10_400, 1));
        MonthIndicators mi = MonthIndicators.compute(catalog(), m, sums, defaults());
        PeriodFigures f = mi.commodities().get(0);
        assertThat(f.average()).isCloseTo(12_000, within(EPS));
        assertThat(f.change().pct()).isCloseTo(10.0, within(EPS));
        assertThat(f.change().matchedMarkets()).isEqualTo(1);
        assertThat(f.yearOnYear().pct()).isCloseTo(0.0, within(EPS));
        assertThat(f.yearToDate().pct()).isCloseTo(25.0, within(EPS));
        assertThat(f.yearToDate().baseDate()).isEqualTo(LocalDate.of(2024, 12, 1));
        // Only Bawang Merah (w 0.29) has a defined MoM: R = r = 10 %.
        assertThat(mi.weighted().pct()).isCloseTo(10.0, within(EPS));
    }

    @Test
    void isoWeeksAreReadStrictly() {
        assertThat(IsoWeek.parse("2020-W53")).isPresent();
        assertThat(IsoWeek.parse("2021-W53")).isEmpty();
        assertThat(IsoWeek.parse("2025-38")).isEmpty();
        assertThat(IsoWeek.parse("2025-W00")).isEmpty();
        // 1 Jan 2027 is a Friday: it belongs to 2026-W53.
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
        assertThat(IsoWeek.parse("2026-W01").orElseThrow().previous().toString()).isEqualTo("2025-W52");
    }
}
