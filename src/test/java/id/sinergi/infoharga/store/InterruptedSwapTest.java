package id.sinergi.infoharga.store;

import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 4: a process killed between the two renames of a restore or compact leaves a state that the
 * next start finishes or undoes (it used to start an empty database in set-up mode), and leftovers of a killed
 * restore or backup are removed at the next start.
 */
class InterruptedSwapTest {
    @TempDir
    Path folder;

    /** A folder with accounts, and a checked copy of it built beside the database, as a compact leaves it. */
    private Path candidateReady() {
        TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Path zip = folder.resolveSibling(folder.getFileName() + "-cadangan.zip");
        try (Database db = Database.open(folder)) {
            Backups.write(db, DeviceFile.loadOrCreate(folder, "uji"), Instant.now(), zip);
        }
        try (FolderLock lock = FolderLock.acquire(folder); BackupArchive archive = BackupArchive.check(zip)) {
            Backups.buildCandidate(folder, archive).close();
        }
        return folder.resolve("backup/before-compact-20250915-050000.mv.db");
    }

    private long accounts() {
        try (Database db = Database.open(folder)) {
            return new Store(db).read(tx -> tx.users().count());
        }
    }

    @Test
    void aCrashBetweenTheTwoRenamesIsFinishedAtTheNextStart() throws Exception {
        Path kept = candidateReady();
        FolderRecovery.beginSwap(folder, kept);
        Backups.moveCurrentAside(folder, kept);
        // The process dies here: no database file, the checked copy beside it, the old one in backup/.
        assertThat(folder.resolve("infoharga.mv.db")).doesNotExist();

        assertThat(accounts()).as("the copy was put in place, not an empty database in set-up mode").isEqualTo(2);
        assertThat(folder.resolve("infoharga-restore.mv.db")).doesNotExist();
        assertThat(folder.resolve("infoharga.swap")).doesNotExist();
        assertThat(kept).exists();
    }

    @Test
    void aCrashBetweenTheRenamesWithTheCopyGoneIsUndone() throws Exception {
        Path kept = candidateReady();
        FolderRecovery.beginSwap(folder, kept);
        Backups.moveCurrentAside(folder, kept);
        Files.delete(folder.resolve("infoharga-restore.mv.db"));

        assertThat(accounts()).as("the old file was put back").isEqualTo(2);
        assertThat(kept).doesNotExist();
        assertThat(folder.resolve("infoharga.swap")).doesNotExist();
    }

    @Test
    void leftoversOfAKilledRestoreOrBackupAreRemovedAtTheNextStart() throws Exception {
        TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Files.write(folder.resolve("infoharga-restore.mv.db"), new byte[] {1, 2, 3});
        Files.createDirectories(folder.resolve("backup"));
        Path part = Files.writeString(folder.resolve("backup/infoharga-2025-09-15.zip.part"), "setengah");
        Path other = Files.writeString(folder.resolve("backup/catatan.txt"), "milik pengguna");

        assertThat(accounts()).isEqualTo(2);
        assertThat(folder.resolve("infoharga-restore.mv.db")).doesNotExist();
        assertThat(part).doesNotExist();
        assertThat(other).exists();
    }
}
