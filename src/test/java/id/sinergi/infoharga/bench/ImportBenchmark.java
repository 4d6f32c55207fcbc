package id.sinergi.infoharga.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static id.sinergi.infoharga.bench.BenchSupport.COMMODITIES;
import static id.sinergi.infoharga.bench.BenchSupport.MARKETS;
import static id.sinergi.infoharga.bench.BenchSupport.USER;
import static id.sinergi.infoharga.bench.BenchSupport.cpu;
import static id.sinergi.infoharga.bench.BenchSupport.delete;
import static id.sinergi.infoharga.bench.BenchSupport.peakHeapMb;
import static id.sinergi.infoharga.bench.BenchSupport.resetPeaks;
import static id.sinergi.infoharga.bench.BenchSupport.runCommand;
import static id.sinergi.infoharga.bench.BenchSupport.seconds;

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

    private static String cli(Path dataDir, String... args) {
        if (!Files.exists(dataDir)) {
            runCommand(dataDir, "admin", "create", "--user", USER);
        }
        return runCommand(dataDir, Stream.concat(Stream.of("--user", USER), Stream.of(args)).toArray(String[]::new));
    }

}
