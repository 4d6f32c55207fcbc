package id.sinergi.infoharga.app;

import id.sinergi.infoharga.app.ImportPlan.UnusualPrice;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.entry.ImportedPriceCheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The entry screen's checks for every row, in day order: against the market's last usual price before the day
 * (stored or earlier in the file), the median of the other markets' prices of the day (stored, with the file's
 * rows in place of what they replace), and the reference price when there is neither. An unusual price does not
 * become the "last price" of the next day, so one slip does not make its honest neighbour look unusual.
 */
final class UnusualPriceScan {
    private final long[] keys;
    private final long[] prices;
    private final int[] lines;
    private final int size;
    private final StoredPrices stored;
    private final IntFunction<String> marketName;
    private final IntFunction<String> commodityName;
    private final ImpossiblePrice impossible;
    private final BitSet flags = new BitSet();
    private final List<UnusualPrice> listed = new ArrayList<>();
    private int count;
    /** Per series (market, commodity): its last usual price and that day, {price, epochDay}. */
    private final Map<Long, long[]> last = new HashMap<>();
    private final Map<Integer, List<ReferencePrice>> references = new HashMap<>();
    private final boolean storeEmpty;

    /** Receives a price that can never be stored, as a problem of its line. */
    interface ImpossiblePrice {
        void at(int line, UnusualPrice price);
    }

    /** The rows must be sorted by key (day, market, commodity); the arrays are read, never changed. */
    UnusualPriceScan(long[] keys, long[] prices, int[] lines, int size, StoredPrices stored,
                     List<ReferencePrice> referencePrices, IntFunction<String> marketName,
                     IntFunction<String> commodityName, ImpossiblePrice impossible) {
        this.keys = keys;
        this.prices = prices;
        this.lines = lines;
        this.size = size;
        this.stored = stored;
        this.marketName = marketName;
        this.commodityName = commodityName;
        this.impossible = impossible;
        this.storeEmpty = stored.isEmpty();
        for (ReferencePrice r : referencePrices) {
            references.computeIfAbsent(r.commodityId(), k -> new ArrayList<>()).add(r);
        }
    }

    /** Every unusual row, by its place in the rows. */
    BitSet flags() {
        return flags;
    }

    /** The first {@link ImportService#MAX_LISTED_PROBLEMS} unusual prices found. */
    List<UnusualPrice> listed() {
        return listed;
    }

    int count() {
        return count;
    }

    void run() {
        int i = 0;
        LocalDate loadedUpTo = null;
        while (i < size) {
            LocalDate monthStart = LocalDate.ofEpochDay(PlannedRows.epochDay(keys[i])).withDayOfMonth(1);
            LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
            int monthEndDay = (int) monthEnd.toEpochDay();
            int j = i;
            while (j < size && PlannedRows.epochDay(keys[j]) <= monthEndDay) {
                j++;
            }
            List<PricePoint> month = List.of();
            if (!storeEmpty) {
                boolean gap = loadedUpTo == null || !loadedUpTo.plusDays(1).equals(monthStart);
                if (gap) {
                    lastStoredBefore(i, j, monthStart);
                }
                month = new ArrayList<>(stored.between(monthStart, monthEnd));
                month.sort(Comparator.comparing(PricePoint::date));
                loadedUpTo = monthEnd;
            }
            scanMonth(i, j, month);
            i = j;
        }
    }

    /** After months without rows (or at the start), each series' last stored price before the month. */
    private void lastStoredBefore(int from, int to, LocalDate monthStart) {
        Set<Long> series = new HashSet<>();
        for (int k = from; k < to; k++) {
            int m = PlannedRows.marketOf(keys[k]);
            int c = PlannedRows.commodityOf(keys[k]);
            if (!PlannedRows.isNew(m) && !PlannedRows.isNew(c) && series.add(PlannedRows.seriesOf(keys[k]))) {
                long s = PlannedRows.seriesOf(keys[k]);
                stored.lastBefore(m, c, monthStart)
                        .ifPresent(p -> remember(s, p.priceRp(), (int) p.date().toEpochDay()));
            }
        }
    }

    private void remember(long series, long price, int epochDay) {
        long[] known = last.get(series);
        if (known == null) {
            last.put(series, new long[] {price, epochDay});
        } else if (known[1] <= epochDay) {
            known[0] = price;
            known[1] = epochDay;
        }
    }

    private void scanMonth(int from, int to, List<PricePoint> month) {
        // Stored prices of the month by day, then by commodity.
        Map<Integer, Map<Integer, List<PricePoint>>> storedByDay = new TreeMap<>();
        for (PricePoint p : month) {
            storedByDay.computeIfAbsent((int) p.date().toEpochDay(), d -> new HashMap<>())
                    .computeIfAbsent(p.commodityId(), c -> new ArrayList<>()).add(p);
        }
        Set<Integer> days = new TreeSet<>(storedByDay.keySet());
        for (int k = from; k < to; k++) {
            days.add(PlannedRows.epochDay(keys[k]));
        }
        int k = from;
        for (int day : days) {
            int start = k;
            while (k < to && PlannedRows.epochDay(keys[k]) == day) {
                k++;
            }
            Map<Integer, List<PricePoint>> storedToday = storedByDay.getOrDefault(day, Map.of());
            checkDay(day, start, k, storedToday);
            // Then the day becomes history: stored prices the file does not replace, and the file's usual ones.
            for (List<PricePoint> points : storedToday.values()) {
                for (PricePoint p : points) {
                    long key = PlannedRows.key(day, p.marketId(), p.commodityId());
                    if (Arrays.binarySearch(keys, start, k, key) < 0) {
                        remember(PlannedRows.seriesOf(key), p.priceRp(), day);
                    }
                }
            }
            for (int r = start; r < k; r++) {
                if (!flags.get(r)) {
                    remember(PlannedRows.seriesOf(keys[r]), prices[r], day);
                }
            }
        }
    }

