package id.sinergi.infoharga.app;

import id.sinergi.infoharga.cli.InfoHargaCommand;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.indicators.Change;
import id.sinergi.infoharga.domain.indicators.CommodityDay;
import id.sinergi.infoharga.domain.indicators.DayIndicators;
import id.sinergi.infoharga.domain.indicators.PriceFigures;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The optimised service (a few ranged reads, indexed maps) against a straightforward computation written here
 * from DESIGN §4 over every stored price; the subclasses fill the folder (generated prices with gaps, demo data).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DayFiguresComparison {
    static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);

    @TempDir
    static Path folder;

    /** Stores the prices to compare on. */
    abstract void fill(Store store, Catalog catalog);

    private Catalog catalog;
    /** commodity → day → market → price, from a plain read of each commodity's whole history. */
    private final Map<Integer, TreeMap<LocalDate, Map<Integer, Long>>> all = new HashMap<>();
    private List<LocalDate> sample;
    private final Map<LocalDate, DayIndicators> fromService = new HashMap<>();

    @BeforeAll
    void generateAndCompute() {
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            ReferenceDataService reference = new ReferenceDataService(store);
            catalog = reference.catalog();
            fill(store, catalog);
            for (Commodity c : catalog.commodities()) {
                for (PricePoint p : store.read(tx -> tx.prices().history(c.id(), FROM, TO))) {
                    all.computeIfAbsent(p.commodityId(), k -> new TreeMap<>())
                            .computeIfAbsent(p.date(), k -> new HashMap<>()).put(p.marketId(), p.priceRp());
                }
            }
            sample = new ArrayList<>(List.of(FROM, FROM.plusDays(3), LocalDate.of(2024, 3, 31),
                    LocalDate.of(2025, 3, 31), LocalDate.of(2024, 2, 29), TO));
            SplittableRandom r = new SplittableRandom(11);
            for (int i = 0; i < 14; i++) {
                sample.add(FROM.plusDays(r.nextInt(0, (int) (TO.toEpochDay() - FROM.toEpochDay()) + 1)));
            }
            IndicatorService service = new IndicatorService(store, reference, new Messages(Messages.INDONESIAN));
            for (LocalDate d : sample) {
                fromService.put(d, service.day(d));
            }
        }
    }

    @Test
    void everyFigureOfTheSampledDaysMatchesTheStraightforwardComputation() {
        int compared = 0;
        for (LocalDate d : sample) {
            DayIndicators day = fromService.get(d);
            for (Commodity c : catalog.commodities()) {
                Map<Integer, Long> today = prices(c.id(), d);
                Optional<CommodityDay> got = day.commodity(c.id());
                if (today.isEmpty()) {
                    assertThat(got).as("%s %s", c.code(), d).isEmpty();
                    continue;
                }
                PriceFigures f = got.orElseThrow().regency();
                assertThat(f.markets()).isEqualTo(today.size());
                assertThat(f.price()).isCloseTo(mean(today.values()), within(1e-9));
                for (int h = 0; h < 4; h++) {
                    Double expected = regencyChange(c.id(), d, h);
                    Change actual = f.change(id.sinergi.infoharga.domain.indicators.Horizon.values()[h]);
                    if (expected == null) {
                        assertThat(actual).as("%s %s horizon %d", c.code(), d, h).isNull();
                    } else {
                        assertThat(actual).as("%s %s horizon %d", c.code(), d, h).isNotNull();
                        assertThat(actual.pct()).isCloseTo(expected, within(1e-9));
                        compared++;
                    }
                }
                Double cv = cv(today);
                if (cv == null) {
                    assertThat(f.disparity()).isNull();
                } else {
                    assertThat(f.disparity().cvPct()).isCloseTo(cv, within(1e-9));
                }
                Optional<ReferencePrice> ref = referenceOn(c.id(), d);
                assertThat(f.reference() == null).isEqualTo(ref.isEmpty());
                ref.ifPresent(rp -> assertThat(f.reference().gapPct())
                        .isCloseTo((f.price() / rp.highRp() - 1) * 100, within(1e-9)));
                // Each market's own day change.
                for (var m : today.entrySet()) {
                    Double own = marketChange(c.id(), m.getKey(), d, d.minusDays(1));
                    Change actual = got.get().market(m.getKey()).orElseThrow().figures().day();
                    if (own == null) {
                        assertThat(actual).isNull();
                    } else {
                        assertThat(actual.pct()).isCloseTo(own, within(1e-9));
                    }
                }
            }
        }
        // The data has gaps, but most changes are defined: the comparison is not vacuous.
        assertThat(compared).isGreaterThan(sample.size() * 6 * 2);
    }

    @Test
    void theCommandLineCsvMatchesTheStraightforwardComputation() {
        for (LocalDate d : sample.subList(2, 5)) {
            StringWriter out = new StringWriter();
            int exit;
            try (InfoHargaCommand root = new InfoHargaCommand(java.util.Map.of(InfoHargaCommand.USER_VARIABLE, "tester",
                InfoHargaCommand.PASSWORD_VARIABLE, id.sinergi.infoharga.testing.TestAccounts.PASSWORD))) {
                var cli = InfoHargaCommand.commandLine(root);
                cli.setOut(new PrintWriter(out));
                exit = cli.execute("--data-dir", folder.toString(), "indicators", "--date", d.toString(), "--format",
                        "csv");
            }
            assertThat(exit).isZero();
            List<String> lines = out.toString().lines().toList();
            assertThat(lines.get(0)).isEqualTo("commodity_code,commodity,unit,price,markets,day_pct,week_pct,"
                    + "month_pct,year_pct,ref_gap_pct,ref_level,rise_level,cv_pct");
            List<String> expected = new ArrayList<>();
            catalog.commodities().stream().filter(c -> !prices(c.id(), d).isEmpty())
                    .sorted(java.util.Comparator.comparing(Commodity::code))
                    .forEach(c -> expected.add(expectedRow(c, d)));
            assertThat(lines.subList(1, lines.size())).as("csv of %s", d).containsExactlyElementsOf(expected);
        }
    }

    /** The CSV row written out by hand from the plain computation. */
    private String expectedRow(Commodity c, LocalDate d) {
        Map<Integer, Long> today = prices(c.id(), d);
        double price = mean(today.values());
        List<String> cells = new ArrayList<>(List.of(c.code(), c.displayName(), c.unit(), two(price),
                Integer.toString(today.size())));
        for (int h = 0; h < 4; h++) {
            cells.add(two(regencyChange(c.id(), d, h)));
        }
        Optional<ReferencePrice> ref = referenceOn(c.id(), d);
        Double gap = ref.map(r -> (price - r.highRp()) * 100 / r.highRp()).orElse(null);
        cells.add(two(gap));
        cells.add(gap == null ? "" : (gap > 15 ? "AWAS" : gap > 5 ? "SIAGA" : gap > 0 ? "WASPADA" : "NORMAL"));
        Double week = regencyChange(c.id(), d, 1);
        boolean volatileGroup = catalog.groupOf(c).volatileGroup();
        double[] rise = volatileGroup ? new double[] {15, 30, 50} : new double[] {5, 10, 20};
        cells.add(week == null ? "" : week >= rise[2] ? "AWAS" : week >= rise[1] ? "SIAGA"
                : week >= rise[0] ? "WASPADA" : "NORMAL");
        cells.add(two(cv(today)));
        return String.join(",", cells);
    }

    private static String two(Double v) {
        if (v == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    private Map<Integer, Long> prices(int commodity, LocalDate d) {
        var days = all.get(commodity);
        return days == null ? Map.of() : days.getOrDefault(d, Map.of());
    }

    private static LocalDate target(LocalDate d, int horizon) {
        return switch (horizon) {
            case 0 -> d.minusDays(1);
            case 1 -> d.minusDays(7);
            case 2 -> d.minusMonths(1);
            default -> d.minusYears(1);
        };
    }

    /** DESIGN §4, the plain way: walk back from the target at most 7 days to a day with a matched market. */
    private Double regencyChange(int commodity, LocalDate d, int horizon) {
        Map<Integer, Long> today = prices(commodity, d);
        LocalDate t = target(d, horizon);
        for (int back = 0; back <= 7; back++) {
            Map<Integer, Long> base = prices(commodity, t.minusDays(back));
            double sumToday = 0;
            double sumBase = 0;
            int n = 0;
            for (var e : today.entrySet()) {
                if (base.containsKey(e.getKey())) {
                    sumToday += e.getValue();
                    sumBase += base.get(e.getKey());
                    n++;
                }
            }
            if (n > 0) {
                return (sumToday / n - sumBase / n) * 100 / (sumBase / n);
            }
        }
        return null;
    }

    private Double marketChange(int commodity, int market, LocalDate d, LocalDate t) {
        long now = prices(commodity, d).get(market);
        for (int back = 0; back <= 7; back++) {
            Long base = prices(commodity, t.minusDays(back)).get(market);
            if (base != null) {
                return ((double) now - base) * 100 / base;
            }
        }
        return null;
    }

    private static Double cv(Map<Integer, Long> today) {
        int n = today.size();
        if (n < 3) {
            return null;
        }
        double mean = mean(today.values());
        double ss = 0;
        for (long v : today.values()) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (n - 1)) / mean * 100;
    }

    private static double mean(java.util.Collection<Long> values) {
        double s = 0;
        for (long v : values) {
            s += v;
        }
        return s / values.size();
    }

    private Optional<ReferencePrice> referenceOn(int commodity, LocalDate d) {
        return catalog.referencePrices().stream().filter(r -> r.commodityId() == commodity && !d.isBefore(r.validFrom())
                && (r.validTo() == null || !d.isAfter(r.validTo()))).reduce((a, b) -> b);
    }
}
