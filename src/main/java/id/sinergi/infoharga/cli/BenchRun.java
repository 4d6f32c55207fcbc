package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.DemoDataService;
import id.sinergi.infoharga.app.MasterDataService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.Market;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.indicators.DateRange;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.domain.report.WeeklyReport;
import id.sinergi.infoharga.report.ReportFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What {@code info-harga bench} measures, on a data folder of its own in a temporary folder: the demo generator at
 * the asked scale, then each figure of issue 16 through the same services (and, for whole processes, the same
 * launcher) a user runs. Every timed figure is the median, min and max of {@code runs} runs after one warm-up.
 */
final class BenchRun {
    /** About the trend chart's width in pixels at 1366×768 (TrendViewModel's downsampling). */
    static final int CHART_POINTS = 1100;
    static final String USER = "bench";
    static final String PASSWORD = "Bench-Harga-2026!";

    record Scale(int markets, int commodities, int years, long seed, int runs, int growthDays) {
    }

    private final Scale scale;
    private final Messages messages;
    private final Consumer<String> progress;
    private final Clock clock = Clock.systemDefaultZone();

    BenchRun(Scale scale, Messages messages, Consumer<String> progress) {
        this.scale = scale;
        this.messages = messages;
        this.progress = progress;
    }

    /** Runs everything in {@code work} (left there) and returns the figures by name, in the order of the table. */
    Map<String, Object> run(Path work) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        Path data = work.resolve("data");
        LocalDate until = LocalDate.now(clock).minusDays(1);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("markets", scale.markets());
        about.put("commodities", scale.commodities());
        about.put("years", scale.years());
        about.put("seed", scale.seed());
        about.put("runs", scale.runs());
        about.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        about.put("cores", Runtime.getRuntime().availableProcessors());
        about.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        about.put("loadAverageStart", loadAverage());
        about.put("date", LocalDate.now(clock).toString());
        figures.put("scale", about);

        // 1. The folder: an administrator, the markets and commodities of the scale, then the demo generator.
        long prices;
        Path csv = work.resolve("prices-last-year.csv");
        long csvRows;
        try (AppContext context = new AppContext(data, clock, messages)) {
            context.accounts().createFirstAdmin(USER, PASSWORD, USER);
            Actor admin = context.accounts().login(USER, PASSWORD, USER);
            shapeCatalog(context, admin);
            progress.accept(messages.get("bench.progress.demo"));
            List<java.lang.management.MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
            System.gc();
            heapPools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            DemoDataService.DemoResult demo = context.demo().generate(admin,
                    new DemoDataService.DemoRequest(scale.years(), scale.markets(), scale.seed(), until), null);
            double demoSeconds = round((System.nanoTime() - t0) / 1e9);
            // The sum of each heap pool's own peak: an upper bound of the heap the generator needed at once.
            long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            figures.put("demo", Map.of("seconds", demoSeconds, "prices", demo.priceRows(),
                    "peakHeapMb", peakHeap >> 20));
            prices = demo.priceRows();
            about.put("prices", prices);
            csvRows = context.exports().exportPrices(until.minusYears(1).plusDays(1), until, null, csv).rows();
        }
        long fileAsLeft = Files.size(data.resolve("infoharga.mv.db"));

