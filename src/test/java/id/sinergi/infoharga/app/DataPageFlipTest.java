package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.store.StoreException;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Damage inside the database file, past its headers: single flipped bytes spread over the file, and a file that
 * went back to an older state (what H2 does, silently, when its newest chunk is damaged). Neither may pass for a
 * sound database with different data, and neither may crash: the file is refused with the damaged-file message,
 * or {@code verify} reports the problem, or the data is exactly as saved.
 */
class DataPageFlipTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final LocalDate FIRST = LocalDate.of(2025, 9, 1);

    @TempDir
    Path dir;
    private Path base;

    @BeforeEach
    void makeFolder() {
        base = dir.resolve("base");
        try (Database db = Database.open(base)) {
            Store store = new Store(db);
            var actor = TestAccounts.user(store, "admin", Role.ADMIN, List.of(), List.of());
            EntryService entries = new EntryService(store, Clock.fixed(Instant.parse("2025-09-20T03:00:00Z"),
                    ZoneOffset.UTC), new Authorizer(ID));
            Catalog c = new ReferenceDataService(store).catalog();
            for (int d = 0; d < 15; d++) {
                for (var m : c.activeMarkets().subList(0, 4)) {
                    List<MarketDayEntry.Line> lines = new ArrayList<>();
                    for (var k : c.activeCommodities().subList(0, 6)) {
                        lines.add(new MarketDayEntry.Line(k.id(), 10_000 + 50L * (d + m.id() + k.id()), List.of(),
                                null));
                    }
                    entries.save(actor, new MarketDayEntry(m.id(), FIRST.plusDays(d), lines));
                    store.syncToDisk();
                }
            }
        }
    }

    private static List<PricePoint> prices(Store store) {
        return store.read(tx -> tx.prices().between(FIRST, FIRST.plusDays(30)));
    }

    @Test
    void aFileThatWentBackToAnOlderStateIsRefusedAndPointsToTheBackup() throws Exception {
        Path older = dir.resolve("older.mv.db");
        Path backup;
        try (Database db = Database.open(base)) {
            Store store = new Store(db);
            backup = new BackupService(store, Clock.fixed(Instant.parse("2025-09-20T05:00:00Z"), ZoneOffset.UTC),
                    new Authorizer(ID)).automaticIfDue().orElseThrow();
        }
        Files.copy(base.resolve("infoharga.mv.db"), older);
        try (Database db = Database.open(base)) {
            Store store = new Store(db);
            var actor = new Actor("admin", "test");
            Catalog c = new ReferenceDataService(store).catalog();
            new EntryService(store, Clock.systemUTC(), new Authorizer(ID)).save(actor, new MarketDayEntry(
                    c.activeMarkets().get(0).id(), FIRST.plusDays(20),
                    List.of(new MarketDayEntry.Line(c.activeCommodities().get(0).id(), 12_500, List.of(), null))));
            store.syncToDisk();
        }
        Files.copy(older, base.resolve("infoharga.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        Throwable refused = catchThrowable(() -> Database.open(base).close());
        assertThat(refused).isInstanceOf(DatabaseDamagedException.class);
        assertThat(ProblemText.describe(refused, ID).orElseThrow())
                .startsWith("Berkas data di " + base + " rusak dan tidak dapat dibuka. Cadangan terakhir: " + backup);

        BackupService.restore(base, backup, Clock.systemUTC(), ID);
        try (Database db = Database.open(base)) {
            assertThat(prices(new Store(db))).hasSize(15 * 4 * 6);
        }
    }

    @Test
    void flippedBytesAreRefusedOrReportedOrHarmlessNeverSilentlyDifferent() throws Exception {
        List<PricePoint> original;
        try (Database db = Database.open(base)) {
            original = prices(new Store(db));
        }
        Path file = base.resolve("infoharga.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        List<Integer> used = new ArrayList<>();
        for (int p = 8192; p < bytes.length; p++) {
            if (bytes[p] != 0) {
                used.add(p);
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        int flips = Integer.getInteger("flips", 200);
        for (int i = 0; i < flips; i++) {
            int at = used.get((int) ((long) used.size() * i / flips));
            Path copy = Files.createDirectories(dir.resolve("flip" + i));
            Files.copy(base.resolve("infoharga.head"), copy.resolve("infoharga.head"));
            Files.copy(file, copy.resolve("infoharga.mv.db"));
            try (RandomAccessFile f = new RandomAccessFile(copy.resolve("infoharga.mv.db").toFile(), "rw")) {
                f.seek(at);
                f.write(bytes[at] ^ 0x10);
            }
            outcomes.merge(outcome(copy, original, at), 1, Integer::sum);
        }
        System.out.println("flipped bytes, " + flips + " single flips over " + bytes.length + " bytes: " + outcomes);
        assertThat(outcomes.keySet()).allMatch(o -> o.equals("refused as damaged") || o.equals("verify reports it")
                || o.equals("sound and unchanged"));
    }

    private static String outcome(Path folder, List<PricePoint> original, int at) {
        Database db;
        try {
            db = Database.open(folder);
        } catch (DatabaseDamagedException e) {
            return "refused as damaged";
        } catch (StoreException e) {
            return "refused: " + e.getMessage();
        }
        try (db) {
            Store store = new Store(db);
            AuditVerifier.Report report = new AuditVerifier(store).verify();
            if (!report.sound()) {
                return "verify reports it";
            }
            List<PricePoint> now = prices(store);
            if (!now.equals(original)) {
                List<PricePoint> gone = new ArrayList<>(original);
                gone.removeAll(now);
                List<PricePoint> added = new ArrayList<>(now);
                added.removeAll(original);
                System.out.println("DIFF at " + at + ": " + now.size() + " rows, gone " + gone + " added " + added);
            }
            return now.equals(original) ? "sound and unchanged" : "SOUND BUT DIFFERENT at " + at;
        } catch (DatabaseDamagedException e) {
            return "verify reports it";
        } catch (RuntimeException e) {
            return "crash at " + at + ": " + e;
        }
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
