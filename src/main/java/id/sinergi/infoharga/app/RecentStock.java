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
 * <p>The outlets' commodities are read together, a statement per step back (and one for their first days): a
 * statement each made some 80 of them per dashboard, whose overhead was most of its stock cover time.
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
        Map<List<Integer>, LocalDate> firstDays = new HashMap<>();
        for (StockDao.KeyDay k : dao.firstDays()) {
            if (k.day() != null) {
                firstDays.put(List.of(k.outletId(), k.commodityId()), k.day());
            }
        }
        LocalDate windowStart = day.minusDays(StockCover.OUTFLOW_DAYS - 1L);
        // Every outlet's commodity is read in the same statements, a step back at a time for those that need one.
        List<KeyRead> keys = new ArrayList<>();
        for (Outlet outlet : catalog.outlets()) {
            if (!outlet.active()) {
                continue;
            }
            for (Commodity commodity : catalog.commodities()) {
                LocalDate first = firstDays.get(List.of(outlet.id(), commodity.id()));
                if (first != null && !first.isAfter(day)) {
                    keys.add(new KeyRead(outlet.id(), commodity.id(), first, day, windowStart, reversed));
                }
            }
        }
        readWhile(dao, keys, k -> k.rows == null);
        readWhile(dao, keys, k -> !k.complete() && !k.hasCountInForce());
        if (salePrices) {
            readWhile(dao, keys, k -> !k.complete() && k.lastSalePrice().isEmpty());
        }
        List<StockMovement> out = new ArrayList<>();
        Map<List<Integer>, Long> prices = new HashMap<>();
        for (KeyRead key : keys) {
            if (salePrices) {
                key.lastSalePrice().ifPresent(p -> prices.put(List.of(key.outletId, key.commodityId), p));
            }
            Set<UUID> have = new HashSet<>();
            for (StockMovement m : key.rows) {
                have.add(m.id());
                out.add(m);
            }
            for (StockMovement r : reversals) {
                if (r.outletId() == key.outletId && r.commodityId() == key.commodityId && !have.contains(r.id())) {
                    out.add(r);
                }
            }
        }
        return new RecentStock(out, prices);
    }

    /**
     * Reads the next days of every key that {@code more} asks for, in one statement per round, until none asks:
     * the first read of a key is its outflow window, each further one a step back.
     */
    private static void readWhile(StockDao dao, List<KeyRead> keys, java.util.function.Predicate<KeyRead> more) {
        while (true) {
            List<KeyRead> wanted = keys.stream().filter(more).toList();
            if (wanted.isEmpty()) {
                return;
            }
            List<StockDao.KeyRange> ranges = wanted.stream().map(KeyRead::next).toList();
            Map<List<Integer>, List<StockMovement>> read = new HashMap<>();
            for (StockMovement m : dao.between(ranges)) {
                read.computeIfAbsent(List.of(m.outletId(), m.commodityId()), k -> new ArrayList<>()).add(m);
            }
            for (KeyRead k : wanted) {
                k.prepend(read.getOrDefault(List.of(k.outletId, k.commodityId), List.of()));
            }
        }
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
        private final int outletId;
        private final int commodityId;
        private final LocalDate first;
        private final LocalDate day;
        private final Set<UUID> reversed;
        /** The movements from {@link #from} to the day in the order of {@link StockDao#allUpTo}; null unread. */
        private List<StockMovement> rows;
        private LocalDate from;
        private int step = FIRST_STEP_DAYS;

        KeyRead(int outletId, int commodityId, LocalDate first, LocalDate day, LocalDate windowStart,
                Set<UUID> reversed) {
            this.outletId = outletId;
            this.commodityId = commodityId;
            this.first = first;
            this.day = day;
            this.reversed = reversed;
            this.from = windowStart.isBefore(first) ? first : windowStart;
        }

        private boolean complete() {
            return !from.isAfter(first);
        }

        /** The days to read next: the first time from {@link #from} to the day, then the step back before it. */
        StockDao.KeyRange next() {
            if (rows == null) {
                return new StockDao.KeyRange(outletId, commodityId, from, day);
            }
            LocalDate to = from.minusDays(1);
            LocalDate earlier = from.minusDays(step);
            from = earlier.isBefore(first) ? first : earlier;
            step *= 2;
            return new StockDao.KeyRange(outletId, commodityId, from, to);
        }

        /** Takes the movements of the range {@link #next} gave. */
        void prepend(List<StockMovement> older) {
            List<StockMovement> all = new ArrayList<>(older);
            if (rows != null) {
                all.addAll(rows);
            }
            rows = all;
        }

        private boolean inForce(StockMovement m) {
            return m.reverses() == null && !reversed.contains(m.id());
        }

        boolean hasCountInForce() {
            return rows.stream().anyMatch(m -> m.kind() == MovementKind.COUNT && inForce(m));
        }

        /** The latest selling price in force among the movements read. */
        Optional<Long> lastSalePrice() {
            for (int i = rows.size() - 1; i >= 0; i--) {
                StockMovement m = rows.get(i);
                if (m.kind() == MovementKind.SALE && m.unitPriceRp() != null && inForce(m)) {
                    return Optional.of(m.unitPriceRp());
                }
            }
            return Optional.empty();
        }
    }
}
