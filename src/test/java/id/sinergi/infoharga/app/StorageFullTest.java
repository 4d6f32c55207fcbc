package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.StorageFullException;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full disk during a save: a clear message, and nothing acknowledged before is lost. The disk is a small tmpfs
 * mounted for the test, which needs root and permission to mount (a developer's machine here; CI may not allow it,
 * and then the test is skipped with the reason).
 */
class StorageFullTest {
    @TempDir
    Path work;
    private Path mountPoint;

    @Test
    void aFullDiskGivesAClearMessageAndKeepsEveryAcknowledgedSave() throws Exception {
        mountPoint = Files.createDirectories(work.resolve("small-disk"));
        Assumptions.assumeTrue(mountTmpfs(mountPoint, "6m"),
                "cannot mount a 6 MiB tmpfs here (needs root and mount permission): full-disk test skipped");
        Path folder = mountPoint.resolve("data");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        // Leave only a little room, as on a disk that is nearly full, so that a few saves fill it.
        Path ballast = mountPoint.resolve("ballast.bin");
        fillLeaving(ballast, 400 * 1024);

        List<MarketDayEntry> acknowledged = new ArrayList<>();
        StorageFullException full = null;
        Database db = Database.open(folder);
        try {
            EntryService entries = new EntryService(new Store(db), Clock.systemUTC());
            for (int n = 0; n < 20_000 && full == null; n++) {
                List<MarketDayEntry.Line> lines = new ArrayList<>();
                for (int c = 1; c <= 10; c++) {
                    lines.add(new MarketDayEntry.Line(c, 10_000 + n * 10L + c, List.of(), "uji disk penuh " + n));
                }
                MarketDayEntry entry = new MarketDayEntry(1 + n % 20, LocalDate.of(2020, 1, 1).plusDays(n / 20),
                        lines);
                try {
                    entries.save(officer, entry);
                    acknowledged.add(entry);
                } catch (StorageFullException e) {
                    full = e;
                }
            }
        } finally {
            try {
                db.close();
            } catch (RuntimeException closingOnAFullDisk) {
                // Expected: H2 cannot write its last chunk either.
            }
        }
        assertThat(full).as("the disk filled up").isNotNull();
        String message = ProblemText.describe(full, new Messages(Messages.INDONESIAN)).orElseThrow();
        assertThat(message).startsWith("Penyimpanan penuh").contains(folder.toString(), "TIDAK tersimpan");
        Throwable root = full;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        System.out.printf("full-disk test: %d saves acknowledged before the disk was full (%s: %s)%n",
                acknowledged.size(), root.getClass().getSimpleName(), root.getMessage());

        Files.delete(ballast); // the user frees some space
        try (Database reopened = Database.open(folder)) {
            List<PricePoint> stored = new Store(reopened).read(tx -> tx.prices().between(LocalDate.MIN,
                    LocalDate.MAX));
            java.util.Map<String, Long> byKey = new java.util.HashMap<>();
            stored.forEach(p -> byKey.put(p.marketId() + ":" + p.commodityId() + ":" + p.date(), p.priceRp()));
            int lost = 0;
            for (MarketDayEntry e : acknowledged) {
                for (MarketDayEntry.Line l : e.lines()) {
                    if (!Long.valueOf(l.priceRp()).equals(byKey.get(e.marketId() + ":" + l.commodityId() + ":"
                            + e.day()))) {
                        lost++;
                    }
                }
            }
            assertThat(lost).isZero();
            assertThat(new AuditVerifier(new Store(reopened)).verify().sound()).isTrue();
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", mountPoint.toString());
        }
    }

    private static boolean mountTmpfs(Path at, String size) {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return false;
        }
        try {
            return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static void fillLeaving(Path ballast, long leaveBytes) throws IOException {
        long free = Files.getFileStore(ballast.getParent()).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            for (long written = 0; written + block.length <= free - leaveBytes; written += block.length) {
                out.write(block);
            }
        }
    }
}
