package id.sinergi.infoharga.domain.entry;

import id.sinergi.infoharga.domain.indicators.AlertThresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks of DESIGN §5 "Entry checks", run as an officer types one price. Pure functions. */
public final class EntryChecks {
    /** A change beyond this fraction needs a reason; volatile groups (cabai, bawang) get {@link #VOLATILE_LIMIT}. */
    public static final double STAPLE_LIMIT = 0.25;
    public static final double VOLATILE_LIMIT = 0.50;
    /** A digit slip: the ratio to the previous price lies within 5 % of ×10, ÷10, ×100 or ÷100. */
    public static final double SLIP_TOLERANCE = 0.05;
    /** Iglewicz–Hoaglin modified z-score threshold and the minimum number of markets it is computed over. */
    public static final double OUTLIER_Z = 3.5;
    public static final int OUTLIER_MIN_MARKETS = 5;

    private EntryChecks() {
    }

    /**
     * What is known about a commodity when its price is typed.
     *
     * @param previousRp the last price entered for this market before the day, or null
     * @param referenceHighRp the HET or the upper end of the HAP valid on the day, or null
     * @param storedRange a range configured for the commodity, or null to derive one
     * @param reasonLimitPct a change beyond this many percent (either way) needs a reason
     * @param otherMarketsRp the same day's prices of the same commodity at the other markets
     */
    public record Context(Long previousRp, Long referenceHighRp, PlausibleRange storedRange, double reasonLimitPct,
                          List<Long> otherMarketsRp) {
        public Context {
            otherMarketsRp = otherMarketsRp == null ? List.of() : List.copyOf(otherMarketsRp);
        }

        /** With the fixed limits of DESIGN §5 (25 %, volatile groups 50 %). */
        public Context(Long previousRp, Long referenceHighRp, PlausibleRange storedRange, boolean volatileGroup,
                       List<Long> otherMarketsRp) {
            this(previousRp, referenceHighRp, storedRange, (volatileGroup ? VOLATILE_LIMIT : STAPLE_LIMIT) * 100,
                    otherMarketsRp);
        }

        public PlausibleRange range() {
            if (storedRange != null) {
                return storedRange;
            }
            return PlausibleRange.around(previousRp != null ? previousRp : referenceHighRp);
        }
    }

    /** The checks in the order an officer should meet them: the first that applies decides the kind. */
    public static EntryVerdict check(long priceRp, Context ctx) {
        Double change = changePercent(priceRp, ctx.previousRp()).orElse(null);
        PlausibleRange range = ctx.range();
        boolean outlier = isOutlier(priceRp, ctx.otherMarketsRp());
        if (!PlausibleRange.ABSOLUTE.contains(priceRp)) {
            return new EntryVerdict(EntryVerdict.Kind.IMPOSSIBLE, priceRp, 0, change, PlausibleRange.ABSOLUTE, outlier);
        }
        if (ctx.previousRp() != null) {
            Optional<Long> slip = digitSlip(priceRp, ctx.previousRp());
            if (slip.isPresent()) {
                return new EntryVerdict(EntryVerdict.Kind.DIGIT_SLIP, priceRp, slip.get(), change, range, outlier);
            }
        }
        if (!range.contains(priceRp)) {
            return new EntryVerdict(EntryVerdict.Kind.OUT_OF_RANGE, priceRp, 0, change, range, outlier);
        }
        if (isLargeChange(priceRp, ctx.previousRp(), ctx.reasonLimitPct())) {
            return new EntryVerdict(EntryVerdict.Kind.LARGE_CHANGE, priceRp, 0, change, range, outlier);
        }
        return new EntryVerdict(EntryVerdict.Kind.OK, priceRp, 0, change, range, outlier);
    }

