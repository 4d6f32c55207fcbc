package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.DemoDataService.DemoRequest;
import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.PriceFiles;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16: the demo generator commits month by month. A run that fails or is stopped part way (here its progress
 * callback throws after the first year, as a Batal would) must leave no half data: no prices, no stock, no monthly
 * sums, no demo flag, no audit row; and the folder takes a whole demo afterwards.
 */
class DemoStoppedTest {
    private static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);
    private static final Actor ACTOR = new Actor("tester", "laptop-1");

    @TempDir
    Path dir;

    @Test
    void aStoppedRunLeavesNothingAndTheNextRunIsWhole() {
        try (Database db = Database.open(dir)) {
            Store store = new Store(db);
            TestAccounts.admin(store, ACTOR.username());
            long auditBefore = store.read(tx -> tx.audit().all()).size();
            DemoDataService demo = new DemoDataService(store, ImportServiceTest.CLOCK, DemoAndRoundTripTest.ID);
            int[] calls = {0};
            assertThatThrownBy(() -> demo.generate(ACTOR, new DemoRequest(3, 2, 5, UNTIL), line -> {
                // The first year's months are committed by now.
                long written = store.read(tx -> tx.prices().count());
                assertThat(written).isPositive();
                if (++calls[0] == 1) {
                    throw new IllegalStateException("stopped");
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("stopped");

            long prices = store.read(tx -> tx.prices().count());
            List<MonthSum> months = store.read(tx -> tx.prices().allMonths());
            List<StockMovement> stock = store.read(tx -> tx.stock().allUpTo(UNTIL));
            long audit = store.read(tx -> tx.audit().all()).size();
            assertThat(prices).isZero();
            assertThat(months).isEmpty();
            assertThat(stock).isEmpty();
            assertThat(audit).isEqualTo(auditBefore);
            assertThat(demo.present()).isFalse();

            DemoDataService.DemoResult whole = demo.generate(ACTOR, new DemoRequest(3, 2, 5, UNTIL), line -> { });
            long after = store.read(tx -> tx.prices().count());
            assertThat(after).isEqualTo(whole.priceRows());
            assertThat(PriceFiles.storedMonths(store)).isEqualTo(PriceFiles.recomputedMonths(store));
            assertThat(demo.present()).isTrue();
        }
    }
}
