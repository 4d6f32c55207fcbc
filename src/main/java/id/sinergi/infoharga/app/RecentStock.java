package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.store.StockDao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The stock movements a day's covers need, read per active outlet and commodity only back to the last stock count
 * in force, instead of every movement ever made (issue 16: replaying ten years took 150 ms of each dashboard).
 * <p>Why the result is the same as replaying everything ({@link StockCover#of}): a count sets the stock, and every
 * movement before the day of the last count in force sorts before that count, so it changes nothing but the
 * outflow, whose {@link StockCover#OUTFLOW_DAYS} days are read too. Every reversal up to the day is included, so
 * the movements read are in force exactly when they are in the whole history. An outlet's commodity with no count
 * in force is read whole. RecentStockTest compares both on random histories.
 */
final class RecentStock {
    /** Days read at first before the outflow window; each further step back doubles. */
    private static final int FIRST_STEP_DAYS = 32;

    private final List<StockMovement> movements;
    private final Map<List<Integer>, Long> lastSalePrices;

    private RecentStock(List<StockMovement> movements, Map<List<Integer>, Long> lastSalePrices) {
        this.movements = movements;
        this.lastSalePrices = lastSalePrices;
    }

    /**
     * Reads what the covers of {@code day} need; with {@code salePrices}, also reads back to each outlet's
     * commodity's latest selling price in force up to the day.
     */
    static RecentStock read(StockDao dao, Catalog catalog, LocalDate day, boolean salePrices) {
        List<StockMovement> reversals = dao.reversalsUpTo(day);
        Set<UUID> reversed = new HashSet<>();
        for (StockMovement r : reversals) {
            reversed.add(r.reverses());
        }
        LocalDate windowStart = day.minusDays(StockCover.OUTFLOW_DAYS - 1L);
        List<StockMovement> out = new ArrayList<>();
        Map<List<Integer>, Long> prices = new HashMap<>();
        for (Outlet outlet : catalog.outlets()) {
            if (!outlet.active()) {
                continue;
            }
            Map<Integer, LocalDate> firstDays = new HashMap<>();
            dao.firstDays(outlet.id()).forEach(f -> firstDays.put(f.commodityId(), f.firstDay()));
            for (Commodity commodity : catalog.commodities()) {
                LocalDate first = firstDays.get(commodity.id());
                if (first == null || first.isAfter(day)) {
                    continue;
                }
                KeyRead key = new KeyRead(dao, outlet.id(), commodity.id(), first, day, windowStart, reversed);
                key.backToLastCount();
                if (salePrices) {
                    key.lastSalePrice().ifPresent(p -> prices.put(List.of(outlet.id(), commodity.id()), p));
                }
                Set<UUID> have = new HashSet<>();
                for (StockMovement m : key.rows) {
                    have.add(m.id());
                    out.add(m);
                }
                for (StockMovement r : reversals) {
                    if (r.outletId() == outlet.id() && r.commodityId() == commodity.id() && !have.contains(r.id())) {
                        out.add(r);
                    }
                }
            }
        }
        return new RecentStock(out, prices);
    }

    /** Movements that give the same covers as every movement up to the day (any order). */
    List<StockMovement> movements() {
        return movements;
    }

    /** The latest selling price in force of an outlet's commodity up to the day, as the weekly report shows it. */
    Optional<Long> lastSalePrice(int outletId, int commodityId) {
        return Optional.ofNullable(lastSalePrices.get(List.of(outletId, commodityId)));
    }

    /** One outlet's commodity, read backwards from the day in growing steps. */
    private static final class KeyRead {
        private final StockDao dao;
        private final int outletId;
        private final int commodityId;
        private final LocalDate first;
        private final Set<UUID> reversed;
        /** The movements from {@link #from} to the day, in the order of {@link StockDao#allUpTo}. */
        private List<StockMovement> rows;
        private LocalDate from;
        private int step = FIRST_STEP_DAYS;

        KeyRead(StockDao dao, int outletId, int commodityId, LocalDate first, LocalDate day, LocalDate windowStart,
                Set<UUID> reversed) {
            this.dao = dao;
            this.outletId = outletId;
            this.commodityId = commodityId;
            this.first = first;
            this.reversed = reversed;
            this.from = windowStart.isBefore(first) ? first : windowStart;
            this.rows = new ArrayList<>(dao.between(outletId, commodityId, from, day));
        }

        private boolean complete() {
            return !from.isAfter(first);
        }

        private void stepBack() {
            LocalDate to = from.minusDays(1);
            LocalDate earlier = from.minusDays(step);
            from = earlier.isBefore(first) ? first : earlier;
            step *= 2;
            List<StockMovement> older = new ArrayList<>(dao.between(outletId, commodityId, from, to));
            older.addAll(rows);
            rows = older;
        }

        private boolean inForce(StockMovement m) {
            return m.reverses() == null && !reversed.contains(m.id());
        }

        void backToLastCount() {
            while (!complete() && rows.stream().noneMatch(m -> m.kind() == MovementKind.COUNT && inForce(m))) {
                stepBack();
            }
        }

        Optional<Long> lastSalePrice() {
            while (true) {
                for (int i = rows.size() - 1; i >= 0; i--) {
                    StockMovement m = rows.get(i);
                    if (m.kind() == MovementKind.SALE && m.unitPriceRp() != null && inForce(m)) {
                        return Optional.of(m.unitPriceRp());
                    }
                }
                if (complete()) {
                    return Optional.empty();
                }
                stepBack();
            }
        }
    }
}
