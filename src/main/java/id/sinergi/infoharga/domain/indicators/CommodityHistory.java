package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.PricePoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One commodity's prices over a range of days: per day the regency price (mean over the markets that reported,
 * DESIGN §4) with the cheapest and dearest market, and each market's own series. Days nobody reported are absent.
 */
public record CommodityHistory(int commodityId, DateRange range, List<RegencyDay> days,
                               Map<Integer, List<PricePoint>> byMarket) {
    public CommodityHistory {
        days = List.copyOf(days);
        byMarket = Map.copyOf(byMarket);
    }

    /** The regency figures of one day: mean, market count, cheapest and dearest market. */
    public record RegencyDay(LocalDate date, double mean, int markets, long low, int lowMarketId, long high,
                             int highMarketId) {
    }

    public static CommodityHistory of(int commodityId, DateRange range, Collection<PricePoint> points) {
        TreeMap<LocalDate, List<PricePoint>> byDay = new TreeMap<>();
        Map<Integer, List<PricePoint>> byMarket = new TreeMap<>();
        for (PricePoint p : points) {
            if (p.commodityId() != commodityId || p.priceRp() <= 0 || !range.contains(p.date())) {
                continue;
            }
            byDay.computeIfAbsent(p.date(), k -> new ArrayList<>()).add(p);
            byMarket.computeIfAbsent(p.marketId(), k -> new ArrayList<>()).add(p);
        }
        List<RegencyDay> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, list) -> days.add(regency(date, list)));
        byMarket.replaceAll((m, list) -> list.stream()
                .sorted(java.util.Comparator.comparing(PricePoint::date)).toList());
        return new CommodityHistory(commodityId, range, days, byMarket);
    }

    private static RegencyDay regency(LocalDate date, List<PricePoint> list) {
        long sum = 0;
        PricePoint low = list.get(0);
        PricePoint high = list.get(0);
        for (PricePoint p : list) {
            sum += p.priceRp();
            // Ties go to the lower market id, as in Disparity.
            if (p.priceRp() < low.priceRp() || (p.priceRp() == low.priceRp() && p.marketId() < low.marketId())) {
                low = p;
            }
            if (p.priceRp() > high.priceRp() || (p.priceRp() == high.priceRp() && p.marketId() < high.marketId())) {
                high = p;
            }
        }
        return new RegencyDay(date, (double) sum / list.size(), list.size(), low.priceRp(), low.marketId(),
                high.priceRp(), high.marketId());
    }

    /** One market's prices in date order (empty when it never reported in the range). */
    public List<PricePoint> market(int marketId) {
        return byMarket.getOrDefault(marketId, List.of());
    }

    /**
     * The regency days reduced to at most {@code maxPoints} (see {@link Downsample#minMax}) on the regency
     * price, each kept day carrying the cheapest and dearest price of its whole bucket so that the band stays as
     * wide as the data.
     */
    public List<RegencyDay> downsampled(int maxPoints) {
        if (days.size() <= maxPoints) {
            return days;
        }
        List<RegencyDay> out = new ArrayList<>();
        for (int[] bucket : Downsample.buckets(days.size(), Math.max(1, maxPoints / 2))) {
            List<RegencyDay> slice = days.subList(bucket[0], bucket[1]);
            RegencyDay low = slice.stream().min(java.util.Comparator.comparingLong(RegencyDay::low)).orElseThrow();
            RegencyDay high = slice.stream().max(java.util.Comparator.comparingLong(RegencyDay::high)).orElseThrow();
            for (RegencyDay d : Downsample.minMax(slice, RegencyDay::mean, 2)) {
                out.add(new RegencyDay(d.date(), d.mean(), d.markets(), low.low(), low.lowMarketId(), high.high(),
                        high.highMarketId()));
            }
        }
        return out;
    }

    /** A market's prices reduced to at most {@code maxPoints} (min and max per bucket). */
    public List<PricePoint> marketDownsampled(int marketId, int maxPoints) {
        return Downsample.minMax(market(marketId), PricePoint::priceRp, maxPoints);
    }

    /**
     * The heat map of each market's gap to the regency price, {@code (p − P)/P × 100}: the days cut into at most
     * {@code maxColumns} buckets, a cell the mean gap over the bucket's days on which the market reported (null
     * when it never did). Rows follow {@code marketIds}.
     */
    public GapMatrix gaps(List<Integer> marketIds, int maxColumns) {
        List<int[]> buckets = days.isEmpty() ? List.of() : Downsample.buckets(days.size(), maxColumns);
        List<LocalDate> starts = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        for (int[] b : buckets) {
            starts.add(days.get(b[0]).date());
            ends.add(days.get(b[1] - 1).date());
        }
        Map<LocalDate, Double> regency = new TreeMap<>();
        for (RegencyDay d : days) {
            regency.put(d.date(), d.mean());
        }
        List<List<Double>> rows = new ArrayList<>();
        for (int marketId : marketIds) {
            double[] sum = new double[buckets.size()];
            int[] count = new int[buckets.size()];
            int b = 0;
            for (PricePoint p : market(marketId)) {
                while (b < buckets.size() && p.date().isAfter(ends.get(b))) {
                    b++;
                }
                if (b == buckets.size()) {
                    break;
                }
                double mean = regency.get(p.date());
                sum[b] += (p.priceRp() - mean) * 100 / mean;
                count[b]++;
            }
            List<Double> row = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                row.add(count[i] == 0 ? null : sum[i] / count[i]);
            }
            rows.add(row);
        }
        return new GapMatrix(marketIds, starts, ends, rows);
    }

    /** Rows by market, columns by period {@code [starts[i], ends[i]]}; a cell is a gap in %, or null. */
    public record GapMatrix(List<Integer> marketIds, List<LocalDate> starts, List<LocalDate> ends,
                            List<List<Double>> cells) {
        public GapMatrix {
            marketIds = List.copyOf(marketIds);
            starts = List.copyOf(starts);
            ends = List.copyOf(ends);
            cells = cells.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }
}
