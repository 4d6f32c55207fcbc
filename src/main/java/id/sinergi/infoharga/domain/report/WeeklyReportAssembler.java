package id.sinergi.infoharga.domain.report;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.PriceText;
import id.sinergi.infoharga.domain.ReferenceKind;
import id.sinergi.infoharga.domain.indicators.Disparity;
import id.sinergi.infoharga.domain.indicators.MarketAverage;
import id.sinergi.infoharga.domain.indicators.PeriodFigures;
import id.sinergi.infoharga.domain.indicators.ReferenceGap;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.indicators.WeightedChange.GroupContribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.CommodityRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Completeness;
import id.sinergi.infoharga.domain.report.WeeklyReport.Contribution;
import id.sinergi.infoharga.domain.report.WeeklyReport.Cover;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketPrice;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTable;
import id.sinergi.infoharga.domain.report.WeeklyReport.MarketTableRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Mover;
import id.sinergi.infoharga.domain.report.WeeklyReport.StockRow;
import id.sinergi.infoharga.domain.report.WeeklyReport.Summary;
import id.sinergi.infoharga.domain.report.WeeklyReport.TrendSeries;
import id.sinergi.infoharga.domain.report.WeeklyReport.WeekPoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays the indicator results of a week out as the weekly report's content. It computes no indicator itself: every
 * average, change, CV, level and contribution is taken from {@link WeekIndicators}; this class only selects, sorts
 * and names them.
 */
public final class WeeklyReportAssembler {
    /** The key commodities of the trend charts: rice, chilli, shallot, garlic, eggs, chicken, cooking oil, sugar. */
    public static final List<String> KEY_COMMODITIES = List.of("BERAS-MEDIUM", "CABAI-MERAH-KERITING",
            "BAWANG-MERAH", "BAWANG-PUTIH", "TELUR-AYAM-RAS", "DAGING-AYAM-RAS", "MINYAKITA", "GULA-PASIR");
    public static final int MOVERS = 5;
    public static final int CONTRIBUTORS = 5;
    public static final int TREND_WEEKS = 8;

    private WeeklyReportAssembler() {
    }

    /**
     * @param week    the figures of the report's week (against the week before)
     * @param history the figures of the last {@link #TREND_WEEKS} weeks, oldest first, ending with {@code week}'s
     * @param stock   the WULANDARI rows, already with their levels
     * @param alerts  the number of alerts at each level
     */
    public static WeeklyReport assemble(Cover cover, Catalog catalog, WeekIndicators week,
                                        List<WeekIndicators> history, List<Completeness> completeness,
                                        List<StockRow> stock, Map<AlertLevel, Integer> alerts) {
        return assemble(cover, catalog, week, history, completeness, stock, alerts, Letterhead.NONE, List.of());
    }

    /** As the other, with the letterhead and the ALPS of the week's month. */
    public static WeeklyReport assemble(Cover cover, Catalog catalog, WeekIndicators week,
                                        List<WeekIndicators> history, List<Completeness> completeness,
                                        List<StockRow> stock, Map<AlertLevel, Integer> alerts, Letterhead letterhead,
                                        List<WeeklyReport.AlpsCell> alps) {
        List<CommodityRow> rows = week.commodities().stream().map(f -> row(f)).toList();
        Summary summary = new Summary(week.weighted().pct(), contributors(week), movers(week, true),
                movers(week, false), alerts, completeness);
        return new WeeklyReport(cover, summary, rows, marketTable(catalog, week), stock, trends(catalog, history),
                letterhead, aboveCeiling(week), alps);
    }

    /** Commodities whose weekly average is above the HET or the top of the HAP range, the largest gap first. */
    static List<WeeklyReport.Ceiling> aboveCeiling(WeekIndicators week) {
        return week.commodities().stream()
                .filter(f -> f.reference() != null && f.reference().gapPct() > 0)
                .sorted(Comparator.comparingDouble((PeriodFigures f) -> -f.reference().gapPct())
                        .thenComparing(PeriodFigures::code))
                .map(f -> new WeeklyReport.Ceiling(f.name(), f.unit(), referenceText(f.reference()), f.average(),
                        f.reference().gapPct()))
                .toList();
    }

    static CommodityRow row(PeriodFigures f) {
        Disparity d = f.disparity();
        Map<Integer, String> names = new HashMap<>();
        for (MarketAverage m : f.marketAverages()) {
            names.put(m.marketId(), m.marketName());
        }
        MarketPrice cheapest = d == null ? null : new MarketPrice(names.get(d.cheapestMarketId()), d.cheapestRp());
        MarketPrice dearest = d == null ? null : new MarketPrice(names.get(d.dearestMarketId()), d.dearestRp());
        return new CommodityRow(f.code(), f.name(), f.unit(), referenceText(f.reference()), f.previousAverage(),
                f.average(), f.change() == null ? null : f.change().rupiah(),
                f.change() == null ? null : f.change().pct(), level(f), d == null ? null : d.cvPct(), cheapest,
                dearest, f.change() == null ? 0 : f.change().matchedMarkets());
    }

