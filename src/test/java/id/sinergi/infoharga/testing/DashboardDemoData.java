package id.sinergi.infoharga.testing;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.HolidayCalendar;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.ReferencePrice;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Years of believable prices for every market and commodity, loaded with batch inserts, and two months of
 * WULANDARI stock movements, for looking at the dashboard and for {@code bench.DashboardBenchmark}. Prices rise
 * about 3 % a year, more in the HBKN seasons (volatile groups most), wander at random, and each market keeps a
 * level of its own; markets miss about 3 % of their days and a few skip Sundays. Deterministic (seeded).
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.mainClass=id.sinergi.infoharga.testing.DashboardDemoData
 * -Dexec.args="/tmp/dash-demo 5"} (folder, years, optional last day).
 */
public final class DashboardDemoData {
    private static final Map<String, Long> TYPICAL = Map.ofEntries(
            Map.entry("BERAS-SPHP", 12_000L), Map.entry("CABAI-MERAH-BESAR", 42_000L),
            Map.entry("CABAI-RAWIT-HIJAU", 40_000L), Map.entry("BAWANG-BOMBAY", 30_000L),
            Map.entry("DAGING-SAPI-TETELAN", 90_000L), Map.entry("DAGING-AYAM-KAMPUNG", 75_000L),
            Map.entry("IKAN-KEMBUNG", 38_000L), Map.entry("IKAN-TONGKOL", 32_000L), Map.entry("IKAN-BANDENG", 34_000L),
            Map.entry("GARAM-KONSUMSI", 10_000L), Map.entry("JAGUNG-PIPILAN", 7_500L),
            Map.entry("KACANG-HIJAU", 22_000L), Map.entry("KACANG-TANAH", 30_000L), Map.entry("TEMPE", 14_000L),
            Map.entry("TAHU", 12_000L), Map.entry("SUSU-KENTAL-MANIS", 12_500L), Map.entry("MIE-INSTAN", 3_500L),
            Map.entry("SINGKONG", 5_000L), Map.entry("TERIGU-CURAH", 10_000L), Map.entry("TERIGU-KEMASAN", 13_000L),
            Map.entry("MIGOR-CURAH", 17_000L), Map.entry("MIGOR-SEDERHANA", 18_000L),
            Map.entry("MIGOR-PREMIUM", 22_000L), Map.entry("GULA-PASIR", 17_000L));

