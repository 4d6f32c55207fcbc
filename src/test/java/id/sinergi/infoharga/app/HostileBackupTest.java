package id.sinergi.infoharga.app;

import id.sinergi.infoharga.domain.MarketDayEntry;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, findings 2 and 3: a backup is data, never code, and a damaged folder still needs the right to restore.
 */
class HostileBackupTest {
    private static final Clock NOON = Clock.fixed(Instant.parse("2025-09-15T05:00:00Z"), ZoneOffset.UTC);
    private static final Messages ID = new Messages(Messages.INDONESIAN);
    private static final Authorizer AUTH = new Authorizer(ID);

    @TempDir
    Path work;

    /** A folder with an administrator, an analyst, an officer's price, and a backup of it (signed by its device). */
    private Path folderWithBackup(Path folder, Path backup) {
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
            new EntryService(store, NOON).save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(), null))));
            new BackupService(store, NOON, AUTH).backupTo(backup);
        }
        return folder;
    }

    private static long prices(Path folder) {
        try (Database db = Database.open(folder)) {
            return new Store(db).read(tx -> tx.prices().count());
        }
    }

    @Test
    void anOldSqlBackupWithFileWriteAndCreateAliasIsNeverRun() throws Exception {
        Path folder = folderWithBackup(work.resolve("data"), work.resolve("asli.zip"));
        Path written = work.resolve("ditulis-oleh-cadangan.txt");
        Path marker = work.resolve("alias-dijalankan.txt");
        String script = "CREATE ALIAS TULIS AS 'String tulis(String p) throws Exception { java.nio.file.Files"
                + ".writeString(java.nio.file.Path.of(p), \"x\"); return p; }';\n"
                + "CALL TULIS('" + marker + "');\n"
                + "CALL FILE_WRITE(STRINGTOUTF8('dari cadangan'), '" + written + "');\n"
                + "INSERT INTO \"PUBLIC\".\"APP_USER\" VALUES (99, 'penyusup', 'x', 'ADMIN', TRUE, 0, NULL,"
                + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE"
                + " '2025-01-01 00:00:00+00');\n";
        Path crafted = work.resolve("cadangan-lama.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(crafted))) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write(script.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> BackupService.restore(folder, crafted, NOON, ID,
                BackupService.RestoreAuthority.ofCurrentAdmin()))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Berkas " + crafted + " adalah cadangan format lama (skrip SQL). Skrip tidak pernah"
                        + " dijalankan karena dapat memuat perintah apa pun; buat cadangan baru dengan versi ini"
                        + " (info-harga backup) dan pulihkan yang itu. Tidak ada yang diubah.");
        assertThat(written).doesNotExist();
        assertThat(marker).doesNotExist();
        assertThat(prices(folder)).isEqualTo(1);
        assertThat(folder.resolve("infoharga-restore.mv.db")).doesNotExist();
    }

    @Test
    void sqlTextInsideTheRowsIsStoredAsTextNeverRun() throws Exception {
        Path folder = work.resolve("data");
        Path backup = work.resolve("asli.zip");
        Actor officer = TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Path marker = work.resolve("jangan.txt");
        String reason = "'); CALL FILE_WRITE(STRINGTOUTF8('x'), '" + marker + "'); --";
        try (Database db = Database.open(folder)) {
            Store store = new Store(db);
            new EntryService(store, NOON).save(officer, new MarketDayEntry(1, LocalDate.of(2025, 9, 15),
                    List.of(new MarketDayEntry.Line(1, 12_500, List.of(), reason))));
            new BackupService(store, NOON, AUTH).backupTo(backup);
        }
        BackupService.RestoreResult r = BackupService.restore(work.resolve("baru"), backup, NOON, ID);
        assertThat(r.report().sound()).isTrue();
        assertThat(marker).doesNotExist();
        try (Database db = Database.open(work.resolve("baru"))) {
            assertThat(new Store(db).read(tx -> tx.prices().marketDay(1, LocalDate.of(2025, 9, 15))).get(0)
                    .reason()).isEqualTo(reason);
        }
    }

    @Test
    void aBackupWithAnEditedRoleIsRefusedWholeWhetherOrNotItsManifestWasRecomputed() throws Exception {
        Path backup = work.resolve("asli.zip");
        Path folder = folderWithBackup(work.resolve("data"), backup);
        UnaryOperator<String> makeAdmin = rows -> rows.replaceAll(
                "(\\[\\d+,\"analis\",\"[^\"]*\",)\"ANALYST\"", "$1\"ADMIN\"");
        Map<String, byte[]> entries = read(backup);
        String users = new String(entries.get("tables/app_user.jsonl"), StandardCharsets.UTF_8);
        assertThat(makeAdmin.apply(users)).as("the edit").isNotEqualTo(users).contains("\"ADMIN\"");

        // Only the rows edited: their hash no longer matches the signed manifest.
        Map<String, byte[]> edited = new LinkedHashMap<>(entries);
        edited.put("tables/app_user.jsonl", makeAdmin.apply(users).getBytes(StandardCharsets.UTF_8));
        Path rowsOnly = write(work.resolve("peran-diubah.zip"), edited);
        assertThatThrownBy(() -> BackupService.restore(folder, rowsOnly, NOON, ID,
                BackupService.RestoreAuthority.ofCurrentAdmin()))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Isi cadangan " + rowsOnly + " tidak cocok dengan manifest yang"
                        + " ditandatangani (app_user: ");

        // The manifest's hash recomputed too: the device's signature no longer matches.
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String oldHash = sha256(entries.get("tables/app_user.jsonl"));
        edited.put("manifest.json", manifest.replace(oldHash, sha256(edited.get("tables/app_user.jsonl")))
                .getBytes(StandardCharsets.UTF_8));
        Path resigned = write(work.resolve("peran-dan-manifest-diubah.zip"), edited);
        assertThatThrownBy(() -> BackupService.restore(folder, resigned, NOON, ID,
                BackupService.RestoreAuthority.ofCurrentAdmin()))
                .isInstanceOf(UserInputException.class)
                .hasMessage("Tanda tangan cadangan " + resigned + " tidak cocok dengan isinya: manifest diubah"
                        + " setelah ditandatangani. Cadangan ditolak. Tidak ada yang diubah.");
        assertThat(prices(folder)).isEqualTo(1);
    }

    @Test
    void aValueOfTheWrongTypeOrBreakingARuleRefusesTheWholeBackup() throws Exception {
        Path backup = work.resolve("asli.zip");
        folderWithBackup(work.resolve("data"), backup);
        Map<String, byte[]> entries = read(backup);
        String prices = new String(entries.get("tables/price_observation.jsonl"), StandardCharsets.UTF_8);
        // A negative price keeps the JSON types right, so the manifest is re-signed here by the test's own key to
        // reach the schema's rule; the file is then from another device, restored into an empty folder.
        String negative = prices.replaceFirst("\"2025-09-15\",12500,", "\"2025-09-15\",-12500,");
        assertThat(negative).isNotEqualTo(prices);
        Path resigned = SignedBackups.resign(entries, Map.of("tables/price_observation.jsonl", negative),
                work.resolve("harga-negatif.zip"));
        assertThatThrownBy(() -> BackupService.restore(work.resolve("kosong"), resigned, NOON, ID))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("memuat nilai yang tidak sah (price_observation rows 1")
                .hasMessageContaining("Check constraint violation");
        String text = prices.replaceFirst("\"2025-09-15\",12500,", "\"2025-09-15\",\"12500\",");
        Path wrongType = SignedBackups.resign(entries, Map.of("tables/price_observation.jsonl", text),
                work.resolve("harga-teks.zip"));
        assertThatThrownBy(() -> BackupService.restore(work.resolve("kosong"), wrongType, NOON, ID))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("price_observation row 1, column price_rp: unexpected VALUE_STRING");
        assertThat(work.resolve("kosong/infoharga.mv.db")).doesNotExist();
    }

    @Test
    void aDamagedFolderNeedsItsOwnDevicesSignatureOrAnAdministratorOfTheBackup() throws Exception {
        // The folder's own backup, and a backup of another folder (another device) with the same accounts.
        Path folder = folderWithBackup(work.resolve("data"), work.resolve("sendiri.zip"));
        Path foreign = work.resolve("lain.zip");
        folderWithBackup(work.resolve("lain"), foreign);
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("infoharga.mv.db").toFile(), "rw")) {
            f.setLength(8 * 1024 + 100);
        }
        assertThat(BackupService.folderState(folder)).isEqualTo(BackupService.FolderState.DAMAGED);

        assertThatThrownBy(() -> BackupService.restore(folder, foreign, NOON, ID))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("Berkas data rusak dan cadangan ini tidak ditandatangani oleh perangkat"
                        + " folder ini");
        assertThatThrownBy(() -> BackupService.restore(folder, foreign, NOON, ID,
                BackupService.RestoreAuthority.ofBackupAdmin("analis", TestAccounts.PASSWORD.toCharArray())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Nama pengguna atau kata sandi salah, atau akun itu bukan administrator aktif di dalam"
                        + " cadangan. Tidak ada yang diubah.");
        assertThatThrownBy(() -> BackupService.restore(folder, foreign, NOON, ID,
                BackupService.RestoreAuthority.ofBackupAdmin("tidak-ada", TestAccounts.PASSWORD.toCharArray())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> BackupService.restore(folder, foreign, NOON, ID,
                BackupService.RestoreAuthority.ofBackupAdmin(TestAccounts.ADMIN, "salah-sekali-123".toCharArray())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Files.size(folder.resolve("infoharga.mv.db"))).as("nothing changed").isEqualTo(8 * 1024 + 100);

        // The backup's own administrator may.
        BackupService.RestoreResult byAdmin = BackupService.restore(folder, foreign, NOON, ID,
                BackupService.RestoreAuthority.ofBackupAdmin(TestAccounts.ADMIN, TestAccounts.PASSWORD.toCharArray()));
        assertThat(byAdmin.report().sound()).isTrue();

        // Damaged again: the folder's own signed backup needs no password.
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("infoharga.mv.db").toFile(), "rw")) {
            f.setLength(8 * 1024 + 100);
        }
        BackupService.RestoreResult own = BackupService.restore(folder, work.resolve("sendiri.zip"), NOON, ID);
        assertThat(own.report().sound()).isTrue();
        assertThat(prices(folder)).isEqualTo(1);
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Re-signs an edited backup with a fresh key of the test's own, as a forger with their own device would. */
    static final class SignedBackups {
        static Path resign(Map<String, byte[]> entries, Map<String, String> changed, Path target) throws Exception {
            Map<String, byte[]> edited = new LinkedHashMap<>(entries);
            String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> c : changed.entrySet()) {
                byte[] bytes = c.getValue().getBytes(StandardCharsets.UTF_8);
                manifest = manifest.replace(sha256(entries.get(c.getKey())), sha256(bytes));
                edited.put(c.getKey(), bytes);
            }
            java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(manifest);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("device")).put("publicKey",
                    java.util.Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            byte[] manifestBytes = json.writeValueAsBytes(tree);
            java.security.Signature sig = java.security.Signature.getInstance("Ed25519");
            sig.initSign(pair.getPrivate());
            sig.update(manifestBytes);
            edited.put("manifest.json", manifestBytes);
            edited.put("manifest.sig", java.util.Base64.getEncoder().encode(sig.sign()));
            return write(target, edited);
        }
    }
}
