package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.cli.InfoHargaCommand;
import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Times the whole {@code import prices} of a one-million-row CSV (20 markets × 35 commodities × 1 430 days) into an
 * empty data folder, and {@code demo --years 10} into another. Run it with the desktop heap cap:
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java \
 *     -Dexec.mainClass=id.sinergi.infoharga.bench.ImportBenchmark -Dexec.args="1430 10"
 * </pre>
 * Arguments: days in the CSV (default 1430), demo years (default 10; 0 skips the demo). Wall time and rows per
 * second depend on what else runs on the machine; the CPU seconds of the working thread are printed beside them.
 */
public final class ImportBenchmark {
    private static final String[] MARKETS = {"RAYA-MJS", "NIAGA-MJS", "DINOYO", "PUGERAN", "KEDUNGMALING",
            "KUTOREJO", "BAGUSAN", "SUMBERTEBU", "CANGGU", "DLANGGU", "GEMPOLKEREP", "SEDATI", "PACET", "PERNING",
            "POHJEJER", "KESIMAN", "KEMLAGI", "TANGUNAN", "RANDEGAN", "PANDANARUM"};
    private static final String[] COMMODITIES = {"BERAS-PREMIUM", "BERAS-MEDIUM", "BERAS-SPHP", "GULA-PASIR",
            "MIGOR-CURAH", "MIGOR-SEDERHANA", "MIGOR-PREMIUM", "MINYAKITA", "TERIGU-CURAH", "TERIGU-KEMASAN",
            "KEDELAI-IMPOR", "CABAI-MERAH-BESAR", "CABAI-MERAH-KERITING", "CABAI-RAWIT-MERAH", "CABAI-RAWIT-HIJAU",
            "BAWANG-MERAH", "BAWANG-PUTIH", "BAWANG-BOMBAY", "DAGING-SAPI", "DAGING-SAPI-TETELAN", "DAGING-AYAM-RAS",
            "DAGING-AYAM-KAMPUNG", "TELUR-AYAM-RAS", "IKAN-KEMBUNG", "IKAN-TONGKOL", "IKAN-BANDENG",
            "GARAM-KONSUMSI", "JAGUNG-PIPILAN", "KACANG-HIJAU", "KACANG-TANAH", "TEMPE", "TAHU",
            "SUSU-KENTAL-MANIS", "MIE-INSTAN", "SINGKONG"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 1430;
        int demoYears = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createTempDirectory("info-harga-bench");
        System.out.printf("max heap %d MB, %d processors, folder %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), work);
        try {
            Path csv = work.resolve("prices.csv");
            long t0 = System.nanoTime();
            long rows = writeCsv(csv, days);
            System.out.printf("wrote %,d rows (%,d MB) in %.1f s%n", rows, Files.size(csv) >> 20, seconds(t0));

            resetPeaks();
            long t1 = System.nanoTime();
            long c1 = cpu();
            String out = cli(work.resolve("import-data"), "import", "prices", csv.toString());
            double importSeconds = seconds(t1);
            System.out.print(out);
            System.out.printf("import prices: %,d rows in %.1f s = %,.0f rows/s (%.1f s CPU on this thread),"
                    + " peak live heap %d MB%n", rows, importSeconds, rows / importSeconds, (cpu() - c1) / 1e9,
                    peakHeapMb());

            resetPeaks();
            long t2 = System.nanoTime();
            String again = cli(work.resolve("import-data"), "import", "prices", csv.toString());
            System.out.printf("same file again: %.1f s: %s", seconds(t2), again);

            if (demoYears > 0) {
                resetPeaks();
                long t3 = System.nanoTime();
                long c3 = cpu();
                String demo = cli(work.resolve("demo-data"), "demo", "--years", Integer.toString(demoYears),
                        "--until", "2025-06-30");
                double demoSeconds = seconds(t3);
                System.out.print(demo);
                System.out.printf("demo --years %d: %.1f s (%.1f s CPU on this thread), peak live heap %d MB%n",
                        demoYears, demoSeconds, (cpu() - c3) / 1e9, peakHeapMb());
            }
        } finally {
            delete(work);
        }
    }

    private static long writeCsv(Path csv, int days) throws IOException {
        LocalDate first = LocalDate.of(2025, 6, 30).minusDays(days - 1L);
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("date,market,commodity,price\n");
            for (int d = 0; d < days; d++) {
                String day = first.plusDays(d).toString();
                for (int m = 0; m < MARKETS.length; m++) {
                    for (int c = 0; c < COMMODITIES.length; c++) {
                        long price = price(d, m, c);
                        w.write(day + ',' + MARKETS[m] + ',' + COMMODITIES[c] + ',' + price + '\n');
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /**
     * A believable series: a level per commodity, a yearly swing of ±15 %, markets a few percent apart and a
     * little day-to-day noise, so that the import's checks for unusual prices (digit slips, prices far from the
     * last one or from the other markets) pass every row and are timed as they run on real files.
     */
    static long price(int day, int market, int commodity) {
        double level = 8_000 + 3_000.0 * commodity;
        double season = 1 + 0.15 * Math.sin((day + 11.0 * commodity) * 2 * Math.PI / 365);
        double place = 1 + 0.01 * (market - 10);
        long noise = 50L * ((day * 31L + market * 17L + commodity * 1_009L) % 7);
        return Math.round(level * season * place / 50) * 50 + noise;
    }

    /** The account every command runs as: created first in each folder (a folder with accounts needs one). */
    private static final String USER = "bench";
    private static final java.util.Map<String, String> ENV = java.util.Map.of(
            InfoHargaCommand.PASSWORD_VARIABLE, "Bench-Harga-2025", InfoHargaCommand.NEW_PASSWORD_VARIABLE,
            "Bench-Harga-2025");

    private static String cli(Path dataDir, String... args) {
        if (!Files.exists(dataDir)) {
            run(dataDir, "admin", "create", "--user", USER);
        }
        return run(dataDir, Stream.concat(Stream.of("--user", USER), Stream.of(args)).toArray(String[]::new));
    }

    private static String run(Path dataDir, String... args) {
        InfoHargaCommand root = new InfoHargaCommand(ENV);
        CommandLine cli = InfoHargaCommand.commandLine(root);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(System.err, true));
        String[] full = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new);
        try (root) {
            int exit = cli.execute(full);
            if (exit != 0) {
                throw new IllegalStateException("exit " + exit + ": " + String.join(" ", args));
            }
        }
        return out.toString();
    }

    private static final AtomicLong PEAK_LIVE = new AtomicLong();

    static {
        // The heap left after each collection, sampled: what the work really holds, unlike "used", which counts
        // garbage not yet collected.
        Thread sampler = new Thread(() -> {
            while (true) {
                long live = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                        .mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
                PEAK_LIVE.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK_LIVE.set(0);
    }

    /** The largest heap still in use after a collection since {@link #resetPeaks()} (includes Maven's own). */
    private static long peakHeapMb() {
        return PEAK_LIVE.get() >> 20;
    }

    /** CPU time of this thread: the work itself, whatever else the machine is doing. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