    /**
     * The value probably meant when {@code typedRp} is ten or a hundred times off {@code previousRp} (within
     * {@link #SLIP_TOLERANCE}), rounded half up to whole Rupiah.
     */
    public static Optional<Long> digitSlip(long typedRp, long previousRp) {
        if (typedRp <= 0 || previousRp <= 0) {
            return Optional.empty();
        }
        double ratio = (double) typedRp / previousRp;
        for (long factor : new long[] {10, 100}) {
            if (near(ratio, factor)) {
                return Optional.of(Math.round((double) typedRp / factor));
            }
            if (near(ratio, 1.0 / factor)) {
                return Optional.of(typedRp * factor);
            }
        }
        return Optional.empty();
    }

    private static boolean near(double ratio, double target) {
        return ratio >= target * (1 - SLIP_TOLERANCE) && ratio <= target * (1 + SLIP_TOLERANCE);
    }

    /** {@code (typed / previous − 1) × 100}; empty without a previous price. */
    public static Optional<Double> changePercent(long typedRp, Long previousRp) {
        if (previousRp == null || previousRp <= 0) {
            return Optional.empty();
        }
        return Optional.of(((double) typedRp / previousRp - 1) * 100);
    }

    /** Whether the change from the previous price is beyond 25 % (volatile groups 50 %), either way. */
    public static boolean isLargeChange(long typedRp, Long previousRp, boolean volatileGroup) {
        return isLargeChange(typedRp, previousRp, (volatileGroup ? VOLATILE_LIMIT : STAPLE_LIMIT) * 100);
    }

    /** Whether the change from the previous price is beyond {@code limitPct} percent, either way. */
    public static boolean isLargeChange(long typedRp, Long previousRp, double limitPct) {
        if (previousRp == null || previousRp <= 0) {
            return false;
        }
        // |typed − previous| × 100 > limit × previous, so that 11.000 after 10.000 is exactly 10 %, not beyond.
        return Math.abs(typedRp - previousRp) * 100.0 > limitPct * previousRp;
    }

    /**
     * The change that needs a reason, from a commodity's alert thresholds: the week rise that would make it Siaga
     * (defaults 10 % for staples, 30 % for volatile groups). A rise the regency would be warned of at that level
     * should not pass an officer's entry without a word on why (issue 17: a 17 % rise of rice passed unasked).
     */
    public static double reasonLimitPct(AlertThresholds thresholds) {
        return thresholds.riseSiaga();
    }

    /**
     * Whether {@code priceRp} is an outlier among the day's prices of all markets (itself included, so at least
     * {@link #OUTLIER_MIN_MARKETS} with four others): |0.6745 (x − median) / MAD| > 3.5. When more than half the
     * markets share one price the MAD is 0; then the mean absolute deviation stands in (z = (x − median) /
     * (1.2533 · MeanAD), Iglewicz and Hoaglin), and with no spread at all nothing is an outlier.
     */
    public static boolean isOutlier(long priceRp, List<Long> otherMarketsRp) {
        return outlierScore(priceRp, otherMarketsRp).map(z -> Math.abs(z) > OUTLIER_Z).orElse(false);
    }

    /** The modified z-score of {@code priceRp}; empty with fewer than five markets or no spread. */
    public static Optional<Double> outlierScore(long priceRp, List<Long> otherMarketsRp) {
        List<Double> all = new ArrayList<>(otherMarketsRp.size() + 1);
        otherMarketsRp.forEach(p -> all.add(p.doubleValue()));
        all.add((double) priceRp);
        if (all.size() < OUTLIER_MIN_MARKETS) {
            return Optional.empty();
        }
        double median = median(all);
        List<Double> deviations = all.stream().map(p -> Math.abs(p - median)).toList();
        double mad = median(deviations);
        if (mad > 0) {
            return Optional.of(0.6745 * (priceRp - median) / mad);
        }
        double meanAd = deviations.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (meanAd > 0) {
            return Optional.of((priceRp - median) / (1.253314 * meanAd));
        }
        return Optional.empty();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
