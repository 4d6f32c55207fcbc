package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PricePoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every commodity's figures on one day (DESIGN §4), at regency level and per market, computed from the prices of
 * the few days they need ({@link #rangesNeeded}). Commodities are in catalog order; only those observed that day.
 */
public record DayIndicators(LocalDate date, List<CommodityDay> commodities) {
    public DayIndicators {
        commodities = List.copyOf(commodities);
    }

    public Optional<CommodityDay> commodity(int commodityId) {
        return commodities.stream().filter(c -> c.commodityId() == commodityId).findFirst();
    }

    /** The day itself and, per horizon, the target day with the seven days before it — merged. */
    public static List<DateRange> rangesNeeded(LocalDate d) {
        List<DateRange> ranges = new ArrayList<>();
        ranges.add(new DateRange(d, d));
        for (Horizon h : Horizon.values()) {
            ranges.add(new DateRange(h.earliestBase(d), h.target(d)));
        }
        return DateRange.merged(ranges);
    }

    /**
     * Computes the figures of day {@code d}. {@code points} must hold at least every price in
     * {@link #rangesNeeded}(d); prices of other days are ignored.
     */
    public static DayIndicators compute(Catalog catalog, LocalDate d, Collection<PricePoint> points,
                                        Thresholds thresholds) {
        List<DateRange> needed = rangesNeeded(d);
        // commodity → day → market → price
        Map<Integer, TreeMap<LocalDate, Map<Integer, Long>>> index = new HashMap<>();
        for (PricePoint p : points) {
            if (p.priceRp() <= 0 || !inAny(needed, p.date())) {
                continue;
            }
            index.computeIfAbsent(p.commodityId(), k -> new TreeMap<>())
                    .computeIfAbsent(p.date(), k -> new HashMap<>()).put(p.marketId(), p.priceRp());
        }
        List<CommodityDay> out = new ArrayList<>();
        for (Commodity c : catalog.commodities()) {
            TreeMap<LocalDate, Map<Integer, Long>> days = index.get(c.id());
            Map<Integer, Long> today = days == null ? null : days.get(d);
            if (today == null || today.isEmpty()) {
                continue;
            }
            AlertThresholds t = thresholds.of(c.id());
            var reference = catalog.referenceOn(c.id(), d);

            Map<Horizon, Change> regencyChanges = new EnumMap<>(Horizon.class);
            for (Horizon h : Horizon.values()) {
                regencyChanges.put(h, regencyChange(days, today, d, h));
            }
            double price = mean(today.values());
            PriceFigures regency = figures(price, today.size(), regencyChanges, Disparity.of(today),
                    reference.map(r -> ReferenceGap.of(r, price, t)).orElse(null), t);

            List<MarketFigures> markets = new ArrayList<>();
            for (Market m : catalog.markets()) {
                Long own = today.get(m.id());
                if (own == null) {
                    continue;
                }
                Map<Horizon, Change> changes = new EnumMap<>(Horizon.class);
                for (Horizon h : Horizon.values()) {
                    changes.put(h, marketChange(days, m.id(), own, d, h));
                }
                PriceFigures f = figures(own, 1, changes, null,
                        reference.map(r -> ReferenceGap.of(r, own, t)).orElse(null), t);
                markets.add(new MarketFigures(m.id(), m.code(), m.name(), f));
            }
            out.add(new CommodityDay(c.id(), c.code(), c.displayName(), c.unit(), c.groupId(), regency, markets));
        }
        return new DayIndicators(d, out);
    }

    private static PriceFigures figures(double price, int n, Map<Horizon, Change> changes, Disparity disparity,
                                        ReferenceGap reference, AlertThresholds t) {
        Change week = changes.get(Horizon.WEEK);
        AlertLevel rise = week == null ? null : t.riseLevel(week.pct());
        return new PriceFigures(price, n, changes.get(Horizon.DAY), week, changes.get(Horizon.MONTH),
                changes.get(Horizon.YEAR), disparity, reference, rise);
    }

    /**
     * The regency change over the markets matched on d and the base day. The base day is the latest day in
     * [target − 7, target] on which a market that reported on d also reported: a day seen only by markets silent
     * on d could never be matched, so it must not hide an earlier day that can.
     */
    static Change regencyChange(TreeMap<LocalDate, Map<Integer, Long>> days, Map<Integer, Long> today,
                                LocalDate d, Horizon h) {
        LocalDate target = h.target(d);
        LocalDate earliest = h.earliestBase(d);
        for (var e : days.subMap(earliest, true, target, true).descendingMap().entrySet()) {
            double sumToday = 0;
            double sumBase = 0;
            int matched = 0;
            for (var m : e.getValue().entrySet()) {
                Long now = today.get(m.getKey());
                if (now != null) {
                    sumToday += now;
                    sumBase += m.getValue();
                    matched++;
                }
            }
            if (matched > 0) {
                return Change.of(e.getKey(), matched, sumBase / matched, sumToday / matched);
            }
        }
        return null;
    }

    static Change marketChange(TreeMap<LocalDate, Map<Integer, Long>> days, int marketId, long own, LocalDate d,
                               Horizon h) {
        for (var e : days.subMap(h.earliestBase(d), true, h.target(d), true).descendingMap().entrySet()) {
            Long base = e.getValue().get(marketId);
            if (base != null) {
                return Change.of(e.getKey(), 1, base, own);
            }
        }
        return null;
    }

    private static boolean inAny(List<DateRange> ranges, LocalDate day) {
        for (DateRange r : ranges) {
            if (r.contains(day)) {
                return true;
            }
        }
        return false;
    }

    static double mean(Collection<? extends Number> values) {
        double sum = 0;
        for (Number v : values) {
            sum += v.doubleValue();
        }
        return sum / values.size();
    }
}