        // 2. Whole processes: start-up, and an import of the last year's prices into fresh folders.
        progress.accept(messages.get("bench.progress.processes"));
        figures.put("version", timed(() -> process(null, "--version")));
        figures.put("marketsEmpty", timed(() -> {
            Path empty = work.resolve("empty-" + System.nanoTime());
            return process(empty, "markets");
        }));
        figures.put("markets", timed(() -> process(data, "--user", USER, "markets")));
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i <= scale.runs(); i++) {
            Path target = work.resolve("import-" + i);
            // The same markets and commodities as the data folder: the prices of markets beyond the seed's would
            // otherwise be refused as unknown.
            try (AppContext fresh = new AppContext(target, clock, messages)) {
                fresh.accounts().createFirstAdmin(USER, PASSWORD, USER);
                shapeCatalog(fresh, fresh.accounts().login(USER, PASSWORD, USER));
            }
            double ms = process(target, "--user", USER, "import", "prices", csv.toString());
            if (i > 0) {
                rates.add(csvRows / (ms / 1000));
            }
            deleteTree(target);
        }
        Map<String, Object> imports = stats(rates, "rowsPerSecond");
        imports.put("rows", csvRows);
        figures.put("import", imports);

        // 3. In process: what the screens ask for on the last day.
        progress.accept(messages.get("bench.progress.reads"));
        IsoWeek reportWeek;
        try (AppContext context = new AppContext(data, clock, messages)) {
            LocalDate day = context.indicators().lastDayWithPrices(until).orElse(until);
            DateRange all = context.indicators().storedDays().map(r -> new DateRange(r.from(), day))
                    .orElse(new DateRange(day, day));
            int commodityId = context.referenceData().catalog().activeCommodities().get(0).id();
            figures.put("dashboard", timedMs(() -> context.dashboard().dashboard(day)));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            figures.put("heap", Map.of("afterDashboardMb", (rt.totalMemory() - rt.freeMemory()) >> 20));
            // As the trend screen loads it with no market compared: the kept regency days.
            figures.put("trend", timedMs(() -> context.indicators().trend(commodityId, all, List.of())
                    .downsampled(CHART_POINTS)));
            IsoWeek week = IsoWeek.of(day);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("numbers", timedMs(() -> context.reports().weekly(week, USER)));
            WeeklyReport weekly = context.reports().weekly(week, USER);
            for (ReportFormat f : List.of(ReportFormat.XLSX, ReportFormat.PDF)) {
                report.put(f.name().toLowerCase(java.util.Locale.ROOT), timedMs(() -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try {
                        f.writer(messages::get).write(weekly, bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return bytes.size();
                }));
            }
            figures.put("report", report);
            figures.put("alps", timedMs(() -> context.indicators().alps(day)));
            reportWeek = week;
        }

        // 4. The weekly report as a user makes it: a whole process, from start to the .xlsx on disk.
        IsoWeek week = reportWeek;
        Map<String, Object> xlsxProcess = timed(() -> {
            Path file = work.resolve("report-" + System.nanoTime() + ".xlsx");
            double ms = process(data, "--user", USER, "report", "weekly", "--week", week.toString(), "--out",
                    file.toString());
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ms;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) figures.get("report");
        report.put("xlsxProcess", xlsxProcess);

        try (AppContext context = new AppContext(data, clock, messages)) {
            Actor admin = context.accounts().login(USER, PASSWORD, USER);
            LocalDate day = context.indicators().lastDayWithPrices(until).orElse(until);
            // 5. A year of daily saves after the last day: every market saves its day, as an officer would.
            progress.accept(messages.get("bench.progress.saves"));
            figures.put("save", saves(context, admin, day.plusDays(1)));
        }
        long fileAfter = Files.size(data.resolve("infoharga.mv.db"));
        long pricesAfter = prices + (long) scale.growthDays() * scale.markets() * scale.commodities();
        Map<String, Object> bytes = new LinkedHashMap<>();
        bytes.put("perPriceAsLeft", round((double) fileAsLeft / Math.max(1, prices)));
        bytes.put("fileAsLeft", fileAsLeft);
        bytes.put("perPriceAfterSaves", round((double) fileAfter / Math.max(1, pricesAfter)));
        bytes.put("fileAfterSaves", fileAfter);
        bytes.put("daysOfSaves", scale.growthDays());
        figures.put("bytes", bytes);

        // 5. compact of the folder as the saves left it: backup, rebuild beside it, check, swap.
        progress.accept(messages.get("bench.progress.compact"));
        long c0 = System.nanoTime();
        BackupService.CompactResult compacted = BackupService.compact(data, clock, messages);
        Map<String, Object> compact = new LinkedHashMap<>();
        compact.put("seconds", round((System.nanoTime() - c0) / 1e9));
        compact.put("fileAfter", compacted.bytesAfter());
        compact.put("perPriceAfter", round((double) compacted.bytesAfter() / Math.max(1, pricesAfter)));
        figures.put("compact", compact);
        about.put("loadAverageEnd", loadAverage());
        return figures;
    }

    /** Adds markets up to the scale (the seed has about 20) and retires the commodities beyond it. */
    private void shapeCatalog(AppContext context, Actor admin) {
        Catalog catalog = context.referenceData().catalog();
        int have = catalog.activeMarkets().size();
        for (int i = have; i < scale.markets(); i++) {
            context.masterData().saveMarket(admin, new MasterDataService.MarketDraft(null, "BENCH-" + (i + 1),
                    "Pasar Bench " + (i + 1), null, null), "bench");
        }
        Map<String, ?> levels = DemoDataService.levels();
        int kept = 0;
        for (Commodity c : catalog.activeCommodities()) {
            if (levels.containsKey(c.code()) && kept < scale.commodities()) {
                kept++;
            } else {
                context.masterData().setCommodityActive(admin, c.id(), false, "bench");
            }
        }
    }

    private Map<String, Object> saves(AppContext context, Actor admin, LocalDate first) {
        Catalog catalog = context.referenceData().catalog();
        List<Market> markets = catalog.activeMarkets().subList(0, scale.markets());
        List<Commodity> commodities = catalog.activeCommodities();
        Random random = new Random(scale.seed());
        List<Double> ms = new ArrayList<>();
        int warmUp = 1;
        for (int d = 0; d < scale.growthDays(); d++) {
            for (Market market : markets) {
                List<MarketDayEntry.Line> lines = new ArrayList<>();
                for (Commodity c : commodities) {
                    lines.add(new MarketDayEntry.Line(c.id(), 10_000 + 50L * random.nextInt(40), List.of(),
                            null));
                }
                long t = System.nanoTime();
                // EntryService.save syncs to disk before it returns, as the entry screen's "Tersimpan" needs.
                context.entries().save(admin, new MarketDayEntry(market.id(), first.plusDays(d), lines));
                double took = (System.nanoTime() - t) / 1e6;
                if (warmUp-- <= 0) {
                    ms.add(took);
                }
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50Ms", round(percentile(sorted, 0.50)));
        out.put("p99Ms", round(percentile(sorted, 0.99)));
        out.put("minMs", round(sorted.length == 0 ? 0 : sorted[0]));
        out.put("maxMs", round(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        out.put("saves", sorted.length);
        return out;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** One warm-up, then {@code runs} timed runs of {@code work}, in milliseconds. */
    private Map<String, Object> timedMs(Supplier<?> work) {
        return timed(() -> {
            long t = System.nanoTime();
            work.get();
            return (System.nanoTime() - t) / 1e6;
        });
    }

    private Map<String, Object> timed(Supplier<Double> measure) {
        measure.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < scale.runs(); i++) {
            ms.add(measure.get());
        }
        return stats(ms, "ms");
    }

    static Map<String, Object> stats(List<Double> values, String unit) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", unit);
        out.put("median", round(s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2));
        out.put("min", round(s[0]));
        out.put("max", round(s[s.length - 1]));
        out.put("runs", Arrays.stream(s).map(BenchRun::round).boxed().toList());
        return out;
    }

    /** A whole new process of this application, as a user starts it; its wall time in milliseconds. */
    private double process(Path dataDir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "id.sinergi.infoharga.Launcher"));
        if (dataDir != null) {
            command.addAll(List.of("--data-dir", dataDir.toString()));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(InfoHargaCommand.PASSWORD_VARIABLE, PASSWORD);
        try {
            Path log = Files.createTempFile("info-harga-bench", ".log");
            builder.redirectOutput(log.toFile());
            long t = System.nanoTime();
            Process p = builder.start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", args) + ": no end after 30 minutes");
            }
            double ms = (System.nanoTime() - t) / 1e6;
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", args) + " exited " + p.exitValue() + ": " + output);
            }
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double loadAverage() {
        return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
