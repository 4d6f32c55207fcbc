package id.sinergi.infoharga.app;

import id.sinergi.infoharga.store.Backups;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.DatabaseDamagedException;
import id.sinergi.infoharga.store.DeviceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The command printed for a damaged data file restores into that folder when typed as shown (issue 11). */
class RestoreAdviceTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path dir;

    @Test
    void theDefaultFolderNeedsNoDataDirAnyOtherFolderIsNamedAndBothSayYes() {
        Path home = dir.resolve("home");
        Path backup = home.resolve("backup").resolve("infoharga-2025-09-15.zip");
        assertThat(ProblemText.restoreCommand(home, backup, home))
                .isEqualTo("info-harga restore \"" + backup + "\" --yes");
        Path other = dir.resolve("lain");
        assertThat(ProblemText.restoreCommand(other, backup, home))
                .isEqualTo("info-harga --data-dir \"" + other + "\" restore \"" + backup + "\" --yes");
        // The same folder written another way is still the default one.
        assertThat(ProblemText.restoreCommand(home.resolve("x").resolve(".."), backup, home))
                .isEqualTo("info-harga restore \"" + backup + "\" --yes");
    }

    @Test
    void theMessageForADamagedFileCarriesTheCommand() throws Exception {
        Path folder = dir.resolve("data");
        Path backup = Files.createDirectories(folder.resolve("backup")).resolve("infoharga-2025-09-15.zip");
        Path source = dir.resolve("source");
        try (Database db = Database.open(source)) {
            Backups.write(db, DeviceFile.loadOrCreate(source, "sumber"), Instant.now(), backup);
        }
        var damaged = new DatabaseDamagedException(folder, "File corrupted", new RuntimeException("File corrupted"));
        assertThat(ProblemText.describe(damaged, ID, dir.resolve("home")).orElseThrow()).endsWith(
                "Pulihkan dengan: info-harga --data-dir \"" + folder + "\" restore \"" + backup + "\" --yes");
        assertThat(ProblemText.describe(damaged, ID, folder).orElseThrow()).endsWith(
                "Pulihkan dengan: info-harga restore \"" + backup + "\" --yes");
    }
}
