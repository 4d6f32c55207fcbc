package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.WeekSum;
import id.sinergi.infoharga.domain.Words;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The alerts of DESIGN §5 from a day's figures, the WULANDARI stock movements and the day's reports. Only levels
 * above Normal are alerts. Each has a one-line reason in the user's words.
 */
public final class Alerts {
    /** How far back a market's usual commodities are taken from, for "some but not all of its commodities". */
    public static final int BASKET_DAYS = 28;

    private Alerts() {
    }

    /** The commodity's price alert level on the day: the higher of its reference and its week-rise level. */
    public static AlertLevel priceLevel(CommodityDay c) {
        AlertLevel level = AlertLevel.NORMAL;
        if (c.regency().reference() != null) {
            level = AlertLevel.max(level, c.regency().reference().level());
        }
        if (c.regency().riseLevel() != null) {
            level = AlertLevel.max(level, c.regency().riseLevel());
        }
        return level;
    }

    public static Map<Integer, AlertLevel> priceLevels(DayIndicators day) {
        Map<Integer, AlertLevel> out = new HashMap<>();
        for (CommodityDay c : day.commodities()) {
            out.put(c.commodityId(), priceLevel(c));
        }
        return out;
    }

    /** Reference and price-rise alerts of the regency prices. */
    public static List<Alert> priceAlerts(DayIndicators day, Thresholds thresholds, Words words) {
        List<Alert> out = new ArrayList<>();
        for (CommodityDay c : day.commodities()) {
            AlertThresholds t = thresholds.of(c.commodityId());
            PriceFigures f = c.regency();
            ReferenceGap gap = f.reference();
            if (gap != null && gap.level() != AlertLevel.NORMAL) {
                out.add(new Alert(AlertKind.REFERENCE, gap.level(), c.commodityId(), c.code(), c.name(), null, null,
                        null, null, gap.gapPct(), t.referenceThreshold(gap.level()),
                        words.get("indicators.alert.reference", c.name(), PriceText.rupiah(Math.round(f.price())),
                                IndonesianText.decimal1(gap.gapPct()), gap.kind().name(),
                                PriceText.rupiah(gap.highRp()))));
            }
            if (f.riseLevel() != null && f.riseLevel() != AlertLevel.NORMAL) {
                Change w = f.week();
                out.add(new Alert(AlertKind.PRICE_RISE, f.riseLevel(), c.commodityId(), c.code(), c.name(), null,
                        null, null, null, w.pct(), t.riseThreshold(f.riseLevel()),
                        words.get("indicators.alert.rise", c.name(), IndonesianText.decimal1(w.pct()),
                                PriceText.rupiah(Math.round(w.baseMean())),
                                PriceText.rupiah(Math.round(w.currentMean())))));
            }
        }
        return out;
    }

    /**
     * The markets that are the cause: a market whose own price is at Siaga or Awas and at a higher reference or
     * week-rise level than the regency price of the same commodity (one dear market hides in the mean of twenty).
     * A market at the regency's level or below adds nothing, the regency alert already says it; a market at
     * Waspada alone is the everyday spread between markets (on two years of demo data it tripled the list).
     */
    public static List<Alert> marketPriceAlerts(DayIndicators day, Thresholds thresholds, Words words) {
        List<Alert> out = new ArrayList<>();
        for (CommodityDay c : day.commodities()) {
            AlertThresholds t = thresholds.of(c.commodityId());
            AlertLevel regencyRef = c.regency().reference() == null ? AlertLevel.NORMAL
                    : c.regency().reference().level();
            AlertLevel regencyRise = c.regency().riseLevel() == null ? AlertLevel.NORMAL : c.regency().riseLevel();
            for (MarketFigures m : c.markets()) {
                PriceFigures f = m.figures();
                ReferenceGap gap = f.reference();
                if (gap != null && gap.level().atLeast(AlertLevel.SIAGA) && gap.level().compareTo(regencyRef) > 0) {
                    out.add(new Alert(AlertKind.REFERENCE, gap.level(), c.commodityId(), c.code(), c.name(),
                            m.marketId(), null, m.marketCode(), m.marketName(), gap.gapPct(),
                            t.referenceThreshold(gap.level()),
                            words.get("indicators.alert.marketReference", m.marketName(), c.name(),
                                    PriceText.rupiah(Math.round(f.price())), IndonesianText.decimal1(gap.gapPct()),
                                    gap.kind().name(), PriceText.rupiah(gap.highRp()),
                                    PriceText.rupiah(Math.round(c.regency().price())))));
                }
                if (f.riseLevel() != null && f.riseLevel().atLeast(AlertLevel.SIAGA)
                        && f.riseLevel().compareTo(regencyRise) > 0) {
                    Change w = f.week();
                    out.add(new Alert(AlertKind.PRICE_RISE, f.riseLevel(), c.commodityId(), c.code(), c.name(),
                            m.marketId(), null, m.marketCode(), m.marketName(), w.pct(),
                            t.riseThreshold(f.riseLevel()),
                            words.get("indicators.alert.marketRise", m.marketName(), c.name(),
                                    IndonesianText.decimal1(w.pct()), PriceText.rupiah(Math.round(w.baseMean())),
                                    PriceText.rupiah(Math.round(w.currentMean())))));
                }
            }
        }
        return out;
    }

