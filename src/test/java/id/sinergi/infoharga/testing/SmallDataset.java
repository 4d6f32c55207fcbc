package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small fixed set of prices on the seeded Mojokerto catalog, small enough to work every figure out by hand:
 * Beras Medium (HET 12.500) at Pasar Raya Mojosari (M1), Niaga Mojosari (M2) and Dinoyo (M3) on 1–3 Sep 2025 and
 * a week before:
 * <pre>
 *           25 Aug  1 Sep   2 Sep   3 Sep
 *   M1      12.000  12.000  12.500     –
 *   M2      12.000  13.000  13.500     –
 *   M3      12.000  14.000     –    15.000
 * </pre>
 * The WULANDARI outlet at Pasar Raya Mojosari received 200 kg of Beras Medium on 20 Aug and sold 10 kg a day at
 * Rp12.000 from 20 Aug to 2 Sep (14 days): 60 kg left at the end of 2 Sep.
 */
public final class SmallDataset {
    public static final LocalDate WEEK_BEFORE = LocalDate.of(2025, 8, 25);
    public static final LocalDate D1 = LocalDate.of(2025, 9, 1);
    public static final LocalDate D2 = D1.plusDays(1);
    public static final LocalDate D3 = D1.plusDays(2);

    public final Catalog catalog;
    public final int m1;
    public final int m2;
    public final int m3;
    public final int medium;
    public final int outlet;

    private SmallDataset(Catalog catalog) {
        this.catalog = catalog;
        this.m1 = catalog.findMarket("RAYA-MJS").orElseThrow().id();
        this.m2 = catalog.findMarket("NIAGA-MJS").orElseThrow().id();
        this.m3 = catalog.findMarket("DINOYO").orElseThrow().id();
        this.medium = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
        this.outlet = catalog.findOutlet("WLD-RAYA-MJS").orElseThrow().id();
    }

    public static SmallDataset load(Store store) {
        SmallDataset s = new SmallDataset(new ReferenceDataService(store).catalog());
        List<PricePoint> points = new ArrayList<>();
        for (int m : List.of(s.m1, s.m2, s.m3)) {
            points.add(new PricePoint(m, s.medium, WEEK_BEFORE, 12_000));
        }
        points.add(new PricePoint(s.m1, s.medium, D1, 12_000));
        points.add(new PricePoint(s.m2, s.medium, D1, 13_000));
        points.add(new PricePoint(s.m3, s.medium, D1, 14_000));
        points.add(new PricePoint(s.m1, s.medium, D2, 12_500));
        points.add(new PricePoint(s.m2, s.medium, D2, 13_500));
        points.add(new PricePoint(s.m3, s.medium, D3, 15_000));
        List<StockMovement> moves = new ArrayList<>();
        Instant at = Instant.parse("2025-08-20T01:00:00Z");
        LocalDate first = LocalDate.of(2025, 8, 20);
        moves.add(new StockMovement(new UUID(0, 1), s.outlet, s.medium, first, MovementKind.RECEIPT,
                BigDecimal.valueOf(200), null, "Bulog", "test", "test", at));
        for (LocalDate d = first; !d.isAfter(D2); d = d.plusDays(1)) {
            moves.add(new StockMovement(new UUID(1, d.toEpochDay()), s.outlet, s.medium, d, MovementKind.SALE,
                    BigDecimal.TEN, 12_000L, null, "test", "test", at.plusSeconds(60)));
        }
        store.inTransaction(tx -> {
            tx.stock().insertBatch(moves);
            tx.prices().insertBatch(points, "test", "test");
            tx.prices().rebuildMonths(WEEK_BEFORE.withDayOfMonth(1), D3);
            return null;
        });
        return s;
    }
}
