package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.ReferenceDataService;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.PricePoint;
import id.sinergi.infoharga.store.Database;
import id.sinergi.infoharga.store.Store;
import id.sinergi.infoharga.testing.ChildJvm;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: failures that printed a stack trace now print one sentence and exit with their code. The disks are small
 * tmpfs mounts made for the test, which needs root and permission to mount (skipped with the reason otherwise; a
 * developer's machine here and CI run as root).
 */
class PlainFailureTest {
    @TempDir
    Path work;
    private final List<Path> mounts = new ArrayList<>();

    @Test
    void aReadOnlyDataFolderIsOneSentenceExitTwoAndNothingOnStandardOutput() throws Exception {
        Path disk = Files.createDirectories(work.resolve("disk"));
        Assumptions.assumeTrue(mount(disk, "32m"), "cannot mount a tmpfs here: read-only folder test skipped");
        Path folder = disk.resolve("data");
        TestAccounts.prepareOfficerForAllMarkets(folder, "petugas");
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", disk.toString()), "cannot remount read-only");
        Map<String, String> admin = Map.of("INFO_HARGA_USER", TestAccounts.ADMIN, "INFO_HARGA_PASSWORD",
                TestAccounts.PASSWORD);
        for (String command : List.of("markets", "verify")) {
            ChildJvm.Result r = ChildJvm.run(admin, "id.sinergi.infoharga.Launcher", "--data-dir", folder.toString(),
                    command);
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.out()).as(command).isEmpty();
            assertThat(r.err().strip()).as(command).isEqualTo("Folder data " + folder + " tidak dapat ditulis"
                    + " (hanya-baca atau milik pengguna lain). Buka dengan folder yang dapat ditulis, atau minta hak"
                    + " tulis. Tidak ada yang diubah.");
        }
    }

    @Test
    void aWeeklyExcelReportOnAFullDiskIsOneSentenceAndExitFour() throws Exception {
        Path data = work.resolve("data");
        try (Database db = Database.open(data)) {
            Store store = new Store(db);
            TestAccounts.admin(store);
            Catalog catalog = new ReferenceDataService(store).catalog();
            List<PricePoint> points = new ArrayList<>();
            for (var c : catalog.commodities()) {
                for (int i = 0; i < 5; i++) {
                    points.add(new PricePoint(catalog.markets().get(i).id(), c.id(), LocalDate.of(2025, 9, 8),
                            12000 + 100L * i));
                    points.add(new PricePoint(catalog.markets().get(i).id(), c.id(), LocalDate.of(2025, 9, 15),
                            12500 + 100L * i));
                }
            }
            store.inTransaction(tx -> {
                tx.prices().insertBatch(points, "test", "test");
                tx.prices().rebuildMonths(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
                return null;
            });
        }
        Path disk = Files.createDirectories(work.resolve("penuh"));
        Assumptions.assumeTrue(mount(disk, "1m"), "cannot mount a tmpfs here: full-disk report test skipped");
        Path ballast = disk.resolve("ballast.bin");
        fillLeaving(ballast, 8 * 1024);
        Path report = disk.resolve("laporan.xlsx");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (InfoHargaCommand root = new InfoHargaCommand(Map.of(InfoHargaCommand.USER_VARIABLE, TestAccounts.ADMIN,
                InfoHargaCommand.PASSWORD_VARIABLE, TestAccounts.PASSWORD))) {
            CommandLine cli = InfoHargaCommand.commandLine(root);
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            exit = cli.execute("--data-dir", data.toString(), "report", "weekly", "--week", "2025-W38", "--out",
                    report.toString());
        }
        assertThat(exit).as(err.toString()).isEqualTo(4);
        assertThat(err.toString().strip()).isEqualTo("Disk penuh: berkas " + report + " tidak dapat ditulis sampai"
                + " selesai, jadi tidak ada yang ditinggalkan (berkas lama dengan nama itu tetap seperti semula)."
                + " Kosongkan ruang disk atau pilih tempat lain, lalu ulangi.");
        try (var files = Files.list(disk)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ballast.bin");
        }
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) {
            run("umount", m.toString());
        }
    }

    private boolean mount(Path at, String size) {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return false;
        }
        try {
            if (run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())) {
                mounts.add(at);
                return true;
            }
            return false;
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
        byte[] block = new byte[4 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            for (long written = 0; written + block.length <= free - leaveBytes; written += block.length) {
                out.write(block);
            }
        }
    }
}
