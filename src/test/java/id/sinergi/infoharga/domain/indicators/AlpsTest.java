package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.Words;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlpsTest {
    private static final Words WORDS = new Messages(Messages.INDONESIAN)::get;
    private static final YearMonth START = YearMonth.of(2021, 1);
    private static final double[] SEASON = {0, 300, -200, 150, 0, -100, 400, 250, -300, 0, 100, -50};

    /** 10.000 + 50 t + a fixed season: a series the model explains exactly. */
    private static SortedMap<YearMonth, Double> perfect(int months) {
        SortedMap<YearMonth, Double> s = new TreeMap<>();
        for (int t = 0; t < months; t++) {
            YearMonth m = START.plusMonths(t);
            s.put(m, 10_000 + 50.0 * t + SEASON[m.getMonthValue() - 1]);
        }
        return s;
    }

    @Test
    void aSeriesTheModelExplainsExactlyHasNoSpike() {
        AlpsResult r = Alps.compute(1, perfect(48), START.plusMonths(47), WORDS);
        assertThat(r.eligible()).isTrue();
        assertThat(r.value()).isZero();
        assertThat(r.level()).isEqualTo(AlertLevel.NORMAL);
        assertThat(r.fitted()).isCloseTo(10_000 + 50.0 * 47 + SEASON[11], within(1e-6));
    }

    @Test
    void aShockInTheLastMonthMatchesAnIndependentLeastSquaresSolution() {
        SortedMap<YearMonth, Double> s = perfect(48);
        YearMonth last = START.plusMonths(47);
        s.put(last, s.get(last) + 2_000);
        // Some noise elsewhere so that σ does not come from the shock alone.
        s.put(START.plusMonths(5), s.get(START.plusMonths(5)) - 120);
        s.put(START.plusMonths(20), s.get(START.plusMonths(20)) + 80);
        s.remove(START.plusMonths(30));

        AlpsResult r = Alps.compute(1, s, last, WORDS);

        // Independently: the normal equations (XᵀX)β = Xᵀy solved by Gauss–Jordan elimination here.
        int n = s.size();
        double[][] x = new double[n][13];
        double[] y = new double[n];
        int i = 0;
        for (var e : s.entrySet()) {
            x[i][0] = 1;
            x[i][1] = START.until(e.getKey(), java.time.temporal.ChronoUnit.MONTHS);
            int month = e.getKey().getMonthValue();
            if (month >= 2) {
                x[i][month] = 1;
            }
            y[i++] = e.getValue();
        }
        double[] beta = solveNormalEquations(x, y);
        double ssr = 0;
        double[] xLast = x[n - 1];
        for (int k = 0; k < n; k++) {
            double res = y[k] - dot(x[k], beta);
            ssr += res * res;
        }
        double sigma = Math.sqrt(ssr / (n - 13));
        double expected = (y[n - 1] - dot(xLast, beta)) / sigma;

        assertThat(r.observedMonths()).isEqualTo(47);
        assertThat(r.spanMonths()).isEqualTo(48);
        assertThat(r.sigma()).isCloseTo(sigma, within(1e-6));
        assertThat(r.value()).isCloseTo(expected, within(1e-6));
        assertThat(r.value()).isGreaterThan(2);
        assertThat(r.level()).isEqualTo(AlertLevel.AWAS);
        // A drop of the same size is a negative ALPS: no spike, Normal.
        s.put(last, s.get(last) - 4_000);
        AlpsResult drop = Alps.compute(1, s, last, WORDS);
        assertThat(drop.value()).isNegative();
        assertThat(drop.level()).isEqualTo(AlertLevel.NORMAL);
    }

    @Test
    void aShortHistoryIsNotEligibleAndSaysWhy() {
        AlpsResult r = Alps.compute(1, perfect(35), START.plusMonths(34), WORDS);
        assertThat(r.eligible()).isFalse();
        assertThat(r.value()).isNull();
        assertThat(r.reason()).isEqualTo("riwayat kurang dari 36 bulan (35 bulan)");
    }

    @Test
    void seventyPercentOfMonthsMustBeObserved() {
        // 36 months spanned; 26 observed = 72,2 % → eligible; 25 observed = 69,4 % → not.
        SortedMap<YearMonth, Double> s = perfect(36);
        for (int t = 1; t <= 10; t++) {
            s.remove(START.plusMonths(2 * t));
        }
        assertThat(Alps.compute(1, s, START.plusMonths(35), WORDS).eligible()).isTrue();
        s.remove(START.plusMonths(23));
        AlpsResult r = Alps.compute(1, s, START.plusMonths(35), WORDS);
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).isEqualTo("kurang dari 70% bulan terisi (25 dari 36 bulan)");
    }

    @Test
    void theLastObservationMustBeWithinSixMonths() {
        SortedMap<YearMonth, Double> s = perfect(48);
        // Last price in month 47; asking for month 52 (five months later) is fine, month 53 (six later) is not.
        assertThat(Alps.compute(1, s, START.plusMonths(52), WORDS).eligible()).isTrue();
        AlpsResult r = Alps.compute(1, s, START.plusMonths(53), WORDS);
        assertThat(r.reason()).isEqualTo("tidak ada harga dalam 6 bulan terakhir");
        assertThat(Alps.compute(1, new TreeMap<>(), START, WORDS).reason()).isEqualTo("belum ada harga bulanan");
    }

    @Test
    void levelsFollowTheBoundariesOfDesign() {
        assertThat(Alps.level(0.2499)).isEqualTo(AlertLevel.NORMAL);
        assertThat(Alps.level(0.25)).isEqualTo(AlertLevel.WASPADA);
        assertThat(Alps.level(0.9999)).isEqualTo(AlertLevel.WASPADA);
        assertThat(Alps.level(1)).isEqualTo(AlertLevel.SIAGA);
        assertThat(Alps.level(2)).isEqualTo(AlertLevel.AWAS);
        assertThat(Alps.level(-3)).isEqualTo(AlertLevel.NORMAL);
    }

    @Test
    void theRegencySeriesIsTheMeanOfTheMarketAverages() {
        // March: A 33.000/3 = 11.000, B 26.000/2 = 13.000 → 12.000 (not 59.000/5 = 11.800).
        var series = Alps.regencySeries(List.of(new MonthSum(1, 7, YearMonth.of(2025, 3), 33_000, 3),
                new MonthSum(2, 7, YearMonth.of(2025, 3), 26_000, 2),
                new MonthSum(2, 8, YearMonth.of(2025, 3), 1, 1)), 7);
        assertThat(series).containsExactly(java.util.Map.entry(YearMonth.of(2025, 3), 12_000.0));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] solveNormalEquations(double[][] x, double[] y) {
        int p = x[0].length;
        double[][] a = new double[p][p + 1];
        for (double[] row : x) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    a[i][j] += row[i] * row[j];
                }
            }
        }
        for (int k = 0; k < x.length; k++) {
            for (int i = 0; i < p; i++) {
                a[i][p] += x[k][i] * y[k];
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < p; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= p; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] beta = new double[p];
        for (int i = 0; i < p; i++) {
            beta[i] = a[i][p] / a[i][i];
        }
        return beta;
    }
}
