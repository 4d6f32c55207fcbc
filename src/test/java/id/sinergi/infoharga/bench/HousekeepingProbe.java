package id.sinergi.infoharga.bench;

import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.HousekeepingOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How far the data file's housekeeping gets on a folder, run after run of {@code BUDGET_MS} each, and what the file
 * size is after each (H2 reuses freed space; it does not move chunks, so the file shrinks only from its end).
 * Run on a copy: {@code java -cp 'target/classes:target/test-classes:target/lib/*'
 * id.sinergi.infoharga.bench.HousekeepingProbe FOLDER [BUDGET_MS] [RUNS]}.
 */
public final class HousekeepingProbe {
    private HousekeepingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long t0 = System.nanoTime();
        try (Database db = Database.open(folder)) {
            System.out.printf("opened in %d ms; file %,d bytes%n", (System.nanoTime() - t0) / 1_000_000,
                    Files.size(db.file()));
            for (int i = 0; i < runs; i++) {
                HousekeepingOutcome o = db.keepDense(Duration.ofMillis(budget));
                System.out.printf("run %d: ran=%s live %d%% -> %d%%, %d steps, %d ms; file %,d bytes%n", i + 1,
                        o.ran(), o.liveBefore(), o.liveAfter(), o.steps(), o.nanos() / 1_000_000,
                        Files.size(db.file()));
                if (!o.ran() || o.steps() == 0) {
                    break;
                }
            }
            t0 = System.nanoTime();
        }
        System.out.printf("closed in %d ms; file %,d bytes%n", (System.nanoTime() - t0) / 1_000_000,
                Files.size(folder.resolve("infoharga.mv.db")));
    }
}
