package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.WeekSum;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One commodity's average over a period (DESIGN §4): each market's average is the mean of its daily prices in the
 * period, the regency average the mean of the market averages.
 */
public record PeriodAverage(int commodityId, Map<Integer, Double> marketAverages) {
    public PeriodAverage {
        // In market order: Map.copyOf iterates in an order salted per process, so the regency mean (a sum of
        // doubles) differed in its last digits from one run of the same report to the next.
        marketAverages = java.util.Collections.unmodifiableMap(new TreeMap<>(marketAverages));
        if (marketAverages.isEmpty()) {
            throw new IllegalArgumentException("a period average needs at least one market");
        }
    }

    public double regency() {
        return DayIndicators.mean(marketAverages.values());
    }

    public int markets() {
        return marketAverages.size();
    }

    /** The averages by commodity of the prices that fall in {@code period}. */
    public static Map<Integer, PeriodAverage> of(Collection<PricePoint> points, DateRange period) {
        Map<Integer, Map<Integer, long[]>> sums = new HashMap<>();
        for (PricePoint p : points) {
            if (p.priceRp() > 0 && period.contains(p.date())) {
                long[] s = sums.computeIfAbsent(p.commodityId(), k -> new HashMap<>())
                        .computeIfAbsent(p.marketId(), k -> new long[2]);
                s[0] += p.priceRp();
                s[1]++;
            }
        }
        return fromSums(sums);
    }

    /** The averages by commodity of one calendar month, from the monthly sums kept beside the prices. */
    public static Map<Integer, PeriodAverage> ofMonth(Collection<MonthSum> sums, YearMonth month) {
        Map<Integer, Map<Integer, long[]>> byCommodity = new HashMap<>();
        for (MonthSum s : sums) {
            if (s.month().equals(month) && s.dayCount() > 0) {
                byCommodity.computeIfAbsent(s.commodityId(), k -> new HashMap<>())
                        .put(s.marketId(), new long[] {s.sumRp(), s.dayCount()});
            }
        }
        return fromSums(byCommodity);
    }

    /**
     * The averages by commodity of one ISO week, from the weekly sums kept beside the prices: the same sums and
     * counts {@link #of} adds up from the week's daily prices, so the same doubles.
     */
    public static Map<Integer, PeriodAverage> ofWeek(Collection<WeekSum> sums, LocalDate monday) {
        Map<Integer, Map<Integer, long[]>> byCommodity = new HashMap<>();
        for (WeekSum s : sums) {
            if (s.monday().equals(monday) && s.dayCount() > 0) {
                byCommodity.computeIfAbsent(s.commodityId(), k -> new HashMap<>())
                        .put(s.marketId(), new long[] {s.sumRp(), s.dayCount()});
            }
        }
        return fromSums(byCommodity);
    }

    private static Map<Integer, PeriodAverage> fromSums(Map<Integer, Map<Integer, long[]>> sums) {
        Map<Integer, PeriodAverage> out = new TreeMap<>();
        sums.forEach((commodity, markets) -> {
            Map<Integer, Double> averages = new HashMap<>();
            markets.forEach((market, s) -> averages.put(market, (double) s[0] / s[1]));
            out.put(commodity, new PeriodAverage(commodity, averages));
        });
        return out;
    }

    /**
     * The change from {@code base} to {@code current} over the markets that reported in both periods; null when
     * either is missing or no market is in both.
     */
    public static Change change(PeriodAverage current, PeriodAverage base, LocalDate baseStart) {
        if (current == null || base == null) {
            return null;
        }
        double sumNow = 0;
        double sumBase = 0;
        int matched = 0;
        for (var e : current.marketAverages().entrySet()) {
            Double b = base.marketAverages().get(e.getKey());
            if (b != null) {
                sumNow += e.getValue();
                sumBase += b;
                matched++;
            }
        }
        return matched == 0 ? null : Change.of(baseStart, matched, sumBase / matched, sumNow / matched);
    }
}
