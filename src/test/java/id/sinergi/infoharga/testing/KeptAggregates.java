package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.domain.MonthSum;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.WeekSum;
import id.sinergi.infoharga.domain.indicators.Alps;
import id.sinergi.infoharga.domain.indicators.CommodityHistory;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the aggregates kept beside the prices (price_day, price_month_regency, price_week_market) against the straightforward
 * computation from the raw price rows: CommodityHistory's regency days, and the regency monthly series ALPS
 * works on built from per-market month sums summed here. Doubles are compared exactly.
 */
public final class KeptAggregates {
    static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private KeptAggregates() {
    }

    /** Opens a closed data folder and checks it; returns how many regency days were compared. */
    public static int check(Path folder) {
        try (Database db = Database.open(folder)) {
            return check(new Store(db));
        }
    }

    public static int check(Store store) {
        List<PricePoint> all = store.read(tx -> tx.prices().between(FIRST, LAST));
        List<Integer> commodities = store.read(tx -> tx.prices().commodityIds());
        var keptMonths = store.read(tx -> tx.prices().regencyMonths());
        List<MonthSum> storedMonths = store.read(tx -> tx.prices().allMonths());
        int days = 0;
        for (int c : commodities) {
            List<CommodityHistory.RegencyDay> expected = CommodityHistory.of(c, new DateRange(FIRST, LAST), all).days();
            List<CommodityHistory.RegencyDay> kept = store.read(tx -> tx.prices().regencyDays(c, FIRST, LAST));
            assertThat(kept).as("regency days of commodity %d", c).isEqualTo(expected);
            days += kept.size();
            Map<YearMonth, Double> series = Alps.keptSeries(keptMonths, c);
            assertThat(series).as("kept regency months of commodity %d against price_month", c)
                    .isEqualTo(Alps.regencySeries(storedMonths, c));
            assertThat(series).as("kept regency months of commodity %d against the prices", c)
                    .isEqualTo(Alps.regencySeries(monthSums(all, c), c));
        }
        checkWeeks(store);
        return days;
    }

    /**
     * The kept weekly sums (price_week_market) against each market's sum and count of its daily prices per ISO week,
     * worked out here from the raw rows; returns how many market weeks were compared.
     */
    public static int checkWeeks(Store store) {
        List<PricePoint> all = store.read(tx -> tx.prices().between(FIRST, LAST));
        Map<List<Object>, long[]> expected = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (PricePoint p : all) {
            LocalDate monday = p.date().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                    java.time.DayOfWeek.MONDAY));
            long[] s = expected.computeIfAbsent(List.of(p.marketId(), p.commodityId(), monday), k -> new long[2]);
            s[0] += p.priceRp();
            s[1]++;
        }
        Map<List<Object>, long[]> kept = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        for (WeekSum w : store.read(tx -> tx.prices().weekSums(FIRST, LAST))) {
            assertThat(kept.put(List.of(w.marketId(), w.commodityId(), w.monday()),
                    new long[] {w.sumRp(), w.dayCount()})).as("one row per market week").isNull();
        }
        assertThat(kept.keySet()).as("market weeks kept").containsExactlyElementsOf(expected.keySet());
        expected.forEach((k, s) -> assertThat(kept.get(k)).as("sum and count of %s", k).containsExactly(s));
        return kept.size();
    }

    /** Each market's month sums of one commodity from the raw rows, in month then market order (as read). */
    static List<MonthSum> monthSums(List<PricePoint> all, int commodity) {
        Map<YearMonth, Map<Integer, long[]>> sums = new TreeMap<>();
        for (PricePoint p : all) {
            if (p.commodityId() == commodity) {
                long[] s = sums.computeIfAbsent(YearMonth.from(p.date()), k -> new TreeMap<>())
                        .computeIfAbsent(p.marketId(), k -> new long[2]);
                s[0] += p.priceRp();
                s[1]++;
            }
        }
        List<MonthSum> out = new ArrayList<>();
        sums.forEach((month, markets) -> markets.forEach((market, s) ->
                out.add(new MonthSum(market, commodity, month, s[0], (int) s[1]))));
        return out;
    }
}