    private DashboardDemoData() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/dash-demo");
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LocalDate last = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
        long start = System.nanoTime();
        try (Database db = Database.open(folder)) {
            long rows = fill(new Store(db), last.minusYears(years).plusDays(1), last, 42);
            System.out.printf("%d prices, %s to %s, in %s (%.1f s)%n", rows, last.minusYears(years).plusDays(1),
                    last, folder, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Fills the store; returns the number of prices written. */
    public static long fill(Store store, LocalDate from, LocalDate to, long seed) {
        Catalog catalog = new ReferenceDataService(store).catalog();
        List<Market> markets = catalog.activeMarkets();
        List<Commodity> commodities = catalog.activeCommodities();
        SplittableRandom random = new SplittableRandom(seed);
        int nc = commodities.size();
        double[] base = new double[nc];
        boolean[] volatileGroup = new boolean[nc];
        double[] walk = new double[nc];
        for (int i = 0; i < nc; i++) {
            Commodity c = commodities.get(i);
            base[i] = baseOf(catalog, c, to);
            volatileGroup[i] = catalog.groupOf(c).volatileGroup();
        }
        double[] level = new double[markets.size()];
        for (int m = 0; m < level.length; m++) {
            level[m] = 0.95 + 0.10 * random.nextDouble();
        }
        double years = (to.toEpochDay() - from.toEpochDay()) / 365.25;
        long rows = 0;
        List<PricePoint> batch = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            double age = (to.toEpochDay() - d.toEpochDay()) / 365.25;
            double inflation = Math.pow(1.03, -age);
            boolean season = HolidayCalendar.periodOn(d).isPresent();
            for (int i = 0; i < nc; i++) {
                double step = volatileGroup[i] ? 0.02 : 0.004;
                walk[i] = 0.985 * walk[i] + random.nextGaussian() * step;
            }
            for (int m = 0; m < markets.size(); m++) {
                if (m % 7 == 6 && d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (int i = 0; i < nc; i++) {
                    if (random.nextDouble() < 0.03) {
                        continue;
                    }
                    double bump = season ? (volatileGroup[i] ? 0.12 : 0.04) : 0;
                    double noise = random.nextGaussian() * (volatileGroup[i] ? 0.03 : 0.01);
                    double p = base[i] * inflation * level[m] * (1 + walk[i] + bump + noise);
                    long rounded = Math.max(100, Math.round(p / 100) * 100);
                    batch.add(new PricePoint(markets.get(m).id(), commodities.get(i).id(), d, rounded));
                }
            }
            if (batch.size() > 20_000 || d.equals(to)) {
                List<PricePoint> chunk = List.copyOf(batch);
                store.inTransaction(tx -> {
                    tx.prices().insertBatch(chunk, "demo", "demo-data");
                    return null;
                });
                rows += chunk.size();
                batch.clear();
            }
        }
        store.inTransaction(tx -> {
            tx.prices().clearMonths(from.withDayOfMonth(1), to.withDayOfMonth(1));
            tx.prices().rebuildMonths(from.withDayOfMonth(1), to);
            return null;
        });
        stock(store, catalog, to, random);
        if (years > 0) {
            store.syncToDisk();
        }
        return rows;
    }

    /** Two months of receipts and daily sales at every outlet, some running low towards the end. */
    private static void stock(Store store, Catalog catalog, LocalDate to, SplittableRandom random) {
        List<StockMovement> moves = new ArrayList<>();
        List<String> codes = List.of("BERAS-SPHP", "MINYAKITA", "GULA-PASIR", "TELUR-AYAM-RAS", "BAWANG-MERAH");
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        for (Outlet o : catalog.outlets()) {
            for (int k = 0; k < codes.size(); k++) {
                Commodity c = catalog.findCommodity(codes.get(k)).orElse(null);
                if (c == null) {
                    continue;
                }
                double daily = 20 + 15 * k + random.nextInt(10);
                long price = Math.round(baseOf(catalog, c, to) * 0.9 / 100) * 100;
                LocalDate start = to.minusDays(60);
                moves.add(move(o, c, start, MovementKind.RECEIPT, daily * 20, null, at));
                for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
                    // The last commodity of the second outlet is not restocked after day 40: it runs low.
                    boolean starved = o.id() % 2 == 0 && k == codes.size() - 1 && d.isAfter(start.plusDays(40));
                    if (!starved && d.getDayOfMonth() % 10 == 0) {
                        moves.add(move(o, c, d, MovementKind.RECEIPT, daily * 10, null, at));
                    }
                    double sold = Math.max(1, daily * (0.7 + 0.6 * random.nextDouble()));
                    moves.add(move(o, c, d, MovementKind.SALE, sold, price, at));
                }
            }
        }
        store.inTransaction(tx -> {
            tx.stock().insertBatch(moves);
            return null;
        });
    }

    private static StockMovement move(Outlet o, Commodity c, LocalDate d, MovementKind kind, double qty, Long price,
                                      Instant at) {
        return new StockMovement(UUID.randomUUID(), o.id(), c.id(), d, kind,
                BigDecimal.valueOf(Math.round(qty)), price, kind == MovementKind.RECEIPT ? "Bulog" : null,
                "demo", "demo-data", at);
    }

    private static double baseOf(Catalog catalog, Commodity c, LocalDate day) {
        Long typical = TYPICAL.get(c.code());
        if (typical != null) {
            return typical;
        }
        return catalog.referenceOn(c.id(), day).map(ReferencePrice::highRp).map(h -> h * 0.97).orElse(25_000.0);
    }
}
