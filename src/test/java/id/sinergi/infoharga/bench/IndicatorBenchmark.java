package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.app.AlertService;
import id.sinergi.infoharga.app.IndicatorService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.indicators.IsoWeek;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * How long one day's figures take at 20 markets × 35 commodities × 10 years: inside the JVM (the service call
 * alone, median of 5 after a warm-up) and as a whole {@code indicators} process (median of 5).
 * {@code IndicatorBenchmark [DIR [DATE]]}: without DIR a temporary folder is filled with synthetic prices first
 * (about 2.3 million rows; several minutes).
 */
public final class IndicatorBenchmark {
    private static final LocalDate FROM = LocalDate.of(2015, 10, 1);
    private static final LocalDate TO = LocalDate.of(2025, 9, 30);

    public static void main(String[] args) throws Exception {
        Path dir;
        if (args.length > 0) {
            dir = Path.of(args[0]);
        } else {
            dir = Files.createTempDirectory("indicator-bench");
            long t0 = System.nanoTime();
            long rows = SyntheticData.fill(dir, 20, 35, FROM, TO);
            System.out.printf("filled %s with %,d prices in %.0f s%n", dir, rows, (System.nanoTime() - t0) / 1e9);
        }
        LocalDate day = args.length > 1 ? LocalDate.parse(args[1]) : TO.minusDays(15);
        try (Database db = Database.open(dir)) {
            Store store = new Store(db);
            Messages messages = new Messages(Messages.INDONESIAN);
            ReferenceDataService reference = new ReferenceDataService(store);
            IndicatorService indicators = new IndicatorService(store, reference, messages);
            AlertService alerts = new AlertService(store, reference, indicators, Clock.systemDefaultZone(), messages);
            System.out.printf("prices: %,d rows; day %s%n", store.read(tx -> tx.prices().count()), day);
            for (int i = 0; i < 20; i++) {
                indicators.day(day.minusDays(i * 37L));
            }
            report("day figures (IndicatorService.day)", () -> indicators.day(day).commodities().size());
            report("week figures (IndicatorService.week)", () -> indicators.week(IsoWeek.of(day)).commodities().size());
            report("alerts (AlertService.alerts)", () -> alerts.alerts(day).size());
            report("daily brief (AlertService.brief)", () -> alerts.brief(day).length());
            report("ALPS, all commodities (IndicatorService.alps)", () -> indicators.alps(day).size());
        }
        List<Double> process = new ArrayList<>();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int lines = 0;
        System.out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < 5; i++) {
            ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx512m", "-cp", classPath(),
                    "id.sinergi.infoharga.Launcher", "--data-dir", dir.toString(), "indicators", "--date",
                    day.toString(), "--format", "csv");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            int exit = p.waitFor();
            process.add((System.nanoTime() - t0) / 1e6);
            lines = (int) new String(out).lines().count();
            if (exit != 0) {
                throw new IllegalStateException("indicators exited with " + exit);
            }
        }
        System.out.printf("%-48s median %8.1f ms wall  (runs %s; %d csv lines)%n", "whole process: indicators --format csv",
                median(process), fmt(process), lines);
    }

    /**
     * Wall time, and the CPU time of this thread (the embedded H2 works in the calling thread): on a machine
     * shared with other work the wall time mostly measures waiting for a core.
     */
    private static void report(String what, Callable<Integer> work) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 5; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            size = work.call();
            ms.add((System.nanoTime() - t0) / 1e6);
            cpu.add((mx.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        System.out.printf("%-48s median %8.1f ms wall, %6.1f ms cpu  (wall runs %s; size %d)%n", what, median(ms),
                median(cpu), fmt(ms), size);
    }

    /** The class path of this program: under exec:java that of the plugin's class loader, not of Maven. */
    private static String classPath() throws Exception {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> parts = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(v -> String.format("%.0f", v)).toList().toString();
    }
}
