package id.sinergi.infoharga.app;

import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.store.Store;

import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison on the demo data of DemoDataService: 3 markets × every commodity × 2 years. */
class DemoDayFiguresTest extends DayFiguresComparison {
    @Override
    void fill(Store store, Catalog catalog) {
        var demo = new DemoDataService(store, Clock.fixed(TO.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), new Messages(Messages.INDONESIAN));
        TestAccounts.admins(store, "tester");
        var result = demo.generate(new Actor("tester", "test"),
                new DemoDataService.DemoRequest(2, 3, 5, TO), line -> { });
        assertThat(result.priceRows()).isGreaterThan(50_000);
    }
}
