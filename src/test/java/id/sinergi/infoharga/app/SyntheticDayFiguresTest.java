package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.SyntheticPrices;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison on generated prices with many gaps: 5 markets × 6 commodities × 2 years, 30 % of days missing. */
class SyntheticDayFiguresTest extends DayFiguresComparison {
    @Override
    void fill(Store store, Catalog catalog) {
        long rows = SyntheticPrices.insert(store, catalog, 5, 6, FROM, TO, 0.3, 7);
        assertThat(rows).isGreaterThan(10_000);
    }
}
