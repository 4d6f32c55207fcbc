package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.Alerts;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.Thresholds;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.StockDao;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stock read back only to the last count in force gives the same covers and latest selling prices as replaying
 * every movement up to the day, on random seeded histories: counts now and then (some reversed), several
 * movements a day in any recording order, reversals dated before or after what they reverse or after the day, an
 * outlet's commodity with no count at all, days before any movement.
 */
class RecentStockTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 400;

    @TempDir
    Path folder;

    @Test
    void sameCoversAndSalePricesAsTheWholeHistory() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            List<Outlet> outlets = catalog.outlets().stream().filter(Outlet::active).toList();
            assertThat(outlets).isNotEmpty();
            List<Integer> commodities = catalog.activeCommodities().stream().limit(4)
                    .map(c -> c.id()).toList();
            for (long seed = 1; seed <= 4; seed++) {
                Random random = new Random(seed);
                db.jdbi().useHandle(h -> h.execute("DELETE FROM stock_movement"));
                List<StockDao.Write> writes = history(random, outlets, commodities);
                store.inTransaction(tx -> {
                    writes.forEach(tx.stock()::insertWrite);
                    return null;
                });
                Thresholds thresholds = new Thresholds(Map.of(), catalog);
                Map<Integer, AlertLevel> levels = new HashMap<>();
                for (int c : commodities) {
                    levels.put(c, AlertLevel.values()[random.nextInt(AlertLevel.values().length)]);
                }
                List<LocalDate> days = new ArrayList<>(List.of(START.minusDays(1), START, START.plusDays(DAYS),
                        START.plusDays(DAYS + 40)));
                for (int i = 0; i < 25; i++) {
                    days.add(START.plusDays(random.nextInt(DAYS)));
                }
                for (LocalDate day : days) {
                    List<StockMovement> all = store.read(tx -> tx.stock().allUpTo(day));
                    RecentStock recent = store.read(tx -> RecentStock.read(tx.stock(), catalog, day, true));
                    List<StockCover> expected = Alerts.stockCovers(catalog, day, all, thresholds, levels);
                    assertThat(Alerts.stockCovers(catalog, day, recent.movements(), thresholds, levels))
                            .as("seed %d, day %s", seed, day).isEqualTo(expected);
                    assertThat(recent.movements().size()).isLessThanOrEqualTo(all.size());
                    Map<List<Integer>, Long> lastSale = new HashMap<>();
                    for (StockMovement m : StockMovement.inForce(all)) {
                        if (m.kind() == MovementKind.SALE && m.unitPriceRp() != null) {
                            lastSale.put(List.of(m.outletId(), m.commodityId()), m.unitPriceRp());
                        }
                    }
                    for (StockCover c : expected) {
                        assertThat(recent.lastSalePrice(c.outletId(), c.commodityId()))
                                .as("seed %d, day %s, %d/%d", seed, day, c.outletId(), c.commodityId())
                                .isEqualTo(java.util.Optional.ofNullable(
                                        lastSale.get(List.of(c.outletId(), c.commodityId()))));
                    }
                }
            }
        }
    }

    @Test
    void readsOnlyBackToTheLastCount() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            Catalog catalog = new ReferenceDataService(store).catalog();
            Outlet outlet = catalog.outlets().stream().filter(Outlet::active).findFirst().orElseThrow();
            int commodity = catalog.activeCommodities().get(0).id();
            List<StockDao.Write> writes = new ArrayList<>();
            for (int d = 0; d < 300; d++) {
                MovementKind kind = d % 30 == 0 ? MovementKind.COUNT : MovementKind.SALE;
                writes.add(write(new UUID(7, d), outlet.id(), commodity, START.plusDays(d), kind,
                        BigDecimal.valueOf(kind == MovementKind.COUNT ? 500 : 5), 12_000L, d, null));
            }
            store.inTransaction(tx -> {
                writes.forEach(tx.stock()::insertWrite);
                return null;
            });
            LocalDate day = START.plusDays(299);
            RecentStock recent = store.read(tx -> RecentStock.read(tx.stock(), catalog, day, true));
            // The last count was on day 270: the days from the step back that found it (day 254), not all 300.
            assertThat(recent.movements()).hasSize(46);
            assertThat(recent.lastSalePrice(outlet.id(), commodity)).contains(12_000L);
        }
    }

    private static List<StockDao.Write> history(Random random, List<Outlet> outlets, List<Integer> commodities) {
        List<StockDao.Write> out = new ArrayList<>();
        List<StockDao.Write> reversible = new ArrayList<>();
        long seq = 0;
        for (Outlet o : outlets) {
            for (int c : commodities) {
                boolean counted = random.nextInt(4) != 0;
                int firstDay = random.nextInt(60);
                for (int d = firstDay; d < DAYS; d++) {
                    int moves = random.nextInt(3);
                    for (int k = 0; k < moves; k++) {
                        RandomMovement m = RandomMovement.draw(random, counted);
                        MovementKind kind = m.kind();
                        StockDao.Write w = write(new UUID(random.nextLong(), random.nextLong()), o.id(), c,
                                START.plusDays(d), kind, m.quantity(), m.price(), seq++, null);
                        out.add(w);
                        if (random.nextInt(15) == 0 || kind == MovementKind.COUNT && random.nextInt(4) == 0) {
                            reversible.add(w);
                        }
                    }
                }
            }
        }
        for (StockDao.Write target : reversible) {
            // A reversal dated on, before or after what it reverses (a package may bring it in any order).
            LocalDate date = target.date().plusDays(random.nextInt(41) - 10);
            out.add(write(new UUID(random.nextLong(), random.nextLong()), target.outletId(), target.commodityId(),
                    date, MovementKind.ADJUSTMENT, BigDecimal.ZERO, null, seq++, target.id()));
        }
        return out;
    }

    private static StockDao.Write write(UUID id, int outlet, int commodity, LocalDate date, MovementKind kind,
                                        BigDecimal quantity, Long price, long seq, UUID reverses) {
        // Few distinct recording times, so that the id decides the order of some movements of a day.
        OffsetDateTime at = date.atTime(8 + (int) (seq % 3), 0).atOffset(ZoneOffset.ofHours(7));
        return new StockDao.Write(id, outlet, commodity, date, kind.name(), quantity, price, null, "t", "t", at, 1,
                seq + 1, seq + 1, reverses);
    }
}
