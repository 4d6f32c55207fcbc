package id.sinergi.infoharga.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The transaction price of a commodity at a market on a day, in whole Rupiah, with the 1–3 trader quotes it
 * came from. Keyed by (market, commodity, day).
 */
public record PriceObservation(int marketId, int commodityId, LocalDate date, long priceRp, List<Long> quotes,
                               String officer, String device, Instant updatedAt, int revision, String reason) {
    public PriceObservation {
        if (priceRp <= 0) {
            throw new IllegalArgumentException("price must be positive");
        }
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        if (quotes.size() > 3) {
            throw new IllegalArgumentException("at most three trader quotes");
        }
    }
}
