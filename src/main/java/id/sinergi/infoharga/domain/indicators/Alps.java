package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.Words;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * WFP's Alert for Price Spikes on the monthly regency average (DESIGN §4): OLS of
 * {@code P_t = α + β t + Σ_{k=2..12} γ_k D_k + ε} over every observed month up to the assessed one;
 * {@code ALPS = (P_t − P̂_t) / σ}, {@code σ = √(SSR/(n − 13))}. Only for series spanning ≥ 36 months with ≥ 70 %
 * of months observed and one in the last 6 months.
 */
public final class Alps {
    public static final int MIN_SPAN_MONTHS = 36;
    public static final double MIN_COVERAGE = 0.70;
    public static final int RECENT_MONTHS = 6;
    private static final int PARAMETERS = 13;

    private Alps() {
    }

    /** The regency monthly average of one commodity: per month, the mean of the market averages. */
    public static SortedMap<YearMonth, Double> regencySeries(Collection<MonthSum> sums, int commodityId) {
        Map<YearMonth, double[]> acc = new HashMap<>();
        for (MonthSum s : sums) {
            if (s.commodityId() == commodityId && s.dayCount() > 0) {
                double[] a = acc.computeIfAbsent(s.month(), k -> new double[2]);
                a[0] += s.average();
                a[1]++;
            }
        }
        SortedMap<YearMonth, Double> out = new TreeMap<>();
        acc.forEach((m, a) -> out.put(m, a[0] / a[1]));
        return out;
    }

    /** The regency monthly averages of one commodity as kept beside the prices (the same doubles as above). */
    public static SortedMap<YearMonth, Double> keptSeries(Collection<id.sinergi.infoharga.domain.RegencyMonth> months,
                                                          int commodityId) {
        SortedMap<YearMonth, Double> out = new TreeMap<>();
        for (id.sinergi.infoharga.domain.RegencyMonth m : months) {
            if (m.commodityId() == commodityId) {
                out.put(m.month(), m.mean());
            }
        }
        return out;
    }

    /** {@link #computeAll} on the regency monthly averages kept beside the prices. */
    public static List<AlpsResult> computeAllKept(Collection<id.sinergi.infoharga.domain.RegencyMonth> months,
                                                  Collection<Integer> commodityIds, YearMonth upTo, Words words) {
        Map<Integer, List<id.sinergi.infoharga.domain.RegencyMonth>> byCommodity = new HashMap<>();
        for (id.sinergi.infoharga.domain.RegencyMonth m : months) {
            byCommodity.computeIfAbsent(m.commodityId(), k -> new ArrayList<>()).add(m);
        }
        List<AlpsResult> out = new ArrayList<>();
        for (int c : commodityIds) {
            out.add(compute(c, keptSeries(byCommodity.getOrDefault(c, List.of()), c), upTo, words));
        }
        return out;
    }

    /**
     * The words of an ALPS level: Normal, Waspada, Siaga, Awas in Indonesian; WFP's Normal, Stress, Alert, Crisis
     * in English.
     */
    public static String levelKey(AlertLevel level) {
        return switch (level) {
            case NORMAL -> "alps.level.normal";
            case WASPADA -> "alps.level.waspada";
            case SIAGA -> "alps.level.siaga";
            case AWAS -> "alps.level.awas";
        };
    }

    /** Levels: below 0.25 Normal, [0.25, 1) Waspada, [1, 2) Siaga, 2 and above Awas. */
    public static AlertLevel level(double alps) {
        if (alps >= 2) {
            return AlertLevel.AWAS;
        }
        if (alps >= 1) {
            return AlertLevel.SIAGA;
        }
        return alps >= 0.25 ? AlertLevel.WASPADA : AlertLevel.NORMAL;
    }

    /**
     * ALPS of the latest observed month up to {@code upTo}.
     *
     * @param series monthly regency averages (months without prices absent)
     */
    public static AlpsResult compute(int commodityId, SortedMap<YearMonth, Double> series, YearMonth upTo,
                                     Words words) {
        SortedMap<YearMonth, Double> usable = series.headMap(upTo.plusMonths(1));
        if (usable.isEmpty()) {
            return AlpsResult.notEligible(commodityId, upTo, 0, 0, words.get("indicators.alps.noData"));
        }
        YearMonth last = usable.lastKey();
        int span = (int) ChronoUnit.MONTHS.between(usable.firstKey(), last) + 1;
        int n = usable.size();
        if (ChronoUnit.MONTHS.between(last, upTo) >= RECENT_MONTHS) {
            return AlpsResult.notEligible(commodityId, last, n, span,
                    words.get("indicators.alps.stale", RECENT_MONTHS));
        }
        if (span < MIN_SPAN_MONTHS) {
            return AlpsResult.notEligible(commodityId, last, n, span,
                    words.get("indicators.alps.short", MIN_SPAN_MONTHS, span));
        }
        if (n < MIN_COVERAGE * span) {
            return AlpsResult.notEligible(commodityId, last, n, span,
                    words.get("indicators.alps.sparse", Math.round(MIN_COVERAGE * 100), n, span));
        }
        YearMonth first = usable.firstKey();
        double[] y = new double[n];
        double[][] x = new double[n][];
        int i = 0;
        for (var e : usable.entrySet()) {
            y[i] = e.getValue();
            x[i] = regressors(first, e.getKey());
            i++;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta;
        double ssr;
        try {
            beta = ols.estimateRegressionParameters();
            ssr = ols.calculateResidualSumOfSquares();
        } catch (SingularMatrixException e) {
            return AlpsResult.notEligible(commodityId, last, n, span, words.get("indicators.alps.singular"));
        }
        double[] xt = regressors(first, last);
        double fitted = beta[0];
        for (int k = 0; k < xt.length; k++) {
            fitted += beta[k + 1] * xt[k];
        }
        double actual = usable.get(last);
        double sigma = Math.sqrt(Math.max(ssr, 0) / (n - PARAMETERS));
        // A series the model explains exactly has no spike: 0 rather than 0/0.
        double value = sigma <= 1e-9 * Math.abs(actual) ? 0 : (actual - fitted) / sigma;
        return new AlpsResult(commodityId, last, n, span, actual, fitted, sigma, value, level(value), null);
    }

    /** t (months since the first observed month) and the eleven month dummies D_2 … D_12. */
    static double[] regressors(YearMonth first, YearMonth month) {
        double[] x = new double[12];
        x[0] = ChronoUnit.MONTHS.between(first, month);
        int calendarMonth = month.getMonthValue();
        if (calendarMonth >= 2) {
            x[calendarMonth - 1] = 1;
        }
        return x;
    }

    /** ALPS of every commodity with monthly sums, for the month of a day. */
    public static List<AlpsResult> computeAll(Collection<MonthSum> sums, Collection<Integer> commodityIds,
                                              YearMonth upTo, Words words) {
        Map<Integer, List<MonthSum>> byCommodity = new HashMap<>();
        for (MonthSum s : sums) {
            byCommodity.computeIfAbsent(s.commodityId(), k -> new ArrayList<>()).add(s);
        }
        List<AlpsResult> out = new ArrayList<>();
        for (int c : commodityIds) {
            out.add(compute(c, regencySeries(byCommodity.getOrDefault(c, List.of()), c), upTo, words));
        }
        return out;
    }
}
