package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.PriceObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** "The last price entered" beside each field of the entry screen. */
class LatestPriceReadTest {
    @TempDir
    Path folder;

    @Test
    void eachCommoditysNewestPriceAtThatMarketStrictlyBeforeTheDay() {
        LocalDate mon = LocalDate.of(2025, 9, 15);
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            List<PriceObservation> latest = store.inTransaction(tx -> {
                PriceDao prices = tx.prices();
                // Market 1: commodity 1 on Mon and Wed, commodity 2 on Tue; market 2 has a newer commodity 2 price.
                prices.insert(1, 1, mon, 12_500, null, null, null, "t", "t", null);
                prices.insert(1, 1, mon.plusDays(2), 13_000, null, null, null, "t", "t", null);
                prices.insert(1, 2, mon.plusDays(1), 40_000, null, null, null, "t", "t", null);
                prices.insert(2, 2, mon.plusDays(2), 41_000, null, null, null, "t", "t", null);
                return prices.latestBefore(1, mon.plusDays(2));
            });
            // Before Wednesday: commodity 1's Monday price (Wednesday's is not before), commodity 2's Tuesday one.
            assertThat(latest).extracting(PriceObservation::commodityId, PriceObservation::date,
                            PriceObservation::priceRp)
                    .containsExactlyInAnyOrder(tuple(1, mon, 12_500L), tuple(2, mon.plusDays(1), 40_000L));
            List<PriceObservation> beforeAny = store.read(tx -> tx.prices().latestBefore(1, mon));
            assertThat(beforeAny).isEmpty();
            List<PriceObservation> beforeThu = store.read(tx -> tx.prices().latestBefore(1, mon.plusDays(3)));
            assertThat(beforeThu).extracting(PriceObservation::priceRp).containsExactlyInAnyOrder(13_000L, 40_000L);
        }
    }
}
