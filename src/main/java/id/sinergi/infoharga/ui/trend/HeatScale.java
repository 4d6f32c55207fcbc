package id.sinergi.infoharga.ui.trend;

import id.sinergi.infoharga.domain.indicators.CommodityHistory.GapMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The three bin edges (in % from the regency price) of the heat map's colours. For rice, markets lie within a few
 * per cent of each other and the edges 0,5 / 2 / 5 % tell them apart; chilli markets lie 10–30 % apart and with
 * the same edges every cell was at the strongest colour. So the top edge follows the matrix: the 90th percentile
 * of the absolute gaps, at least {@value #MIN_TOP} %, rounded up to a whole per cent; the others are 40 % and 10 %
 * of it.
 */
public record HeatScale(double low, double mid, double top) {
    public static final double MIN_TOP = 5.0;
    public static final HeatScale STAPLES = new HeatScale(0.5, 2.0, MIN_TOP);

    public static HeatScale of(GapMatrix m) {
        List<Double> gaps = new ArrayList<>();
        if (m != null) {
            for (List<Double> row : m.cells()) {
                for (Double g : row) {
                    if (g != null) {
                        gaps.add(Math.abs(g));
                    }
                }
            }
        }
        if (gaps.isEmpty()) {
            return STAPLES;
        }
        gaps.sort(null);
        // Nearest rank: the smallest gap with at least 90 % of the gaps at or under it.
        double p90 = gaps.get((int) Math.ceil(0.9 * gaps.size()) - 1);
        if (p90 <= MIN_TOP) {
            return STAPLES;
        }
        double top = Math.ceil(p90);
        return new HeatScale(top / 10, top * 0.4, top);
    }

    /** The colour class of a gap: gap-none, gap-level, gap-below-1…3, gap-above-1…3. */
    public String binClass(Double gap) {
        if (gap == null) {
            return "gap-none";
        }
        double a = Math.abs(gap);
        String side = gap > 0 ? "above" : "below";
        if (a > top) {
            return "gap-" + side + "-3";
        }
        if (a > mid) {
            return "gap-" + side + "-2";
        }
        return a > low ? "gap-" + side + "-1" : "gap-level";
    }
}
