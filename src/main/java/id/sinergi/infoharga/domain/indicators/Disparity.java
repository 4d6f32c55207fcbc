package id.sinergi.infoharga.domain.indicators;

import java.util.Map;

/**
 * Disparity between markets (DESIGN §4): {@code CV = s / mean × 100} with the sample standard deviation (n−1),
 * defined for n ≥ 3, with the cheapest and dearest market and the spread between them.
 */
public record Disparity(double cvPct, int markets, int cheapestMarketId, double cheapestRp, int dearestMarketId,
                        double dearestRp, double spreadRp) {

    public static final int MIN_MARKETS = 3;

    /** The disparity of the given market values, or null when fewer than three markets reported. */
    public static Disparity of(Map<Integer, ? extends Number> byMarket) {
        int n = byMarket.size();
        if (n < MIN_MARKETS) {
            return null;
        }
        double sum = 0;
        int cheapest = -1;
        int dearest = -1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        // Ties go to the lower market id, so that the answer does not depend on map order.
        for (var e : byMarket.entrySet()) {
            double v = e.getValue().doubleValue();
            sum += v;
            if (v < lo || (v == lo && e.getKey() < cheapest)) {
                lo = v;
                cheapest = e.getKey();
            }
            if (v > hi || (v == hi && e.getKey() < dearest)) {
                hi = v;
                dearest = e.getKey();
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (Number v : byMarket.values()) {
            double d = v.doubleValue() - mean;
            squares += d * d;
        }
        double s = Math.sqrt(squares / (n - 1));
        return new Disparity(s / mean * 100, n, cheapest, lo, dearest, hi, hi - lo);
    }
}