    /** Every outlet's stock of every commodity it has moved, at the end of the day. */
    public static List<StockCover> stockCovers(Catalog catalog, LocalDate day, Collection<StockMovement> movements,
                                               Thresholds thresholds, Map<Integer, AlertLevel> priceLevels) {
        Map<List<Integer>, List<StockMovement>> byKey = new TreeMap<>(
                Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (StockMovement m : movements) {
            if (!m.date().isAfter(day)) {
                byKey.computeIfAbsent(List.of(m.outletId(), m.commodityId()), k -> new ArrayList<>()).add(m);
            }
        }
        List<StockCover> out = new ArrayList<>();
        byKey.forEach((key, list) -> {
            Outlet outlet = catalog.outlet(key.get(0));
            if (outlet != null && outlet.active()) {
                out.add(StockCover.of(key.get(0), key.get(1), day, list, thresholds.of(key.get(1)),
                        priceLevels.getOrDefault(key.get(1), AlertLevel.NORMAL)));
            }
        });
        return out;
    }

    public static List<Alert> stockAlerts(Catalog catalog, Collection<StockCover> covers, Thresholds thresholds,
                                          Words words) {
        List<Alert> out = new ArrayList<>();
        for (StockCover s : covers) {
            if (s.level() == AlertLevel.NORMAL) {
                continue;
            }
            Commodity c = catalog.commodity(s.commodityId());
            Outlet o = catalog.outlet(s.outletId());
            String name = c == null ? String.valueOf(s.commodityId()) : c.displayName();
            String unit = c == null ? "" : c.unit();
            String reason = s.empty()
                    ? words.get("indicators.alert.stockEmpty", name, o.name())
                    : words.get("indicators.alert.stock", name, o.name(), IndonesianText.quantity(s.onHand()), unit,
                            IndonesianText.decimal1(s.daysOfCover() == null ? 0 : s.daysOfCover()));
            if (s.raised()) {
                reason = reason + words.get("indicators.alert.stockRaised", s.priceLevel().label());
            }
            out.add(new Alert(AlertKind.STOCK, s.level(), s.commodityId(), c == null ? null : c.code(), name, null,
                    s.outletId(), o.code(), o.name(), s.daysOfCover(),
                    thresholds.of(s.commodityId()).coverThreshold(s.coverLevel()), reason));
        }
        return out;
    }

    /**
     * Missing reports once the cut-off of a working day has passed: an active market with no entry that day is
     * Siaga; one with some but not all of its usual commodities (those it reported in the {@link #BASKET_DAYS}
     * days before; all active commodities for a market without recent reports) is Waspada.
     *
     * @param recent the prices of the day and of the {@link #BASKET_DAYS} days before it
     */
    public static List<Alert> missingReports(Catalog catalog, LocalDate day, Collection<PricePoint> recent,
                                             ReportingRules rules, LocalDateTime now, Words words) {
        if (!rules.due(day, now)) {
            return List.of();
        }
        return missingReports(catalog, day, reported(catalog, recent, new DateRange(day, day), List.of()),
                reported(catalog, recent, basketDays(day), List.of()), rules, now, words);
    }

    /** The days whose reports make a market's usual commodities on {@code day}: the {@link #BASKET_DAYS} before. */
    public static DateRange basketDays(LocalDate day) {
        return new DateRange(day.minusDays(BASKET_DAYS), day.minusDays(1));
    }

    /**
     * The days of {@link #basketDays} outside its whole ISO weeks: the only ones whose daily prices
     * {@link #reported} needs when it has the whole weeks' kept sums.
     */
    public static List<DateRange> basketDaysOutsideWholeWeeks(LocalDate day) {
        DateRange basket = basketDays(day);
        LocalDate firstMonday = basket.from().plusDays((8 - basket.from().getDayOfWeek().getValue()) % 7);
        LocalDate endOfWholeWeeks = basket.to().minusDays(basket.to().getDayOfWeek().getValue() % 7);
        List<DateRange> out = new ArrayList<>();
        if (basket.from().isBefore(firstMonday)) {
            out.add(new DateRange(basket.from(), firstMonday.minusDays(1)));
        }
        if (endOfWholeWeeks.isBefore(basket.to())) {
            out.add(new DateRange(endOfWholeWeeks.plusDays(1), basket.to()));
        }
        return out;
    }

    /**
     * Market → the active commodities it reported (any price) within {@code days}: from daily prices, and from the
     * kept weekly sums of the ISO weeks that lie wholly within {@code days} (a sum exists only for a week with a
     * price). The daily prices must cover the days outside those weeks.
     */
    public static Map<Integer, Set<Integer>> reported(Catalog catalog, Collection<PricePoint> daily,
                                                      DateRange days, Collection<WeekSum> weeks) {
        Set<Integer> activeCommodities = new HashSet<>();
        catalog.activeCommodities().forEach(c -> activeCommodities.add(c.id()));
        Map<Integer, Set<Integer>> out = new HashMap<>();
        for (PricePoint p : daily) {
            if (activeCommodities.contains(p.commodityId()) && days.contains(p.date())) {
                out.computeIfAbsent(p.marketId(), k -> new HashSet<>()).add(p.commodityId());
            }
        }
        for (WeekSum w : weeks) {
            if (w.dayCount() > 0 && activeCommodities.contains(w.commodityId()) && days.contains(w.monday())
                    && days.contains(w.monday().plusDays(6))) {
                out.computeIfAbsent(w.marketId(), k -> new HashSet<>()).add(w.commodityId());
            }
        }
        return out;
    }

    /**
     * {@link #missingReports(Catalog, LocalDate, Collection, ReportingRules, LocalDateTime, Words)} from what was
     * reported already gathered ({@link #reported}): on the day itself, and over {@link #basketDays}.
     */
    public static List<Alert> missingReports(Catalog catalog, LocalDate day, Map<Integer, Set<Integer>> today,
                                             Map<Integer, Set<Integer>> basket, ReportingRules rules,
                                             LocalDateTime now, Words words) {
        if (!rules.due(day, now)) {
            return List.of();
        }
        Set<Integer> activeCommodities = new HashSet<>();
        catalog.activeCommodities().forEach(c -> activeCommodities.add(c.id()));
        List<Alert> out = new ArrayList<>();
        for (Market m : catalog.activeMarkets()) {
            Set<Integer> reported = today.getOrDefault(m.id(), Set.of());
            Set<Integer> expected = new HashSet<>(basket.getOrDefault(m.id(), activeCommodities));
            expected.addAll(reported);
            if (reported.isEmpty()) {
                out.add(new Alert(AlertKind.MISSING_REPORT, AlertLevel.SIAGA, null, null, null, m.id(), null,
                        m.code(), m.name(), 0.0, (double) expected.size(),
                        words.get("indicators.alert.missingAll", m.name(), rules.cutoff().toString())));
            } else if (reported.size() < expected.size()) {
                out.add(new Alert(AlertKind.MISSING_REPORT, AlertLevel.WASPADA, null, null, null, m.id(), null,
                        m.code(), m.name(), (double) reported.size(), (double) expected.size(),
                        words.get("indicators.alert.missingSome", m.name(), reported.size(), expected.size())));
            }
        }
        return out;
    }

    /** Most severe first, then by kind, commodity code and place. */
    public static List<Alert> sorted(Collection<Alert> alerts) {
        return alerts.stream().sorted(Comparator.comparing(Alert::level).reversed()
                .thenComparing(Alert::kind)
                .thenComparing(a -> a.commodityCode() == null ? "" : a.commodityCode())
                .thenComparing(a -> a.placeCode() == null ? "" : a.placeCode())).toList();
    }
}