    /** The worse of the reference-price level and the week-rise level; null when neither is defined. */
    public static AlertLevel level(PeriodFigures f) {
        AlertLevel ref = f.reference() == null ? null : f.reference().level();
        AlertLevel rise = f.riseLevel();
        if (ref == null) {
            return rise;
        }
        return rise == null ? ref : AlertLevel.max(ref, rise);
    }

    /** "HET Rp13.500" or "HAP Rp36.500–Rp41.500"; null without a reference. */
    static String referenceText(ReferenceGap r) {
        if (r == null) {
            return null;
        }
        String kind = r.kind() == ReferenceKind.HET ? "HET" : "HAP";
        return r.lowRp() == null ? kind + " " + PriceText.rupiah(r.highRp())
                : kind + " " + PriceText.rupiah(r.lowRp()) + "\u2013" + PriceText.rupiah(r.highRp());
    }

    static List<Contribution> contributors(WeekIndicators week) {
        return week.weighted().groups().stream()
                .sorted(Comparator.comparingDouble((GroupContribution g) -> -Math.abs(g.contribution()))
                        .thenComparing(GroupContribution::code))
                .limit(CONTRIBUTORS)
                .map(g -> new Contribution(g.name(), g.weight(), g.changePct(), g.contribution())).toList();
    }

    static List<Mover> movers(WeekIndicators week, boolean rises) {
        Comparator<PeriodFigures> byChange = Comparator.comparingDouble(f -> f.change().pct());
        return week.commodities().stream()
                .filter(f -> f.change() != null && (rises ? f.change().pct() > 0 : f.change().pct() < 0))
                .sorted((rises ? byChange.reversed() : byChange).thenComparing(PeriodFigures::code))
                .limit(MOVERS)
                .map(f -> new Mover(f.name(), f.unit(), f.change().pct(), f.change().rupiah())).toList();
    }

    /** Markets in catalog order: the active ones and any other that reported this week. */
    static MarketTable marketTable(Catalog catalog, WeekIndicators week) {
        Set<Integer> reported = new LinkedHashSet<>();
        for (PeriodFigures f : week.commodities()) {
            f.marketAverages().forEach(m -> reported.add(m.marketId()));
        }
        List<Market> markets = catalog.markets().stream().filter(m -> m.active() || reported.contains(m.id()))
                .toList();
        List<MarketTableRow> rows = new ArrayList<>();
        for (PeriodFigures f : week.commodities()) {
            Map<Integer, Double> byMarket = new HashMap<>();
            f.marketAverages().forEach(m -> byMarket.put(m.marketId(), m.average()));
            List<Double> cells = new ArrayList<>();
            for (Market m : markets) {
                cells.add(byMarket.get(m.id()));
            }
            rows.add(new MarketTableRow(f.name(), f.unit(), cells));
        }
        return new MarketTable(markets.stream().map(Market::name).toList(), rows);
    }

    static List<TrendSeries> trends(Catalog catalog, List<WeekIndicators> history) {
        List<TrendSeries> out = new ArrayList<>();
        for (String code : KEY_COMMODITIES) {
            Optional<Commodity> c = catalog.commodities().stream().filter(x -> x.code().equals(code)).findFirst();
            if (c.isEmpty()) {
                continue;
            }
            List<WeekPoint> points = new ArrayList<>();
            for (WeekIndicators w : history) {
                Double avg = w.commodities().stream().filter(f -> f.commodityId() == c.get().id()).findFirst()
                        .map(PeriodFigures::average).orElse(null);
                points.add(new WeekPoint(w.week(), avg));
            }
            // The ceiling line: the HET, or the top of the HAP range, valid in the last week shown.
            ReferenceGap ref = history.isEmpty() ? null : history.get(history.size() - 1).commodities().stream()
                    .filter(f -> f.commodityId() == c.get().id()).findFirst().map(PeriodFigures::reference)
                    .orElse(null);
            out.add(new TrendSeries(c.get().displayName(), c.get().unit(), points,
                    ref == null ? null : referenceText(ref), ref == null ? null : (double) ref.highRp()));
        }
        return out;
    }

    /** Counts levels, e.g. of the commodity and stock rows, with every level present (zero when none). */
    public static Map<AlertLevel, Integer> count(List<AlertLevel> levels) {
        Map<AlertLevel, Integer> counts = new EnumMap<>(AlertLevel.class);
        for (AlertLevel l : AlertLevel.values()) {
            counts.put(l, 0);
        }
        for (AlertLevel l : levels) {
            if (l != null) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        return counts;
    }
}
