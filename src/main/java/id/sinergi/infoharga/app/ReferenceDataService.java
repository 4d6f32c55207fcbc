package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.store.Store;

/** Reads the master data as one {@link Catalog}. */
public final class ReferenceDataService {
    private final Store store;

    public ReferenceDataService(Store store) {
        this.store = store;
    }

    public Catalog catalog() {
        return store.read(tx -> new Catalog(tx.markets().all(), tx.commodities().groups(), tx.commodities().all(),
                tx.referencePrices().all(), tx.outlets().all()));
    }
}
