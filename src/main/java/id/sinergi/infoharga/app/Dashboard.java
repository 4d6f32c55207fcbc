package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.AlertLevel;
import id.sinergi.infoharga.domain.indicators.Alert;
import id.sinergi.infoharga.domain.indicators.AlpsResult;
import id.sinergi.infoharga.domain.indicators.AlertKind;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.Movers;
import id.sinergi.infoharga.domain.indicators.MarketsReported;
import id.sinergi.infoharga.domain.indicators.StockCover;
import id.sinergi.infoharga.domain.indicators.WeekIndicators;
import id.sinergi.infoharga.domain.indicators.WeightedChange.GroupContribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows for one day, computed by the indicator and alert services: the day's figures;
 * the {@link #weeks} up to the day's ISO week (the last one to date) with their weighted change, the last week's
 * {@link #topContributors} by size; each commodity's price alert level and the count per level; the markets that
 * reported; the biggest day movers; every alert and WULANDARI cover; the cover that runs out first; each active
 * commodity's ALPS of the month.
 */
public record Dashboard(LocalDate date, DayIndicators day, List<WeekIndicators> weeks,
                        List<GroupContribution> topContributors, Map<Integer, AlertLevel> levelByCommodity,
                        Map<AlertLevel, Integer> commoditiesAtLevel, MarketsReported completeness,
                        Movers movers, List<Alert> alerts, List<StockCover> stock, StockCover lowestCover,
                        Map<Integer, AlpsResult> alps) {
    public Dashboard {
        weeks = List.copyOf(weeks);
        topContributors = List.copyOf(topContributors);
        levelByCommodity = Map.copyOf(levelByCommodity);
        commoditiesAtLevel = Map.copyOf(commoditiesAtLevel);
        alerts = List.copyOf(alerts);
        stock = List.copyOf(stock);
        alps = Map.copyOf(alps);
    }

    /** The commodity's ALPS for the month of {@link #date} (a reason instead of a level when not eligible). */
    public java.util.Optional<AlpsResult> alpsOf(int commodityId) {
        return java.util.Optional.ofNullable(alps.get(commodityId));
    }

    /** The week holding {@link #date}, to date. */
    public WeekIndicators week() {
        return weeks.get(weeks.size() - 1);
    }

    /** The missing-report alerts (only after the cut-off of a working day). */
    public List<Alert> missingReports() {
        return alerts.stream().filter(a -> a.kind() == AlertKind.MISSING_REPORT).toList();
    }
}
