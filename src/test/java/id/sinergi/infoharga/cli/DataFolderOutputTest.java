package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 1: no command writes into the data folder's own files, whatever spelling, link or case of the
 * path reaches them; an existing file elsewhere is replaced only with {@code --force}.
 */
class DataFolderOutputTest {
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void prepare() throws Exception {
        data = dir.resolve("data");
        try (Database db = Database.open(data)) {
            Store store = new Store(db);
            TestAccounts.user(store, "analis", Role.ANALYST, List.of(), List.of());
            Catalog catalog = new ReferenceDataService(store).catalog();
            int beras = catalog.findCommodity("BERAS-MEDIUM").orElseThrow().id();
            List<PricePoint> points = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                points.add(new PricePoint(catalog.markets().get(i).id(), beras, LocalDate.of(2025, 9, 15),
                        12500 + 100L * i));
            }
            store.inTransaction(tx -> {
                tx.prices().insertBatch(points, "test", "test");
                tx.prices().rebuildMonths(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
                return null;
            });
            store.syncToDisk();
        }
        // The device files, today's backup and a log file, as a folder in use has them.
        assertThat(run(TestAccounts.ADMIN, "backup").exit()).isZero();
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/info-harga.log"), "log\n");
    }

    /** The folder's own files, each with the SHA-256 of its content. */
    private static Map<Path, String> ownFiles() throws Exception {
        Map<Path, String> files = new LinkedHashMap<>();
        try (var all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(p, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    @Test
    void anAnalystsBriefOntoEachFileOfTheDataFolderIsRefusedWhateverTheSpelling() throws Exception {
        Map<Path, String> before = ownFiles();
        assertThat(before.keySet().stream().map(p -> data.relativize(p).toString().replace('\\', '/')))
                .contains("infoharga.mv.db", "infoharga.lock", "infoharga.head", "device.properties", "device.key",
                        "logs/info-harga.log");
        assertThat(before.keySet()).anySatisfy(p -> assertThat(p.toString()).matches(".*backup.infoharga-.*\\.zip"));
        // Every spelling of every file is checked by OutputTargetTest; here the commands, end to end.
        Path linkToFolder = Files.createSymbolicLink(dir.resolve("tautan"), data);
        Path linkToKey = Files.createSymbolicLink(dir.resolve("kunci.txt"), data.resolve("device.key"));
        for (Path target : List.of(data.resolve("infoharga.mv.db"), linkToFolder.resolve("infoharga.head"),
                data.resolve("..").resolve("data").resolve("DEVICE.PROPERTIES"), linkToKey)) {
            Run r = run("analis", "report", "brief", "--date", "2025-09-15", "--out", target.toString(), "--force");
            assertThat(r.exit()).as(target.toString()).isEqualTo(2);
            assertThat(r.err().strip()).as(target.toString()).isEqualTo("Berkas " + target.toAbsolutePath()
                    .normalize() + " berada di dalam folder data aplikasi (" + data + "); di sana tidak ada yang"
                    + " ditulis agar data tidak rusak. Pilih tempat lain. Tidak ada yang diubah.");
        }
        Run backup = run(TestAccounts.ADMIN, "backup", "--out", data.resolve("infoharga.mv.db").toString(),
                "--force");
        assertThat(backup.exit()).isEqualTo(2);
        assertThat(backup.err()).contains("berada di dalam folder data aplikasi");
        Run export = run("analis", "export", "prices", "--from", "2025-09-01", "--to", "2025-09-30", "--out",
                linkToFolder.resolve("harga.csv").toString(), "--force");
        assertThat(export.exit()).isEqualTo(2);
        Run weekly = run("analis", "report", "weekly", "--week", "2025-W38", "--out",
                data.resolve("backup/laporan.xlsx").toString());
        assertThat(weekly.exit()).isEqualTo(2);
        assertThat(weekly.err()).contains("berada di dalam folder data aplikasi");

        Map<Path, String> after = ownFiles();
        // The database file itself changes with every command that opens it; it must still be the database.
        Path db = data.resolve("infoharga.mv.db");
        before.remove(db);
        assertThat(after.remove(db)).isNotNull();
        assertThat(after).as("not one byte of the other files changed, no file added").isEqualTo(before);
        assertThat(new String(Files.readAllBytes(db), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("H:");
        Run verify = run("analis", "verify");
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void anExistingFileElsewhereIsReplacedOnlyWithForce() throws Exception {
        Path brief = Files.writeString(dir.resolve("ringkasan.txt"), "lama");
        Run refused = run("analis", "report", "brief", "--date", "2025-09-15", "--out", brief.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("sudah ada", "--force");
        assertThat(Files.readString(brief)).isEqualTo("lama");

        Run forced = run("analis", "report", "brief", "--date", "2025-09-15", "--out", brief.toString(), "--force");
        assertThat(forced.exit()).isZero();
        String printed = run("analis", "report", "brief", "--date", "2025-09-15").out();
        assertThat(Files.readString(brief, StandardCharsets.UTF_8).strip()).isEqualTo(printed.strip()).isNotBlank();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aBackupOntoAFolderIsOneSentenceAndExitTwo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("simpan"));
        Run r = run(TestAccounts.ADMIN, "backup", "--out", folder.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(folder + " adalah folder, bukan berkas. Sebutkan nama berkas, misalnya "
                + folder + "/cadangan.zip. Tidak ada yang diubah.");
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (InfoHargaCommand root = new InfoHargaCommand(Map.of(InfoHargaCommand.USER_VARIABLE, user,
                InfoHargaCommand.PASSWORD_VARIABLE, TestAccounts.PASSWORD))) {
            CommandLine cli = InfoHargaCommand.commandLine(root);
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
            all.addAll(List.of(args));
            int exit = cli.execute(all.toArray(String[]::new));
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
