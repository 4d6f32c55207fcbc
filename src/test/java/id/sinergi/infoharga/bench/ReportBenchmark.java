package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.app.ReportService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MovementKind;
import id.sinergi.infoharga.domain.Outlet;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.StockMovement;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.report.ReportFormat;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Time to write the weekly report in each format on 20 markets × 10 years of prices.
 * <p>
 * {@code ReportBenchmark DIR [WEEK]}: fills DIR with demo data first when it holds no prices (every active
 * commodity at 20 markets every day from 2016-01-01 to 2025-12-31, about 3 % of entries missing, plus 60 days of
 * WULANDARI stock movements), then runs {@code info-harga report weekly} as a whole new process five times per
 * format and prints the median, and the in-process split (content from the indicators vs. writing the file).
 */
public final class ReportBenchmark {
    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        IsoWeek week = args.length > 1 ? IsoWeek.parse(args[1]).orElseThrow() : IsoWeek.of(TO.minusDays(3));
        long rows = ensureData(dir);
        System.out.printf("data: %s, %,d price rows, week %s%n", dir, rows, week);
        Path out = Files.createTempDirectory("report-bench");
        // The floor of any command on this folder: start the JVM, open the database (Flyway check), close it.
        long[] floor = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            if (cli(dir, "markets") != 0) {
                throw new IllegalStateException("markets failed");
            }
            floor[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.printf("whole process, 'markets' (open + close only): median %,d ms of %s%n", median(floor),
                Arrays.toString(floor));
        for (ReportFormat f : ReportFormat.values()) {
            long[] ms = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                Path file = out.resolve("laporan-" + i + f.extension());
                long t0 = System.nanoTime();
                int exit = cli(dir, "report", "weekly", "--week", week.toString(), "--out", file.toString());
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
                if (exit != 0) {
                    throw new IllegalStateException("report weekly exited " + exit);
                }
            }
            long[] sorted = ms.clone();
            Arrays.sort(sorted);
            System.out.printf("whole process, %-4s: median %,d ms of %s (file %,d bytes)%n", f.name(), sorted[RUNS / 2],
                    Arrays.toString(ms), Files.size(out.resolve("laporan-0" + f.extension())));
        }
        inProcess(dir, week);
    }

    /** The same work inside one warm JVM: content (indicators, eight weeks) and each writer alone. */
    static void inProcess(Path dir, IsoWeek week) throws Exception {
        try (Database db = Database.open(dir)) {
            Store store = new Store(db);
            ReferenceDataService ref = new ReferenceDataService(store);
            Messages messages = new Messages(Messages.INDONESIAN);
            IndicatorService indicators = new IndicatorService(store, ref, messages);
            Clock clock = Clock.systemDefaultZone();
            ReportService reports = new ReportService(store, ref, indicators,
                    new AlertService(store, ref, indicators, clock, messages), clock, messages);
            WeeklyReport report = null;
            long[] content = new long[RUNS + 2];
            for (int i = 0; i < content.length; i++) {
                long t0 = System.nanoTime();
                report = reports.weekly(week, "bench");
                content[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            System.out.printf("in process, content: median %,d ms (runs after 2 warm-ups: %s)%n",
                    median(Arrays.copyOfRange(content, 2, content.length)), Arrays.toString(content));
            for (ReportFormat f : ReportFormat.values()) {
                long[] ms = new long[RUNS + 2];
                for (int i = 0; i < ms.length; i++) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    long t0 = System.nanoTime();
                    f.writer(messages::get).write(report, bytes);
                    ms[i] = (System.nanoTime() - t0) / 1_000_000;
                }
                System.out.printf("in process, write %-4s: median %,d ms (first run %,d ms)%n", f.name(),
                        median(Arrays.copyOfRange(ms, 2, ms.length)), ms[0]);
            }
        }
    }

    static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static int cli(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
                "-cp", classPath(), "id.sinergi.infoharga.Launcher", "--data-dir",
                dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("report weekly did not finish");
        }
        return p.exitValue();
    }

    /** The class path this class was loaded from: under exec:java that is a class loader's, not java.class.path. */
    static String classPath() {
        if (ReportBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader urls && urls.getURLs().length > 1) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL u : urls.getURLs()) {
                try {
                    parts.add(Path.of(u.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    /** Demo prices: a seeded random walk per market and commodity around a base price, written a month at a time. */
    static long ensureData(Path dir) {
        try (Database db = Database.open(dir)) {
            Store store = new Store(db);
            long existing = store.read(tx -> tx.prices().count());
            if (existing > 0) {
                return existing;
            }
            Catalog catalog = new ReferenceDataService(store).catalog();
            List<Market> markets = catalog.activeMarkets().subList(0, Math.min(20, catalog.activeMarkets().size()));
            List<Commodity> commodities = catalog.activeCommodities();
            Random random = new Random(42);
            double[][] level = new double[markets.size()][commodities.size()];
            for (int c = 0; c < commodities.size(); c++) {
                double base = catalog.referenceOn(commodities.get(c).id(), TO).map(r -> r.highRp() * 0.8)
                        .orElse(8_000.0 + random.nextInt(60) * 1_000);
                for (int m = 0; m < markets.size(); m++) {
                    level[m][c] = base * (0.95 + 0.1 * random.nextDouble());
                }
            }
            long t0 = System.nanoTime();
            long total = 0;
            for (LocalDate month = FROM; !month.isAfter(TO); month = month.plusMonths(1)) {
                List<PricePoint> points = new ArrayList<>();
                for (LocalDate d = month; d.getMonth() == month.getMonth(); d = d.plusDays(1)) {
                    for (int m = 0; m < markets.size(); m++) {
                        for (int c = 0; c < commodities.size(); c++) {
                            level[m][c] *= 1 + 0.01 * random.nextGaussian() + 0.00005;
                            if (random.nextInt(100) >= 3) {
                                long price = Math.max(100, Math.round(level[m][c] / 50) * 50);
                                points.add(new PricePoint(markets.get(m).id(), commodities.get(c).id(), d, price));
                            }
                        }
                    }
                }
                LocalDate first = month;
                LocalDate last = month.plusMonths(1).minusDays(1);
                store.inTransaction(tx -> {
                    tx.prices().insertBatch(points, "demo", "bench");
                    tx.prices().rebuildMonths(first, last);
                    return null;
                });
                total += points.size();
            }
            store.inTransaction(tx -> {
                tx.stock().insertBatch(stockMovements(catalog, commodities));
                return null;
            });
            System.out.printf("generated %,d prices in %.0f s%n", total, (System.nanoTime() - t0) / 1e9);
            return total;
        }
    }

    /** Per outlet and five staples: a delivery every Monday and daily sales for the last 60 days. */
    static List<StockMovement> stockMovements(Catalog catalog, List<Commodity> commodities) {
        List<StockMovement> out = new ArrayList<>();
        Random random = new Random(7);
        for (Outlet o : catalog.outlets()) {
            for (Commodity c : commodities.subList(0, Math.min(5, commodities.size()))) {
                for (LocalDate d = TO.minusDays(59); !d.isAfter(TO); d = d.plusDays(1)) {
                    Instant at = d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                    if (d.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                        out.add(new StockMovement(UUID.randomUUID(), o.id(), c.id(), d, MovementKind.RECEIPT,
                                BigDecimal.valueOf(200 + random.nextInt(100)), null, "Bulog", "demo", "bench", at));
                    }
                    out.add(new StockMovement(UUID.randomUUID(), o.id(), c.id(), d, MovementKind.SALE,
                            BigDecimal.valueOf(20 + random.nextInt(25)), 11_000L + 500L * random.nextInt(4), null,
                            "demo", "bench", at.plusSeconds(3600)));
                }
            }
        }
        return out;
    }
}
