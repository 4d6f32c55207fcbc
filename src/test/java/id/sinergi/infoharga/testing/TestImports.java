package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.Authorizer;
import id.sinergi.infoharga.app.ImportService;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;

/** The import use case wired as AppContext wires it (markets and commodities it creates go through master data). */
public final class TestImports {
    private TestImports() {
    }

    public static ImportService service(Store store, Clock clock, Messages messages) {
        ReferenceDataService reference = new ReferenceDataService(store);
        IndicatorService indicators = new IndicatorService(store, reference, messages);
        AlertService alerts = new AlertService(store, reference, indicators, clock, messages);
        return new ImportService(store, clock, messages, new MasterDataService(store, clock, messages,
                new Authorizer(messages), alerts, reference));
    }
}
