package id.sinergi.infoharga.domain.indicators;

/** One market's average price of a commodity over a period. */
public record MarketAverage(int marketId, String marketCode, String marketName, double average) {
}
