package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Market;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How many of the active markets reported any price on a day, and which did not. */
public record MarketsReported(int reported, int expected, List<Market> notReported) {
    public MarketsReported {
        notReported = List.copyOf(notReported);
    }

    public static MarketsReported of(Catalog catalog, DayIndicators day) {
        Set<Integer> seen = new HashSet<>();
        for (CommodityDay c : day.commodities()) {
            for (MarketFigures m : c.markets()) {
                seen.add(m.marketId());
            }
        }
        List<Market> active = catalog.activeMarkets();
        List<Market> missing = active.stream().filter(m -> !seen.contains(m.id())).toList();
        return new MarketsReported(active.size() - missing.size(), active.size(), missing);
    }
}
