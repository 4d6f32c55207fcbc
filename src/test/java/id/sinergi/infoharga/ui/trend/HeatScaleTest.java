package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.domain.indicators.CommodityHistory.GapMatrix;
import id.sinergi.infoharga.domain.indicators.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeatScaleTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static GapMatrix matrix(Double... gaps) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < gaps.length; i++) {
            days.add(DAY.plusDays(i));
        }
        return new GapMatrix(List.of(1), days, days, List.of(Arrays.asList(gaps)));
    }

    @Test
    void staplesKeepTheFixedSteps() {
        // |gaps| 0,2 … 4,8: the 90th percentile is under 5 % → 0,5 / 2 / 5.
        HeatScale s = HeatScale.of(matrix(0.2, -1.0, 1.5, -2.5, 3.0, 4.8, null, -0.4, 2.2, 1.1));
        assertThat(s).isEqualTo(HeatScale.STAPLES);
        assertThat(s.binClass(4.8)).isEqualTo("gap-above-2");
        assertThat(s.binClass(5.2)).isEqualTo("gap-above-3");
        assertThat(s.binClass(-0.4)).isEqualTo("gap-level");
        assertThat(s.binClass(null)).isEqualTo("gap-none");
    }

    @Test
    void volatileGoodsGetAScaleThatDoesNotSaturate() {
        // Chilli: |gaps| 3, 6, 9, 12, 15, 18, 21, 24, 27.5, 40 (ten values). Nearest rank 90 %: the 9th = 27,5 →
        // top 28 (whole per cent up), mid 28 × 0,4 = 11,2, low 2,8.
        HeatScale s = HeatScale.of(matrix(3.0, -6.0, 9.0, -12.0, 15.0, -18.0, 21.0, -24.0, 27.5, -40.0));
        assertThat(s.top()).isCloseTo(28.0, within(1e-9));
        assertThat(s.mid()).isCloseTo(11.2, within(1e-9));
        assertThat(s.low()).isCloseTo(2.8, within(1e-9));
        // With the staples' steps all but one cell were the strongest colour; now they spread over the three.
        long strongest = List.of(3.0, 6.0, 9.0, 12.0, 15.0, 18.0, 21.0, 24.0, 27.5, 40.0).stream()
                .filter(g -> HeatScale.STAPLES.binClass(g).endsWith("-3")).count();
        assertThat(strongest).isEqualTo(9);
        assertThat(s.binClass(3.0)).isEqualTo("gap-above-1");
        assertThat(s.binClass(-12.0)).isEqualTo("gap-below-2");
        assertThat(s.binClass(27.5)).isEqualTo("gap-above-2");
        assertThat(s.binClass(-40.0)).isEqualTo("gap-below-3");
        assertThat(HeatScale.of(null)).isEqualTo(HeatScale.STAPLES);
    }

    @Test
    void fiveYearsStartAtTheFirstStoredDay() {
        LocalDate end = LocalDate.of(2026, 12, 3);
        // Two years stored: the view starts at the first price, not three empty years earlier.
        assertThat(TrendRange.YEAR_5.ending(end, LocalDate.of(2024, 12, 4)))
                .isEqualTo(new DateRange(LocalDate.of(2024, 12, 4), end));
        // Ten years stored: five years back.
        assertThat(TrendRange.YEAR_5.ending(end, LocalDate.of(2016, 1, 1)))
                .isEqualTo(new DateRange(LocalDate.of(2021, 12, 3), end));
        assertThat(TrendRange.YEAR_5.ending(end, null)).isEqualTo(new DateRange(LocalDate.of(2021, 12, 3), end));
        // A year keeps its year.
        assertThat(TrendRange.YEAR_1.ending(end, LocalDate.of(2026, 6, 1)))
                .isEqualTo(new DateRange(LocalDate.of(2025, 12, 3), end));
    }
}
