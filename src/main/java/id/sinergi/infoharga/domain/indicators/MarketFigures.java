package id.sinergi.infoharga.domain.indicators;

/** One market's own figures for a commodity on a day (its own base days; markets = 1, no disparity). */
public record MarketFigures(int marketId, String marketCode, String marketName, PriceFigures figures) {
}
