package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.cli.InfoHargaCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the command-line benchmarks share: the regency's market and commodity codes their files use, the account
 * they run as, the command line run in this process, the peak of the live heap, and CPU time.
 */
final class BenchSupport {
    static final String[] MARKETS = {"RAYA-MJS", "NIAGA-MJS", "DINOYO", "PUGERAN", "KEDUNGMALING",
            "KUTOREJO", "BAGUSAN", "SUMBERTEBU", "CANGGU", "DLANGGU", "GEMPOLKEREP", "SEDATI", "PACET", "PERNING",
            "POHJEJER", "KESIMAN", "KEMLAGI", "TANGUNAN", "RANDEGAN", "PANDANARUM"};
    static final String[] COMMODITIES = {"BERAS-PREMIUM", "BERAS-MEDIUM", "BERAS-SPHP", "GULA-PASIR",
            "MIGOR-CURAH", "MIGOR-SEDERHANA", "MIGOR-PREMIUM", "MINYAKITA", "TERIGU-CURAH", "TERIGU-KEMASAN",
            "KEDELAI-IMPOR", "CABAI-MERAH-BESAR", "CABAI-MERAH-KERITING", "CABAI-RAWIT-MERAH", "CABAI-RAWIT-HIJAU",
            "BAWANG-MERAH", "BAWANG-PUTIH", "BAWANG-BOMBAY", "DAGING-SAPI", "DAGING-SAPI-TETELAN", "DAGING-AYAM-RAS",
            "DAGING-AYAM-KAMPUNG", "TELUR-AYAM-RAS", "IKAN-KEMBUNG", "IKAN-TONGKOL", "IKAN-BANDENG",
            "GARAM-KONSUMSI", "JAGUNG-PIPILAN", "KACANG-HIJAU", "KACANG-TANAH", "TEMPE", "TAHU",
            "SUSU-KENTAL-MANIS", "MIE-INSTAN", "SINGKONG"};
    /** The account every command runs as: created first in each folder (a folder with accounts needs one). */
    static final String USER = "bench";
    static final String PASSWORD = "Bench-Harga-2025";
    private static final Map<String, String> ENV = Map.of(InfoHargaCommand.PASSWORD_VARIABLE, PASSWORD,
            InfoHargaCommand.NEW_PASSWORD_VARIABLE, PASSWORD);

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

    private BenchSupport() {
    }

    /** One {@code info-harga} command on {@code dataDir}, in this process, as a user would type it; its output. */
    static String runCommand(Path dataDir, String... args) {
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

    static void resetPeaks() {
        System.gc();
        PEAK_LIVE.set(0);
    }

    /** The largest heap still in use after a collection since {@link #resetPeaks()} (includes Maven's own). */
    static long peakHeapMb() {
        return PEAK_LIVE.get() >> 20;
    }

    /** CPU time of this thread: the work itself, whatever else the machine is doing. */
    static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
