package id.sinergi.infoharga.domain.report;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.IsoWeek;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The content of the weekly report (Laporan Mingguan, DESIGN §6), already computed: the writers only lay it out.
 * A {@code null} number means "not defined" (no base, too few markets, no report) and is shown as "–", never as 0.
 * Percentages are in percent (3.5 means 3.5 %), prices in Rupiah (averages keep their fraction).
 */
public record WeeklyReport(Cover cover, Summary summary, List<CommodityRow> commodities, MarketTable marketTable,
                           List<StockRow> stock, List<TrendSeries> trends, Letterhead letterhead,
                           List<Ceiling> aboveCeiling, List<AlpsCell> alps) {

    public WeeklyReport {
        commodities = List.copyOf(commodities);
        stock = List.copyOf(stock);
        trends = List.copyOf(trends);
        letterhead = letterhead == null ? Letterhead.NONE : letterhead;
        aboveCeiling = List.copyOf(aboveCeiling);
        alps = List.copyOf(alps);
    }

    /** A report without letterhead, ceilings or ALPS (as the writers' older tests build it). */
    public WeeklyReport(Cover cover, Summary summary, List<CommodityRow> commodities, MarketTable marketTable,
                        List<StockRow> stock, List<TrendSeries> trends) {
        this(cover, summary, commodities, marketTable, stock, trends, Letterhead.NONE, List.of(), List.of());
    }

    public WeeklyReport withLetterhead(Letterhead l) {
        return new WeeklyReport(cover, summary, commodities, marketTable, stock, trends, l, aboveCeiling, alps);
    }

    /** The ALPS of a commodity by its code, if it was computed. */
    public java.util.Optional<AlpsCell> alpsOf(String code) {
        return alps.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** A commodity whose weekly average is above its HET or the top of its HAP range. */
    public record Ceiling(String commodityName, String unit, String referenceText, double averageRp, double gapPct) {
    }

    /**
     * The seasonal anomaly (ALPS, DESIGN §4) of a commodity for the week's month: the level and the value in
     * standard deviations, or the reason it is not defined (a series too short).
     */
    public record AlpsCell(String code, AlertLevel level, Double value, String reason) {
    }

    /** Who the report is for and about, and who made it when. */
    public record Cover(String regency, IsoWeek week, String madeBy, LocalDateTime madeAt) {
    }

    /** The first page: the weighted change and what drove it, the movers, the alerts, who reported. */
    public record Summary(Double weightedChangePct, List<Contribution> topContributors, List<Mover> biggestRises,
                          List<Mover> biggestFalls, Map<AlertLevel, Integer> alertCounts,
                          List<Completeness> completeness) {
        public Summary {
            topContributors = List.copyOf(topContributors);
            biggestRises = List.copyOf(biggestRises);
            biggestFalls = List.copyOf(biggestFalls);
            EnumMap<AlertLevel, Integer> counts = new EnumMap<>(AlertLevel.class);
            for (AlertLevel level : AlertLevel.values()) {
                counts.put(level, alertCounts.getOrDefault(level, 0));
            }
            alertCounts = Collections.unmodifiableMap(counts);
            completeness = List.copyOf(completeness);
        }
    }

    /** A commodity group's share of the weighted change, in percentage points (andil). */
    public record Contribution(String groupName, double weight, double changePct, double contributionPoints) {
    }

    /** A commodity among the biggest week-on-week rises or falls. */
    public record Mover(String commodityName, String unit, double changePct, Double changeRp) {
    }

    /** How much of what was expected a market reported in the week (market × commodity × working day). */
    public record Completeness(String marketName, int reported, int expected) {
        public Double percent() {
            return expected == 0 ? null : reported * 100.0 / expected;
        }
    }

    /** A market and its weekly average price. */
    public record MarketPrice(String marketName, double priceRp) {
    }

    /** One line of the commodity table. */
    public record CommodityRow(String code, String name, String unit, String referenceText, Double lastWeekAvgRp,
                               Double thisWeekAvgRp, Double changeRp, Double changePct, AlertLevel level,
                               Double cvPct, MarketPrice cheapest, MarketPrice dearest, int matchedMarkets) {
    }

    /** Weekly average of every commodity at every market; a {@code null} cell is a market that did not report. */
    public record MarketTable(List<String> marketNames, List<MarketTableRow> rows) {
        public MarketTable {
            marketNames = List.copyOf(marketNames);
            rows = List.copyOf(rows);
            for (MarketTableRow r : rows) {
                if (r.averagesRp().size() != marketNames.size()) {
                    throw new IllegalArgumentException("one average per market expected in " + r.commodityName());
                }
            }
        }
    }

    public record MarketTableRow(String commodityName, String unit, List<Double> averagesRp) {
        public MarketTableRow {
            averagesRp = Collections.unmodifiableList(new ArrayList<>(averagesRp));
        }
    }

    /** A WULANDARI outlet's stock of one commodity at the end of the week, against the market price. */
    public record StockRow(String outletName, String commodityName, String unit, BigDecimal stock,
                           Double daysOfCover, AlertLevel level, Long outletPriceRp, Double marketPriceRp) {
        /** How far the outlet sells below (negative) or above the market, in percent; null when a price is missing. */
        public Double priceGapPct() {
            if (outletPriceRp == null || marketPriceRp == null || marketPriceRp == 0) {
                return null;
            }
            return (outletPriceRp / marketPriceRp - 1) * 100;
        }
    }

    /** Eight weeks of the regency weekly average of a key commodity, oldest first. */
    public record TrendSeries(String commodityName, String unit, List<WeekPoint> points, String referenceLabel,
                              Double referenceRp) {
        public TrendSeries {
            points = List.copyOf(points);
        }

        public TrendSeries(String commodityName, String unit, List<WeekPoint> points) {
            this(commodityName, unit, points, null, null);
        }
    }

    public record WeekPoint(IsoWeek week, Double averageRp) {
    }
}
