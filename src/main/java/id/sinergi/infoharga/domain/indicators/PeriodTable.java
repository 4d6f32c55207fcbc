package id.sinergi.infoharga.domain.indicators;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of a week or month table, shared by {@link WeekIndicators} and {@link MonthIndicators}. */
final class PeriodTable {
    private PeriodTable() {
    }

    static List<PeriodFigures> rows(Catalog catalog, Map<Integer, PeriodAverage> current,
                                    Map<Integer, PeriodAverage> previous, Map<Integer, PeriodAverage> yearAgo,
                                    Map<Integer, PeriodAverage> december, LocalDate previousStart,
                                    LocalDate yearAgoStart, LocalDate decemberStart, LocalDate lastDay,
                                    Thresholds thresholds, boolean weekRise) {
        List<PeriodFigures> out = new ArrayList<>();
        for (Commodity c : catalog.commodities()) {
            PeriodAverage now = current.get(c.id());
            if (now == null) {
                continue;
            }
            AlertThresholds t = thresholds.of(c.id());
            PeriodAverage before = previous.get(c.id());
            Change change = PeriodAverage.change(now, before, previousStart);
            Change yoy = yearAgo == null ? null : PeriodAverage.change(now, yearAgo.get(c.id()), yearAgoStart);
            Change ytd = december == null ? null : PeriodAverage.change(now, december.get(c.id()), decemberStart);
            double average = now.regency();
            List<MarketAverage> markets = new ArrayList<>();
            for (Market m : catalog.markets()) {
                Double a = now.marketAverages().get(m.id());
                if (a != null) {
                    markets.add(new MarketAverage(m.id(), m.code(), m.name(), a));
                }
            }
            out.add(new PeriodFigures(c.id(), c.code(), c.displayName(), c.unit(), c.groupId(), average,
                    now.markets(), before == null ? null : before.regency(), change, yoy, ytd,
                    Disparity.of(now.marketAverages()),
                    catalog.referenceOn(c.id(), lastDay).map(r -> ReferenceGap.of(r, average, t)).orElse(null),
                    weekRise && change != null ? t.riseLevel(change.pct()) : null, markets));
        }
        return out;
    }

    static WeightedChange weighted(Catalog catalog, List<PeriodFigures> rows) {
        Map<Integer, Double> changes = new HashMap<>();
        for (PeriodFigures f : rows) {
            if (f.change() != null) {
                changes.put(f.commodityId(), f.change().pct());
            }
        }
        return WeightedChange.of(catalog, changes);
    }
}
