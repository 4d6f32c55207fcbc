package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of what was expected a market reported over a run of days, by the rule of the missing-report alert
 * ({@link Alerts#missingReports}): on each working day a market is expected to report its usual commodities — those
 * it reported in the {@link #BASKET_DAYS} days before the first day, or every active commodity when it reported
 * none — and whatever else it did report that day. {@code reported} counts the (commodity, working day) pairs with
 * a price, {@code expected} the pairs expected.
 */
public record ReportingCompleteness(int marketId, String marketCode, String marketName, int reported,
                                    int expected) {
    public static final int BASKET_DAYS = Alerts.BASKET_DAYS;

    /** Percent reported, or null when nothing was expected (no working day in the range). */
    public Double percent() {
        return expected == 0 ? null : reported * 100.0 / expected;
    }

    /**
     * One row per active market, in catalog order.
     *
     * @param points the prices from {@link #BASKET_DAYS} days before {@code from} up to {@code to}
     */
    public static List<ReportingCompleteness> of(Catalog catalog, Collection<PricePoint> points, LocalDate from,
                                                 LocalDate to, Set<DayOfWeek> workingDays) {
        Set<Integer> active = new HashSet<>();
        for (Commodity c : catalog.activeCommodities()) {
            active.add(c.id());
        }
        LocalDate basketFrom = from.minusDays(BASKET_DAYS);
        Map<Integer, Set<Integer>> basket = new HashMap<>();
        for (PricePoint p : points) {
            if (p.priceRp() > 0 && active.contains(p.commodityId()) && !p.date().isBefore(basketFrom)
                    && p.date().isBefore(from)) {
                basket.computeIfAbsent(p.marketId(), k -> new HashSet<>()).add(p.commodityId());
            }
        }
        return of(catalog, basket, points, from, to, workingDays);
    }

    /**
     * The same with each market's usual commodities already gathered (the weekly report takes them from the kept
     * weekly sums of the four whole weeks before {@code from}, a Monday); {@code points} need hold only the days
     * from {@code from} to {@code to}.
     */
    public static List<ReportingCompleteness> of(Catalog catalog, Map<Integer, Set<Integer>> basket,
                                                 Collection<PricePoint> points, LocalDate from, LocalDate to,
                                                 Set<DayOfWeek> workingDays) {
        Set<Integer> active = new HashSet<>();
        for (Commodity c : catalog.activeCommodities()) {
            active.add(c.id());
        }
        // market → day → commodities reported that day
        Map<Integer, Map<LocalDate, Set<Integer>>> reported = new HashMap<>();
        for (PricePoint p : points) {
            if (p.priceRp() > 0 && active.contains(p.commodityId()) && !p.date().isBefore(from)
                    && !p.date().isAfter(to) && workingDays.contains(p.date().getDayOfWeek())) {
                reported.computeIfAbsent(p.marketId(), k -> new HashMap<>())
                        .computeIfAbsent(p.date(), k -> new HashSet<>()).add(p.commodityId());
            }
        }
        return catalog.activeMarkets().stream().map(m -> row(m, from, to, workingDays,
                basket.getOrDefault(m.id(), active), reported.getOrDefault(m.id(), Map.of()))).toList();
    }

    private static ReportingCompleteness row(Market m, LocalDate from, LocalDate to, Set<DayOfWeek> workingDays,
                                             Set<Integer> usual, Map<LocalDate, Set<Integer>> byDay) {
        int reported = 0;
        int expected = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!workingDays.contains(d.getDayOfWeek())) {
                continue;
            }
            Set<Integer> today = byDay.getOrDefault(d, Set.of());
            Set<Integer> due = new HashSet<>(usual);
            due.addAll(today);
            reported += today.size();
            expected += due.size();
        }
        return new ReportingCompleteness(m.id(), m.code(), m.name(), reported, expected);
    }
}
