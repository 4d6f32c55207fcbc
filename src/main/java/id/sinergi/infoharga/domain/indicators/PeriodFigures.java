package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.AlertLevel;

import java.util.List;

/**
 * A commodity's figures over a period (an ISO week or a calendar month): the regency average and its market count,
 * the previous period's regency average (null when nobody reported then), the change against the previous period
 * over matched markets, for a month also year-on-year and year-to-date (null for a week or when undefined), the
 * disparity of the market averages, the gap of the average to the reference valid on the period's last day, the
 * level of a week-on-week rise (weeks only), and each market's average.
 */
public record PeriodFigures(int commodityId, String code, String name, String unit, int groupId,
                            double average, int markets, Double previousAverage, Change change,
                            Change yearOnYear, Change yearToDate, Disparity disparity, ReferenceGap reference,
                            AlertLevel riseLevel, List<MarketAverage> marketAverages) {
    public PeriodFigures {
        marketAverages = List.copyOf(marketAverages);
    }
}
