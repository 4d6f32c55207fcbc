package id.sinergi.infoharga.ui.dashboard;

import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.MarketFigures;
import id.sinergi.infoharga.domain.indicators.ReferenceGap;

/**
 * One cell of the market × commodity table: a market's price of a commodity on the day, set against the
 * reference valid that day (above the HET or the top of the HAP range) and against the regency price (more than
 * {@value #NEAR_PCT} % above or below it; within that it is "near").
 */
public record MarketPrice(int marketId, double price, boolean aboveReference, Side side, double vsRegencyPct) {
    /** Within this much of the regency price a market is "near" it: the usual day-to-day spread of staples. */
    public static final double NEAR_PCT = 5.0;

    public enum Side { BELOW, NEAR, ABOVE }

    /** The market's price of the commodity that day, or null when the market did not report it. */
    public static MarketPrice of(CommodityDay c, int marketId) {
        MarketFigures m = c.market(marketId).orElse(null);
        if (m == null) {
            return null;
        }
        double price = m.figures().price();
        ReferenceGap ref = m.figures().reference();
        double regency = c.regency().price();
        double pct = (price - regency) * 100 / regency;
        Side side = pct > NEAR_PCT ? Side.ABOVE : pct < -NEAR_PCT ? Side.BELOW : Side.NEAR;
        return new MarketPrice(marketId, price, ref != null && ref.gapPct() > 0, side, pct);
    }
}