    private void checkDay(int day, int from, int to, Map<Integer, List<PricePoint>> storedToday) {
        if (from == to) {
            return;
        }
        // The day's rows by commodity: (commodity << 32 | row).
        long[] byCommodity = new long[to - from];
        for (int r = from; r < to; r++) {
            byCommodity[r - from] = ((long) PlannedRows.commodityOf(keys[r]) << 32) | r;
        }
        Arrays.sort(byCommodity);
        int g = 0;
        while (g < byCommodity.length) {
            int c = (int) (byCommodity[g] >>> 32);
            int h = g;
            while (h < byCommodity.length && (int) (byCommodity[h] >>> 32) == c) {
                h++;
            }
            checkGroup(day, c, byCommodity, g, h, storedToday.getOrDefault(c, List.of()));
            g = h;
        }
    }

    /**
     * One commodity on one day: every market's price, the file's in place of the stored ones. A file price that
     * is already unusual against its own market's last price is left out of the others' median, so that one slip
     * does not drag the median for its neighbours.
     */
    private void checkGroup(int day, int commodity, long[] rowsByCommodity, int from, int to,
                            List<PricePoint> storedPrices) {
        Set<Integer> fileMarkets = new HashSet<>();
        long[] all = new long[(to - from) + storedPrices.size()];
        ImportedPriceCheck.Finding[] againstLast = new ImportedPriceCheck.Finding[to - from];
        int n = 0;
        for (int g = from; g < to; g++) {
            int r = (int) rowsByCommodity[g];
            fileMarkets.add(PlannedRows.marketOf(keys[r]));
            long[] known = last.get(PlannedRows.seriesOf(keys[r]));
            if (known != null) {
                againstLast[g - from] = ImportedPriceCheck.check(prices[r], known[0], 0, 0).orElse(null);
            }
            if (againstLast[g - from] == null) {
                all[n++] = prices[r];
            }
        }
        for (PricePoint p : storedPrices) {
            if (!fileMarkets.contains(p.marketId())) {
                all[n++] = p.priceRp();
            }
        }
        Arrays.sort(all, 0, n);
        for (int g = from; g < to; g++) {
            int r = (int) rowsByCommodity[g];
            long[] known = last.get(PlannedRows.seriesOf(keys[r]));
            if (againstLast[g - from] != null) {
                record(r, day, againstLast[g - from], known, n, null);
                continue;
            }
            long price = prices[r];
            long median = medianWithout(all, n, price);
            long lastRp = known == null ? 0 : known[0];
            long reference = 0;
            ReferencePrice ref = null;
            if (lastRp == 0 && median == 0) {
                ref = referenceOn(commodity, LocalDate.ofEpochDay(day));
                reference = ref == null ? 0 : ref.highRp();
            }
            Optional<ImportedPriceCheck.Finding> finding = ImportedPriceCheck.check(price, lastRp, median,
                    reference);
            if (finding.isPresent()) {
                record(r, day, finding.get(), known, n - 1, ref);
            }
        }
    }

    private void record(int r, int day, ImportedPriceCheck.Finding f, long[] known, int others,
                        ReferencePrice ref) {
        UnusualPrice u = new UnusualPrice(lines[r], marketName.apply(PlannedRows.marketOf(keys[r])),
                commodityName.apply(PlannedRows.commodityOf(keys[r])), LocalDate.ofEpochDay(day), f,
                known == null ? null : LocalDate.ofEpochDay(known[1]), others,
                ref == null ? null : ref.kind().name());
        if (f.kind() == ImportedPriceCheck.Kind.IMPOSSIBLE) {
            impossible.at(lines[r], u);
            return;
        }
        flags.set(r);
        count++;
        if (listed.size() < ImportService.MAX_LISTED_PROBLEMS) {
            listed.add(u);
        }
    }

    private ReferencePrice referenceOn(int commodity, LocalDate day) {
        ReferencePrice best = null;
        for (ReferencePrice r : references.getOrDefault(commodity, List.of())) {
            if (r.validOn(day) && (best == null || r.validFrom().isAfter(best.validFrom()))) {
                best = r;
            }
        }
        return best;
    }

    /** The median of the sorted {@code all[0..n)} without one occurrence of {@code own}; 0 when nothing is left. */
    static long medianWithout(long[] all, int n, long own) {
        int m = n - 1;
        if (m <= 0) {
            return 0;
        }
        int skip = Arrays.binarySearch(all, 0, n, own);
        if (m % 2 == 1) {
            return at(all, m / 2, skip);
        }
        return (at(all, m / 2 - 1, skip) + at(all, m / 2, skip)) / 2;
    }

    private static long at(long[] sorted, int rank, int skip) {
        return sorted[rank < skip ? rank : rank + 1];
    }
}
