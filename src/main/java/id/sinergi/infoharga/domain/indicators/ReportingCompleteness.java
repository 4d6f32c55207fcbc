package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of what was expected a market reported over a range of days: {@code expected} is every active commodity
 * on every working day of the range, {@code reported} the (commodity, working day) pairs that have a price.
 */
public record ReportingCompleteness(int marketId, String marketCode, String marketName, int reported,
                                    int expected) {

    /** Percent reported, or null when nothing was expected (no working day in the range). */
    public Double percent() {
        return expected == 0 ? null : reported * 100.0 / expected;
    }

    /** One row per active market, in catalog order. */
    public static List<ReportingCompleteness> of(Catalog catalog, Collection<PricePoint> points, DateRange days,
                                                 Set<DayOfWeek> workingDays) {
        Set<Integer> active = new HashSet<>();
        for (Commodity c : catalog.activeCommodities()) {
            active.add(c.id());
        }
        int workingDayCount = 0;
        for (LocalDate d = days.from(); !d.isAfter(days.to()); d = d.plusDays(1)) {
            if (workingDays.contains(d.getDayOfWeek())) {
                workingDayCount++;
            }
        }
        // Distinct pairs, so that a point given twice cannot count twice.
        Map<Integer, Set<String>> pairs = new HashMap<>();
        for (PricePoint p : points) {
            if (p.priceRp() > 0 && days.contains(p.date()) && workingDays.contains(p.date().getDayOfWeek())
                    && active.contains(p.commodityId())) {
                pairs.computeIfAbsent(p.marketId(), k -> new HashSet<>()).add(p.commodityId() + "@" + p.date());
            }
        }
        List<ReportingCompleteness> out = new ArrayList<>();
        for (Market m : catalog.activeMarkets()) {
            int reported = pairs.getOrDefault(m.id(), Set.of()).size();
            out.add(new ReportingCompleteness(m.id(), m.code(), m.name(), reported, workingDayCount * active.size()));
        }
        return out;
    }
}
