package id.sinergi.infoharga.domain;

import java.time.LocalDate;

/** The bare fact the indicators compute from: price of a commodity at a market on a day, whole Rupiah. */
public record PricePoint(int marketId, int commodityId, LocalDate date, long priceRp) {
}
