package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.store.DeviceFile;
import id.sinergi.infoharga.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code info-harga sync …} in-process, as at a terminal: an office prepares an officer's laptop from its package
 * (the fingerprint asked for, then trusted), the laptop's package is refused until the office accepts the device,
 * a damaged package exits 2 with nothing applied, and no package is ever written inside a data folder.
 */
class SyncCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(Path folder, String user, String... args) {
        Map<String, String> env = new HashMap<>(Map.of(InfoHargaCommand.PASSWORD_VARIABLE, TestAccounts.PASSWORD,
                InfoHargaCommand.NEW_PASSWORD_VARIABLE, TestAccounts.PASSWORD));
        if (user != null) {
            env.put(InfoHargaCommand.USER_VARIABLE, user);
        }
        InfoHargaCommand root = new InfoHargaCommand(env);
        CommandLine cli = InfoHargaCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = folder.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        try (root) {
            return new Run(cli.execute(full), out.toString(), err.toString());
        }
    }

    @Test
    void anOfficeAndALaptopExchangeOnTheCommandLine() throws Exception {
        Path office = dir.resolve("kantor");
        Path laptop = dir.resolve("raya");
        Path usb = Files.createDirectories(dir.resolve("usb"));
        assertThat(run(office, null, "admin", "create", "--user", "kepala").exit()).isZero();
        assertThat(run(office, "kepala", "sync", "rename", "Laptop", "Kantor").out())
                .startsWith("Perangkat ini sekarang bernama Laptop Kantor");
        assertThat(run(office, "kepala", "admin", "create", "--user", "budi", "--role", "OFFICER").exit()).isZero();
        assertThat(run(office, "kepala", "admin", "assign", "--user", "budi", "--market", "RAYA-MJS").exit()).isZero();

        Run inside = run(office, "kepala", "sync", "export", "--out", office.resolve("backup").toString());
        assertThat(inside.exit()).isEqualTo(2);
        // The one output guard (OutputTarget) refuses the data folder, as for every other file written.
        assertThat(inside.err()).contains("berada di dalam folder data aplikasi");
        assertThat(Files.list(office).filter(f -> f.toString().endsWith(".sinergi"))).isEmpty();

        Run export = run(office, "kepala", "sync", "export", "--out", usb.toString());
        assertThat(export.exit()).isZero();
        Path start = usb.resolve("laptop-kantor-" + java.time.LocalDate.now() + ".sinergi");
        // kepala's account, budi's account and budi's markets.
        assertThat(export.out()).startsWith("3 perubahan ditulis ke " + start.toAbsolutePath());

        // An empty folder: the fingerprint is shown first, and only the matching one is trusted.
        String fingerprint = DeviceFile.load(office).identity().fingerprint();
        Run ask = run(laptop, null, "sync", "import", start.toString());
        assertThat(ask.exit()).isEqualTo(2);
        assertThat(ask.out()).contains("Laptop Kantor", fingerprint, "--trust");
        Run wrong = run(laptop, null, "sync", "import", start.toString(), "--trust", "0000 1111");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("Sidik jari tidak cocok");
        Run trusted = run(laptop, null, "sync", "import", start.toString(), "--trust", fingerprint);
        assertThat(trusted.exit()).isZero();
        assertThat(trusted.out()).contains("3 perubahan: 3 baru, 0 sudah ada, 0 konflik");

        // The officer logs in on the laptop with the office's account and sends a price.
        Path csv = dir.resolve("harga.csv");
        Files.writeString(csv, "tanggal,pasar,komoditas,harga\n2025-09-01,RAYA-MJS,BERAS-MEDIUM,12500\n");
        assertThat(run(laptop, "budi", "import", "prices", csv.toString()).exit()).isZero();
        Run sent = run(laptop, "budi", "sync", "export", "--out", usb.resolve("raya").toString());
        assertThat(sent.out()).contains("1 perubahan ditulis ke", "raya.sinergi", "untuk Laptop Kantor");
        Path fromLaptop = usb.resolve("raya.sinergi");
        // The same name again: kept unless --force says to replace it.
        long before = Files.size(fromLaptop);
        Run again = run(laptop, "budi", "sync", "export", "--out", fromLaptop.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("sudah ada", "--force");
        assertThat(Files.size(fromLaptop)).isEqualTo(before);
        assertThat(run(laptop, "budi", "sync", "export", "--out", fromLaptop.toString(), "--force").exit())
                .isZero();

        Run waiting = run(office, "kepala", "sync", "import", fromLaptop.toString());
        assertThat(waiting.exit()).isEqualTo(2);
        assertThat(waiting.err()).contains("belum diterima", "sync accept");
        String devices = run(office, "kepala", "sync", "devices").out();
        assertThat(devices).contains("menunggu diterima");
        String laptopId = DeviceFile.load(laptop).identity().id().toString();
        Run accepted = run(office, "kepala", "sync", "accept", laptopId.substring(0, 8));
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).contains("diterima");

        byte[] bytes = Files.readAllBytes(fromLaptop);
        bytes[bytes.length / 3] ^= 0x04;
        Path damaged = usb.resolve("rusak.sinergi");
        Files.write(damaged, bytes);
        Run refused = run(office, "kepala", "sync", "import", damaged.toString(), fromLaptop.toString());
        assertThat(refused.exit()).as("one package refused").isEqualTo(2);
        assertThat(refused.err()).contains("rusak.sinergi:", "Tidak ada yang diterapkan");
        assertThat(refused.out()).contains("raya.sinergi: dari", "1 perubahan: 1 baru");
        assertThat(run(office, "kepala", "sync", "conflicts").out()).contains("Tidak ada konflik.");
        assertThat(run(office, "kepala", "sync", "devices").out()).contains("Laptop Kantor", "diterima");
    }
}
