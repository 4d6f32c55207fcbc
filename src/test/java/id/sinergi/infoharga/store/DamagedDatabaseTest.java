package id.sinergi.infoharga.store;

import id.sinergi.infoharga.app.BackupGenerations;
import id.sinergi.infoharga.app.BackupService;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.ProblemText;
import id.sinergi.infoharga.cli.InfoHargaCommand;
import id.sinergi.infoharga.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged database file gives a plain message that points to the latest backup; it is never taken as new. */
class DamagedDatabaseTest {
    private static final Messages ID = new Messages(Messages.INDONESIAN);

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("infoharga.mv.db");
    }

    private Path withBackup() {
        try (Database db = Database.open(folder)) {
            return new BackupService(new Store(db), Clock.fixed(Instant.parse("2025-09-15T05:00:00Z"),
                    ZoneOffset.UTC), new id.sinergi.infoharga.app.Authorizer(ID)).automaticIfDue().orElseThrow();
        }
    }

    @Test
    void aTruncatedFileIsDamagedAndTheMessageNamesTheLatestBackup() throws Exception {
        Path backup = withBackup();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            // Cut just after the two store headers: H2 compacts on close and may have moved the newest chunk to the
            // start of the file, so a cut at half the length can leave the data whole.
            f.setLength(8 * 1024 + 100);
        }
        Throwable error = catchOpen();
        assertThat(error).isInstanceOf(DatabaseDamagedException.class);
        assertThat(ProblemText.describe(error, ID)).hasValue("Berkas data di " + folder
                + " rusak dan tidak dapat dibuka. Cadangan terakhir: " + backup
                + ". Pulihkan dengan: info-harga --data-dir \"" + folder + "\" restore \"" + backup + "\" --yes");
        assertThat(BackupGenerations.latest(folder)).contains(backup);
    }

    @Test
    void flippedStoreHeadersAreDamage() throws Exception {
        withBackup();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            byte[] headers = new byte[8192];
            f.readFully(headers);
            for (int i = 0; i < headers.length; i++) {
                headers[i] ^= (byte) 0xFF;
            }
            f.seek(0);
            f.write(headers);
        }
        assertThat(catchOpen()).isInstanceOf(DatabaseDamagedException.class);
    }

    @Test
    void anEmptyFileIsDamageNotANewDatabase() throws Exception {
        Database.open(folder).close();
        Files.write(file(), new byte[0]);
        assertThat(catchOpen()).isInstanceOf(DatabaseDamagedException.class);
        assertThat(file()).isEmptyFile();
        assertThat(ProblemText.describe(catchOpen(), ID).orElseThrow()).contains("belum ada cadangan");
    }

    @Test
    void theCommandLineExitsWithFourAndTheRestoreCommand() throws Exception {
        Path backup = withBackup();
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            // Cut just after the two store headers: H2 compacts on close and may have moved the newest chunk to the
            // start of the file, so a cut at half the length can leave the data whole.
            f.setLength(8 * 1024 + 100);
        }
        ChildJvm.Result run = ChildJvm.run("id.sinergi.infoharga.Launcher", "--data-dir", folder.toString(),
                "markets");
        assertThat(run.exitCode()).isEqualTo(InfoHargaCommand.EXIT_STORAGE);
        assertThat(run.err()).contains("rusak").doesNotContain("Exception");
        // The folder is not the default one: the advice names it, and typed as shown it restores into it.
        String advice = run.err().substring(run.err().indexOf("Pulihkan dengan: ") + "Pulihkan dengan: ".length())
                .strip();
        assertThat(advice).isEqualTo("info-harga --data-dir \"" + folder + "\" restore \"" + backup + "\" --yes");
        List<String> typed = words(advice);
        assertThat(typed.get(0)).isEqualTo("info-harga");

        ChildJvm.Result restore = ChildJvm.run("id.sinergi.infoharga.Launcher",
                typed.subList(1, typed.size()).toArray(String[]::new));
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Hasil: basis data sehat.");
        try (Database db = Database.open(folder)) {
            java.util.List<id.sinergi.infoharga.domain.Market> markets = new Store(db).read(tx -> tx.markets().all());
            assertThat(markets).hasSize(20);
        }
    }

    /** A command line split as a shell splits it: at spaces, keeping what is in double quotes together. */
    private static List<String> words(String line) {
        List<String> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    private Throwable catchOpen() {
        try {
            Database.open(folder).close();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the damaged file opened");
    }
}
