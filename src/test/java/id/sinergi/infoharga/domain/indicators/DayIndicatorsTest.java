package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.PricePoint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.BAWANG;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.C;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MINYAKITA;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.catalog;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.defaults;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DayIndicatorsTest {
    private static final double EPS = 1e-9;

    private static PriceFigures regency(LocalDate d, int commodity, List<PricePoint> points) {
        return DayIndicators.compute(catalog(), d, points, defaults()).commodity(commodity).orElseThrow().regency();
    }

    @Test
    void theMonthBaseOf31MarchIs29FebruaryInALeapYearAnd28FebruaryOtherwise() {
        LocalDate leap = LocalDate.of(2024, 3, 31);
        // 29 Feb 2024: 10.000; 28 Feb: 9.000 (must not be used); 31 Mar: 11.000 → (11.000 − 10.000)/10.000 = +10 %
        PriceFigures f = regency(leap, MEDIUM, List.of(p(A, MEDIUM, LocalDate.of(2024, 2, 28), 9_000),
                p(A, MEDIUM, LocalDate.of(2024, 2, 29), 10_000), p(A, MEDIUM, leap, 11_000)));
        assertThat(f.month().baseDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(f.month().pct()).isCloseTo(10.0, within(EPS));
        assertThat(f.month().rupiah()).isCloseTo(1_000, within(EPS));

        LocalDate common = LocalDate.of(2025, 3, 31);
        // 28 Feb 2025: 12.000 → (11.400 − 12.000)/12.000 = −5 %; 1 Mar lies after the target and is not a base.
        PriceFigures g = regency(common, MEDIUM, List.of(p(A, MEDIUM, LocalDate.of(2025, 2, 28), 12_000),
                p(A, MEDIUM, LocalDate.of(2025, 3, 1), 99_000), p(A, MEDIUM, common, 11_400)));
        assertThat(g.month().baseDate()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(g.month().pct()).isCloseTo(-5.0, within(EPS));
    }

    @Test
    void aBaseDayThreeDaysBeforeTheTargetIsFoundAndOneBeyondSevenDaysIsNot() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // Day target 14 Sep; nothing on 12–14; 11 Sep (three days back) has 10.000 → 10.500/10.000 = +5 %.
        PriceFigures f = regency(d, MEDIUM, List.of(p(A, MEDIUM, LocalDate.of(2025, 9, 11), 10_000),
                p(A, MEDIUM, d, 10_500)));
        assertThat(f.day().baseDate()).isEqualTo(LocalDate.of(2025, 9, 11));
        assertThat(f.day().pct()).isCloseTo(5.0, within(EPS));
        // Week target 8 Sep, window 1–8 Sep: 11 Sep is after the target, so there is no week base.
        assertThat(f.week()).isNull();

        // Day target 14 Sep, window 7–14 Sep: 6 Sep is eight days back → undefined, not 0.
        PriceFigures g = regency(d, MEDIUM, List.of(p(A, MEDIUM, LocalDate.of(2025, 9, 6), 10_000),
                p(A, MEDIUM, d, 10_500)));
        assertThat(g.day()).isNull();
        // 6 Sep is two days before the week target (8 Sep): 10.500/10.000 → +5 %.
        assertThat(g.week().pct()).isCloseTo(5.0, within(EPS));
        // Exactly seven days back (7 Sep for the day target 14 Sep) still counts.
        PriceFigures h = regency(d, MEDIUM, List.of(p(A, MEDIUM, LocalDate.of(2025, 9, 7), 10_000),
                p(A, MEDIUM, d, 10_500)));
        assertThat(h.day().baseDate()).isEqualTo(LocalDate.of(2025, 9, 7));
    }

    @Test
    void aMarketMissingOnTheBaseDayDoesNotMoveTheRegencyChange() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        LocalDate base = d.minusDays(1);
        // d: A 10.000, B 12.000, C 20.000; base: A 9.000, B 10.000, C silent.
        // Regency price (10.000 + 12.000 + 20.000)/3 = 14.000 over 3 markets.
        // Matched {A, B}: mean today 11.000, mean base 9.500 → (11.000 − 9.500) × 100 / 9.500 = 15.789473…%
        // and +Rp1.500. Had C been averaged in, the "change" would be (14.000 − 9.500)/9.500 = +47 %.
        PriceFigures f = regency(d, MEDIUM, List.of(p(A, MEDIUM, base, 9_000), p(B, MEDIUM, base, 10_000),
                p(A, MEDIUM, d, 10_000), p(B, MEDIUM, d, 12_000), p(C, MEDIUM, d, 20_000)));
        assertThat(f.price()).isCloseTo(14_000, within(EPS));
        assertThat(f.markets()).isEqualTo(3);
        assertThat(f.day().matchedMarkets()).isEqualTo(2);
        assertThat(f.day().pct()).isCloseTo(1_500.0 * 100 / 9_500, within(EPS));
        assertThat(f.day().pct()).isCloseTo(15.789473684, within(1e-8));
        assertThat(f.day().rupiah()).isCloseTo(1_500, within(EPS));
    }

    @Test
    void aBaseDaySeenOnlyByMarketsSilentTodayDoesNotHideAMatchableEarlierDay() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // d: A 11.000. 14 Sep: only B (silent today). 13 Sep: A 10.000 → base 13 Sep, +10 %.
        PriceFigures f = regency(d, MEDIUM, List.of(p(B, MEDIUM, d.minusDays(1), 50_000),
                p(A, MEDIUM, d.minusDays(2), 10_000), p(A, MEDIUM, d, 11_000)));
        assertThat(f.day().baseDate()).isEqualTo(d.minusDays(2));
        assertThat(f.day().pct()).isCloseTo(10.0, within(EPS));
    }

    @Test
    void disparityNeedsThreeMarketsAndNamesTheCheapestAndDearest() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // 10.000, 12.000, 20.000: mean 14.000; squares 16e6 + 4e6 + 36e6 = 56e6; s² = 56e6/2 = 28e6;
        // s = 5.291,5026; CV = 5.291,5026/14.000 × 100 = 37,79645 %; spread 20.000 − 10.000 = 10.000.
        PriceFigures f = regency(d, MEDIUM, List.of(p(A, MEDIUM, d, 10_000), p(B, MEDIUM, d, 12_000),
                p(C, MEDIUM, d, 20_000)));
        assertThat(f.disparity().cvPct()).isCloseTo(Math.sqrt(28e6) / 14_000 * 100, within(EPS));
        assertThat(f.disparity().cvPct()).isCloseTo(37.79645, within(1e-5));
        assertThat(f.disparity().cheapestMarketId()).isEqualTo(A);
        assertThat(f.disparity().dearestMarketId()).isEqualTo(C);
        assertThat(f.disparity().spreadRp()).isEqualTo(10_000);

        PriceFigures two = regency(d, MEDIUM, List.of(p(A, MEDIUM, d, 10_000), p(B, MEDIUM, d, 12_000)));
        assertThat(two.disparity()).isNull();
    }

    @Test
    void aHapRangeGivesTheGapAboveItsUpperEndAndMarksPricesBelowItsLowerEnd() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // HAP 36.500–41.500. 45.650: (45.650 − 41.500) × 100 / 41.500 = 415.000/41.500 = 10 % → Siaga (5, 15].
        ReferenceGap high = regency(d, BAWANG, List.of(p(A, BAWANG, d, 45_650))).reference();
        assertThat(high.gapPct()).isCloseTo(10.0, within(EPS));
        assertThat(high.level()).isEqualTo(AlertLevel.SIAGA);
        assertThat(high.belowLow()).isFalse();
        // 35.000 < 36.500: information only; gap (35.000 − 41.500)/41.500 = −15,66 % → Normal.
        ReferenceGap low = regency(d, BAWANG, List.of(p(A, BAWANG, d, 35_000))).reference();
        assertThat(low.belowLow()).isTrue();
        assertThat(low.level()).isEqualTo(AlertLevel.NORMAL);
        // 40.000 inside the range: neither.
        ReferenceGap inside = regency(d, BAWANG, List.of(p(A, BAWANG, d, 40_000))).reference();
        assertThat(inside.belowLow()).isFalse();
        assertThat(inside.level()).isEqualTo(AlertLevel.NORMAL);
    }

    @Test
    void theReferenceIsTheOneValidOnTheDay() {
        // Minyakita HET 14.000 until 13 Aug 2024, 15.700 from 14 Aug.
        // 13 Aug: (15.000 − 14.000)/14.000 = 7,142857 % → Siaga. 14 Aug: (15.000 − 15.700)/15.700 = −4,4586 %.
        LocalDate before = LocalDate.of(2024, 8, 13);
        LocalDate after = LocalDate.of(2024, 8, 14);
        List<PricePoint> points = List.of(p(A, MINYAKITA, before, 15_000), p(A, MINYAKITA, after, 15_000));
        ReferenceGap g1 = regency(before, MINYAKITA, points).reference();
        ReferenceGap g2 = regency(after, MINYAKITA, points).reference();
        assertThat(g1.highRp()).isEqualTo(14_000);
        assertThat(g1.gapPct()).isCloseTo(100.0 / 14, within(EPS));
        assertThat(g1.level()).isEqualTo(AlertLevel.SIAGA);
        assertThat(g2.highRp()).isEqualTo(15_700);
        assertThat(g2.gapPct()).isCloseTo(-700.0 * 100 / 15_700, within(EPS));
        assertThat(g2.level()).isEqualTo(AlertLevel.NORMAL);
        // The day change straddles the switch but is a price change only: 0 %.
        assertThat(regency(after, MINYAKITA, points).day().pct()).isZero();
    }

    @Test
    void eachMarketHasItsOwnSeriesAndBaseDays() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // A: 14 Sep 10.000 → 15 Sep 11.000 (+10 %). B: 12 Sep 8.000 → 15 Sep 8.400 (+5 %).
        var day = DayIndicators.compute(catalog(), d, List.of(p(A, MEDIUM, d.minusDays(1), 10_000),
                p(B, MEDIUM, d.minusDays(3), 8_000), p(A, MEDIUM, d, 11_000), p(B, MEDIUM, d, 8_400)), defaults());
        CommodityDay c = day.commodity(MEDIUM).orElseThrow();
        assertThat(c.market(A).orElseThrow().figures().day().pct()).isCloseTo(10.0, within(EPS));
        assertThat(c.market(B).orElseThrow().figures().day().pct()).isCloseTo(5.0, within(EPS));
        assertThat(c.market(B).orElseThrow().figures().day().baseDate()).isEqualTo(d.minusDays(3));
        assertThat(c.market(B).orElseThrow().figures().markets()).isEqualTo(1);
        // The regency base is 14 Sep, where only A is matched: +10 %.
        assertThat(c.regency().day().matchedMarkets()).isEqualTo(1);
        assertThat(c.regency().day().pct()).isCloseTo(10.0, within(EPS));
        // A commodity not observed on d has no row.
        assertThat(day.commodity(BAWANG)).isEmpty();
    }

    @Test
    void theRangesNeededAreTheDayAndTheFourBaseWindowsOnly() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // day window 7–14 Sep and week window 1–8 Sep merge with the day into 1–15 Sep;
        // month: 8–15 Aug; year: 8–15 Sep 2024.
        assertThat(DayIndicators.rangesNeeded(d)).containsExactly(
                new DateRange(LocalDate.of(2024, 9, 8), LocalDate.of(2024, 9, 15)),
                new DateRange(LocalDate.of(2025, 8, 8), LocalDate.of(2025, 8, 15)),
                new DateRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 15)));
    }

    @Test
    void aWeekRiseOfExactlyTheThresholdReachesItsLevel() {
        LocalDate d = LocalDate.of(2025, 9, 15);
        // Staple: 10.000 → 10.500 = +5 % → Waspada; 10.499 → +4,99 % → Normal.
        assertThat(regency(d, MEDIUM, List.of(p(A, MEDIUM, d.minusDays(7), 10_000), p(A, MEDIUM, d, 10_500)))
                .riseLevel()).isEqualTo(AlertLevel.WASPADA);
        assertThat(regency(d, MEDIUM, List.of(p(A, MEDIUM, d.minusDays(7), 10_000), p(A, MEDIUM, d, 10_499)))
                .riseLevel()).isEqualTo(AlertLevel.NORMAL);
        // Volatile (bawang): +15 % is only Waspada; +14,99 % Normal.
        assertThat(regency(d, BAWANG, List.of(p(A, BAWANG, d.minusDays(7), 40_000), p(A, BAWANG, d, 46_000)))
                .riseLevel()).isEqualTo(AlertLevel.WASPADA);
        assertThat(regency(d, BAWANG, List.of(p(A, BAWANG, d.minusDays(7), 40_000), p(A, BAWANG, d, 45_996)))
                .riseLevel()).isEqualTo(AlertLevel.NORMAL);
    }
}
