package id.sinergi.infoharga.domain.indicators;

import java.util.Comparator;
import java.util.List;

/**
 * The biggest rises and falls of the regency price over one horizon: risers by descending change, fallers by
 * ascending change; commodities whose change is undefined or zero are in neither list.
 */
public record Movers(Horizon horizon, List<CommodityDay> risers, List<CommodityDay> fallers) {
    public Movers {
        risers = List.copyOf(risers);
        fallers = List.copyOf(fallers);
    }

    public static Movers of(DayIndicators day, Horizon horizon, int limit) {
        Comparator<CommodityDay> byChange = Comparator.comparingDouble(c -> c.regency().change(horizon).pct());
        List<CommodityDay> defined = day.commodities().stream()
                .filter(c -> c.regency().change(horizon) != null).toList();
        return new Movers(horizon,
                defined.stream().filter(c -> c.regency().change(horizon).pct() > 0).sorted(byChange.reversed())
                        .limit(limit).toList(),
                defined.stream().filter(c -> c.regency().change(horizon).pct() < 0).sorted(byChange)
                        .limit(limit).toList());
    }
}
