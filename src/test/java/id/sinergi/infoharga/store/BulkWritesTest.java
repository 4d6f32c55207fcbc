package id.sinergi.infoharga.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plain JDBC batches of {@link BulkWrites} store exactly the rows that the Jdbi batches of {@link PriceDao} and
 * {@link ChangeLogDao} store for the same input: random rows (seeded) with every nullable column both null and set,
 * offsets other than UTC, long and non-ASCII texts, written into two fresh folders and read back whole.
 */
class BulkWritesTest {
    @TempDir
    Path folder;

    @Test
    void plainBatchesStoreTheRowsTheJdbiBatchesStore() {
        for (long seed = 1; seed <= 3; seed++) {
            Random r = new Random(seed);
            List<PriceDao.Write> inserts = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            while (inserts.size() < 2_000) {
                PriceDao.Write w = randomWrite(r, 1 + r.nextInt(20), 1 + r.nextInt(35),
                        LocalDate.of(2016, 1, 1).plusDays(r.nextInt(4_000)));
                if (keys.add(w.marketId() + "|" + w.commodityId() + "|" + w.date())) {
                    inserts.add(w);
                }
            }
            List<PriceDao.Write> updates = new ArrayList<>();
            for (PriceDao.Write w : inserts) {
                if (r.nextInt(3) == 0) {
                    updates.add(randomWrite(r, w.marketId(), w.commodityId(), w.date()));
                }
            }
            List<ChangeLogDao.Row> changes = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                boolean based = r.nextBoolean();
                changes.add(new ChangeLogDao.Row(1 + r.nextInt(2), i + 1, r.nextLong(1, Long.MAX_VALUE),
                        r.nextLong(0, 4_102_444_800_000L), text(r, 64), r.nextInt(1, 12), text(r, 200),
                        "{\"p\":" + r.nextLong(1, 10_000_000) + ",\"r\":\"" + text(r, 300) + "\"}",
                        based ? 1 + r.nextInt(2) : null, based ? r.nextLong(1, 1_000_000) : null));
            }

            Tables jdbi = written("jdbi-" + seed, (tx, unused) -> {
                tx.prices().insertWrites(inserts);
                tx.prices().updateWrites(updates);
                tx.changeLog().insertBatch(changes);
            });
            Tables plain = written("plain-" + seed, (tx, unused) -> {
                tx.bulk().insertPrices(inserts);
                tx.bulk().updatePrices(updates);
                tx.bulk().insertChanges(changes);
            });
            assertThat(plain.prices).hasSize(inserts.size()).isEqualTo(jdbi.prices);
            assertThat(plain.changes).hasSize(changes.size()).isEqualTo(jdbi.changes);
        }
    }

    @Test
    void theDemoLoadStoresTheRowsTheJdbiBatchStores() {
        Random r = new Random(7);
        List<id.sinergi.infoharga.domain.PricePoint> points = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (points.size() < 2_000) {
            id.sinergi.infoharga.domain.PricePoint p = new id.sinergi.infoharga.domain.PricePoint(1 + r.nextInt(20),
                    1 + r.nextInt(35), LocalDate.of(2016, 1, 1).plusDays(r.nextInt(4_000)),
                    r.nextLong(1, 10_000_000));
            if (keys.add(p.marketId() + "|" + p.commodityId() + "|" + p.date())) {
                points.add(p);
            }
        }
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 3, 14, 5, 6, 789_000_000, ZoneOffset.ofHours(7));
        Tables jdbi = written("demo-jdbi", (tx, unused) -> tx.prices().insertBatchSavedAt(points, "demo", "demo", at));
        Tables plain = written("demo-plain", (tx, unused) -> tx.bulk().insertLoadedPrices(points, "demo", "demo", at));
        assertThat(plain.prices).hasSize(points.size()).isEqualTo(jdbi.prices);
    }

    @Test
    void aRefusedBatchFailsTheTransactionAndStoresNothing() {
        PriceDao.Write w = randomWrite(new Random(7), 1, 1, LocalDate.of(2025, 9, 1));
        try (Database db = Database.open(folder.resolve("refused"))) {
            Store store = new Store(db);
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.bulk().insertPrices(List.of(w));
                tx.bulk().insertPrices(List.of(w));
                return null;
            })).hasRootCauseInstanceOf(java.sql.SQLException.class);
            long count = store.read(tx -> tx.prices().count());
            assertThat(count).isZero();
        }
    }

    private record Tables(List<Map<String, Object>> prices, List<Map<String, Object>> changes) {
    }

    private Tables written(String name, BiConsumer<Store.Tx, Void> work) {
        try (Database db = Database.open(folder.resolve(name))) {
            Store store = new Store(db);
            store.inTransaction(tx -> {
                OffsetDateTime at = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
                tx.devices().insert(new UUID(1, 1), "satu", null, "SELF", false, at, null);
                tx.devices().insert(new UUID(2, 2), "dua", null, "KNOWN", false, at, null);
                work.accept(tx, null);
                return null;
            });
            return db.jdbi().withHandle(h -> new Tables(
                    h.createQuery("SELECT * FROM price_observation ORDER BY market_id, commodity_id, price_date")
                            .mapToMap().list(),
                    h.createQuery("SELECT * FROM change_log ORDER BY origin, seq").mapToMap().list()));
        }
    }

    private static PriceDao.Write randomWrite(Random r, int market, int commodity, LocalDate day) {
        OffsetDateTime at = OffsetDateTime.of(2020 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1_000) * 1_000_000,
                ZoneOffset.ofHours(r.nextInt(-11, 14)));
        return new PriceDao.Write(market, commodity, day, r.nextLong(1, 10_000_000), maybe(r), maybe(r), maybe(r),
                text(r, 64), text(r, 64), r.nextBoolean() ? null : text(r, 400), at, 1 + r.nextInt(2),
                r.nextLong(1, 1_000_000), r.nextLong(1, Long.MAX_VALUE));
    }

    private static Long maybe(Random r) {
        return r.nextBoolean() ? null : r.nextLong(1, 10_000_000);
    }

    /** Up to {@code max} characters, some beyond ASCII (Rp, é, ₹, 価). */
    private static String text(Random r, int max) {
        String letters = "abcXYZ019 |-é₹価\u00A0";
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            s.append(letters.charAt(r.nextInt(letters.length())));
        }
        return s.toString();
    }
}
