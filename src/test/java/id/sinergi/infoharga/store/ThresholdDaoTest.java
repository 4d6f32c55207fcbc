package id.sinergi.infoharga.store;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.indicators.AlertThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdDaoTest {
    @TempDir
    Path folder;

    @Test
    void everyCommodityGetsItsGroupDefaultsAndTheyCanBeChanged() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            int rice = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            int chilli = catalog.findCommodity("CABAI-RAWIT-MERAH").orElseThrow().id();
            List<AlertThresholds> all = store.read(tx -> tx.thresholds().all());
            assertThat(all).hasSize(catalog.commodities().size());
            Optional<AlertThresholds> riceT = store.read(tx -> tx.thresholds().find(rice));
            assertThat(riceT).contains(AlertThresholds.defaults(rice, false));
            assertThat(riceT.orElseThrow().riseSiaga()).isEqualTo(10);
            Optional<AlertThresholds> chilliT = store.read(tx -> tx.thresholds().find(chilli));
            assertThat(chilliT).contains(AlertThresholds.defaults(chilli, true));
            assertThat(chilliT.orElseThrow().riseAwas()).isEqualTo(50);
            Optional<String> cutoff = store.read(tx -> tx.settings().get("report.cutoff"));
            assertThat(cutoff).contains("12:00");

            AlertThresholds changed = new AlertThresholds(rice, 1, 6, 16, 4, 8, 16.5, 10, 5, 2);
            store.inTransaction(tx -> {
                tx.thresholds().put(changed);
                return null;
            });
            Optional<AlertThresholds> after = store.read(tx -> tx.thresholds().find(rice));
            assertThat(after).contains(changed);
        }
    }
}
