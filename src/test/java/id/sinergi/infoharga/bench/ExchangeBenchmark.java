package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.store.DeviceFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

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
 * Exchange packages (issue 13): for one year of one market and one year of twenty markets (35 commodities a day
 * each, so 12,775 and 255,500 price changes), the time to import the prices (each one a change of the journal),
 * then the size of the package and the time to write it ({@code sync export --all}) and to read it into an empty
 * folder ({@code sync import --trust}, every change checked and applied in one transaction). Run it with the
 * desktop heap cap:
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java \
 *     -Dexec.mainClass=id.sinergi.infoharga.bench.ExchangeBenchmark [-Dexec.args="1 20"]
 * </pre>
 * Arguments: the numbers of markets to measure (default 1 and 20). The heap figure is the largest heap still in use
 * after a collection (Maven's own included).
 */
public final class ExchangeBenchmark {
    private static final int DAYS = 365;
    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] markets = args.length == 0 ? new int[] {1, 20} : Arrays.stream(args).mapToInt(Integer::parseInt)
                .toArray();
        Path work = Files.createTempDirectory("info-harga-exchange-bench");
        System.out.printf("max heap %d MB, %d processors, folder %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), work);
        try {
            for (int n : markets) {
                measure(work.resolve(n + "-markets"), n);
            }
        } finally {
            delete(work);
        }
    }

    private static void measure(Path dir, int markets) throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve("prices.csv");
        long rows = writeCsv(csv, markets);
        Path office = dir.resolve("office");
        runCommand(office, "admin", "create", "--user", USER);

        resetPeaks();
        long t0 = System.nanoTime();
        long c0 = cpu();
        runCommand(office, "--user", USER, "import", "prices", csv.toString());
        double importSeconds = seconds(t0);
        System.out.printf("%d market(s) x %d commodities x %d days: import %,d prices (each a change) in %.1f s"
                        + " (%.1f s CPU) = %,.0f rows/s, peak live heap %d MB%n", markets, COMMODITIES.length, DAYS,
                rows, importSeconds, (cpu() - c0) / 1e9, rows / importSeconds, peakHeapMb());

        Path file = dir.resolve("all.sinergi");
        resetPeaks();
        long t1 = System.nanoTime();
        long c1 = cpu();
        String written = runCommand(office, "--user", USER, "sync", "export", "--all", "--out", file.toString());
        double writeSeconds = seconds(t1);
        System.out.printf("  write package: %.1f s (%.1f s CPU), %,d bytes (%.1f bytes per change), peak live heap"
                        + " %d MB; %s", writeSeconds, (cpu() - c1) / 1e9, Files.size(file),
                (double) Files.size(file) / rows, peakHeapMb(), written);

        String fingerprint = DeviceFile.load(office).identity().fingerprint();
        resetPeaks();
        long t2 = System.nanoTime();
        long c2 = cpu();
        String read = runCommand(dir.resolve("new-laptop"), "sync", "import", file.toString(), "--trust", fingerprint);
        double readSeconds = seconds(t2);
        System.out.printf("  read package into an empty folder: %.1f s (%.1f s CPU) = %,.0f changes/s, peak live"
                + " heap %d MB; %s", readSeconds, (cpu() - c2) / 1e9, rows / readSeconds, peakHeapMb(), read);
        System.out.printf("  data file of the receiving folder: %,d MB%n",
                Files.size(dir.resolve("new-laptop").resolve("infoharga.mv.db")) >> 20);
    }

    private static long writeCsv(Path csv, int markets) throws IOException {
        LocalDate first = LocalDate.of(2025, 6, 30).minusDays(DAYS - 1L);
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("date,market,commodity,price\n");
            for (int d = 0; d < DAYS; d++) {
                String day = first.plusDays(d).toString();
                for (int m = 0; m < markets; m++) {
                    for (int c = 0; c < COMMODITIES.length; c++) {
                        long price = 5_000 + 100L * ((d * 31L + m * 17L + c * 1_009L) % 400);
                        w.write(day + ',' + MARKETS[m] + ',' + COMMODITIES[c] + ',' + price + '\n');
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

}
