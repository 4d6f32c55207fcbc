package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.PricePoint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.sinergi.infoharga.domain.indicators.TestCatalog.A;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.B;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.C;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.MEDIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.PREMIUM;
import static id.sinergi.infoharga.domain.indicators.TestCatalog.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CommodityHistoryTest {
    private static final LocalDate D1 = LocalDate.of(2025, 9, 1);
    private static final LocalDate D2 = D1.plusDays(1);
    private static final LocalDate D3 = D1.plusDays(2);
    private static final DateRange RANGE = new DateRange(D1, D3);

    private static List<PricePoint> points() {
        return List.of(p(A, MEDIUM, D1, 12_000), p(B, MEDIUM, D1, 13_000), p(C, MEDIUM, D1, 14_000),
                p(A, MEDIUM, D2, 12_500), p(B, MEDIUM, D2, 13_500), p(C, MEDIUM, D3, 15_000),
                p(A, PREMIUM, D1, 99_000), p(A, MEDIUM, D3.plusDays(1), 99_000));
    }

    @Test
    void eachDayHasTheMeanOfTheMarketsThatReportedAndItsCheapestAndDearest() {
        CommodityHistory h = CommodityHistory.of(MEDIUM, RANGE, points());
        // D1: (12.000 + 13.000 + 14.000)/3 = 13.000; D2: (12.500 + 13.500)/2 = 13.000; D3: only C, 15.000.
        // Premium and the day after the range are left out.
        assertThat(h.days()).containsExactly(
                new CommodityHistory.RegencyDay(D1, 13_000, 3, 12_000, A, 14_000, C),
                new CommodityHistory.RegencyDay(D2, 13_000, 2, 12_500, A, 13_500, B),
                new CommodityHistory.RegencyDay(D3, 15_000, 1, 15_000, C, 15_000, C));
        assertThat(h.market(C)).extracting(PricePoint::priceRp).containsExactly(14_000L, 15_000L);
    }

    @Test
    void aReducedHistoryKeepsTheWholeBucketsBand() {
        CommodityHistory h = CommodityHistory.of(MEDIUM, RANGE, points());
        // maxPoints 2 → one bucket of all three days: lowest mean D1 (13.000, first of the tie), highest D3;
        // the band of the bucket is 12.000 (A on D1) to 15.000 (C on D3).
        List<CommodityHistory.RegencyDay> reduced = h.downsampled(2);
        assertThat(reduced).extracting(CommodityHistory.RegencyDay::date).containsExactly(D1, D3);
        assertThat(reduced).allSatisfy(d -> {
            assertThat(d.low()).isEqualTo(12_000);
            assertThat(d.high()).isEqualTo(15_000);
        });
    }

    @Test
    void theHeatMapIsEachMarketsMeanGapToTheRegencyPricePerBucket() {
        CommodityHistory h = CommodityHistory.of(MEDIUM, RANGE, points());
        // Two buckets over three days: [D1], [D2, D3].
        CommodityHistory.GapMatrix m = h.gaps(List.of(A, B, C, 5), 2);
        assertThat(m.starts()).containsExactly(D1, D2);
        assertThat(m.ends()).containsExactly(D1, D3);
        // A: D1 (12.000 − 13.000)/13.000 = −7,692 %; D2 (12.500 − 13.000)/13.000 = −3,846 %.
        assertThat(m.cells().get(0).get(0)).isCloseTo(-100.0 / 13, within(1e-9));
        assertThat(m.cells().get(0).get(1)).isCloseTo(-50.0 / 13, within(1e-9));
        // C: D1 +7,692 %; D3 (15.000 − 15.000) = 0 → mean over its one day in the bucket, 0.
        assertThat(m.cells().get(2).get(0)).isCloseTo(100.0 / 13, within(1e-9));
        assertThat(m.cells().get(2).get(1)).isCloseTo(0.0, within(1e-9));
        // Market 5 never reported.
        List<Double> none = new ArrayList<>();
        none.add(null);
        none.add(null);
        assertThat(m.cells().get(3)).isEqualTo(none);
    }
}
