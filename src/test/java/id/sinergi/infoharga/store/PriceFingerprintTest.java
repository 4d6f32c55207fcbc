package id.sinergi.infoharga.store;

import id.sinergi.infoharga.domain.PricePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint that {@code verify} compares really reads each index, and the table, and counts what it should. */
class PriceFingerprintTest {
    @TempDir
    Path folder;

    @Test
    void eachIndexIsReadThroughItselfAndTheFiguresAreRight() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            store.inTransaction(tx -> {
                tx.prices().insertBatch(List.of(new PricePoint(1, 2, LocalDate.of(2000, 1, 3), 12_500),
                        new PricePoint(3, 4, LocalDate.of(2000, 1, 1), 40_000)), "t", "t");
                return null;
            });
            // 2 rows; 52500; (1×1000003 + 2×1009 + 2) + (3×1000003 + 4×1009 + 0) = 1002023 + 3004045 = 4006068
            String table = store.read(tx -> tx.integrity().priceFingerprint(""));
            assertThat(table).isEqualTo("2/52500/4006068");
            for (String index : IntegrityDao.PRICE_INDEXES) {
                String through = store.read(tx -> tx.integrity().priceFingerprint(index));
                assertThat(through).isEqualTo("2/52500/4006068");
                String plan = db.jdbi().withHandle(h -> h.createQuery("EXPLAIN SELECT COUNT(*) FROM price_observation"
                        + " USE INDEX (" + index + ") WHERE price_date >= DATE '1900-01-01' AND commodity_id >= 0")
                        .mapTo(String.class).one());
                assertThat(plan).containsIgnoringCase("PUBLIC." + index);
            }
            String scan = db.jdbi().withHandle(h -> h.createQuery("EXPLAIN SELECT COUNT(*) FROM price_observation"
                    + " USE INDEX () WHERE price_date >= DATE '1900-01-01' AND commodity_id >= 0")
                    .mapTo(String.class).one());
            assertThat(scan).containsIgnoringCase("tableScan");
        }
    }
}
