package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an import's checks need to know of the prices already stored: the store's reads, or a list in the tests of
 * the planning step.
 */
interface StoredPrices {
    boolean isEmpty();

    /** Every stored price of every market from {@code from} to {@code to} inclusive. */
    List<PricePoint> between(LocalDate from, LocalDate to);

    /** A market's last stored price of a commodity strictly before a day. */
    Optional<PricePoint> lastBefore(int marketId, int commodityId, LocalDate day);

    static StoredPrices of(Store store) {
        return new StoredPrices() {
            @Override
            public boolean isEmpty() {
                return store.read(tx -> tx.prices().firstDay()).isEmpty();
            }

            @Override
            public List<PricePoint> between(LocalDate from, LocalDate to) {
                return store.read(tx -> tx.prices().between(from, to));
            }

            @Override
            public Optional<PricePoint> lastBefore(int marketId, int commodityId, LocalDate day) {
                return store.read(tx -> tx.prices().latestDateBefore(marketId, commodityId, day)
                        .flatMap(d -> tx.prices().find(marketId, commodityId, d))
                        .map(o -> new PricePoint(o.marketId(), o.commodityId(), o.date(), o.priceRp())));
            }
        };
    }
}
