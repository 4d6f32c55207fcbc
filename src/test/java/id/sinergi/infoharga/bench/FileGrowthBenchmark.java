package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.EntryService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Commodity;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How the data file grows in daily use, where every save is one market-day (35 prices, its audit rows and a sync to
 * disk), against its size after {@code compact}. Answers whether an officer's laptop needs compaction.
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=id.sinergi.infoharga.bench.FileGrowthBenchmark
 * -Dexec.args="DAYS MARKETS"} (default 365 days × 20 markets).
 */
public final class FileGrowthBenchmark {
    private FileGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        int markets = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path folder = Files.createTempDirectory("info-harga-growth");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Random random = new Random(7);
        long saves = 0;
        long t0 = System.nanoTime();
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            EntryService entries = new EntryService(store, Clock.systemUTC());
            Catalog catalog = new ReferenceDataService(store).catalog();
            List<Commodity> commodities = catalog.activeCommodities();
            LocalDate first = LocalDate.of(2025, 1, 1);
            for (int d = 0; d < days; d++) {
                for (var market : catalog.activeMarkets().subList(0, markets)) {
                    List<MarketDayEntry.Line> lines = new ArrayList<>();
                    for (Commodity c : commodities) {
                        lines.add(new MarketDayEntry.Line(c.id(), 10_000 + 50L * random.nextInt(400), List.of(),
                                null));
                    }
                    entries.save(officer, new MarketDayEntry(market.id(), first.plusDays(d), lines));
                    store.syncToDisk();
                    saves++;
                }
                // The app is idle between working days: the housekeeping a save asks for runs then (here one run
                // of its budget a day, less than an idle app gives it).
                store.keepFileDense(java.time.Duration.ofMillis(100));
                if ((d + 1) % 90 == 0) {
                    System.out.printf("after %d days: %,d saves, file %,d MB%n", d + 1, saves,
                            Files.size(db.file()) >> 20);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long grown = Files.size(folder.resolve("infoharga.mv.db"));
        BackupService.CompactResult compacted = BackupService.compact(folder, Clock.systemUTC(),
                new Messages(Messages.INDONESIAN));
        System.out.printf("%,d saves of one market-day (%,d prices) in %.0f s (%.1f ms a save); file %,d MB, after"
                        + " compact %,d MB (%.1f×)%n", saves, saves * 35, seconds, seconds * 1000 / saves,
                grown >> 20, compacted.bytesAfter() >> 20, (double) grown / compacted.bytesAfter());
    }
}
