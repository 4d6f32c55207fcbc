package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code info-harga server …} and {@code sync now} in-process against a real PostgreSQL: the office sets the server
 * up and gives an officer a role; the officer's laptop syncs with the address it was given (pending: one line,
 * exit 0), the office accepts it with {@code sync accept}, and the office's next {@code sync now} receives its
 * prices; no network exits 5 with one line.
 */
class ServerCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(Path folder, String user, String serverPassword, String... args) {
        Map<String, String> env = new HashMap<>(Map.of(InfoHargaCommand.PASSWORD_VARIABLE, TestAccounts.PASSWORD,
                InfoHargaCommand.NEW_PASSWORD_VARIABLE, TestAccounts.PASSWORD));
        if (user != null) {
            env.put(InfoHargaCommand.USER_VARIABLE, user);
        }
        if (serverPassword != null) {
            env.put(ServerCommand.PASSWORD_VARIABLE, serverPassword);
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
    void theOfficeSetsUpTheServerAndALaptopSyncsThroughIt() throws Exception {
        try (TestServer server = TestServer.create()) {
            Path office = dir.resolve("kantor");
            Path laptop = dir.resolve("raya");
            Path usb = Files.createDirectories(dir.resolve("usb"));
            assertThat(run(office, null, null, "admin", "create", "--user", "kepala").exit()).isZero();
            assertThat(run(office, "kepala", null, "admin", "create", "--user", "budi", "--role", "OFFICER").exit())
                    .isZero();
            assertThat(run(office, "kepala", null, "admin", "assign", "--user", "budi", "--market", "RAYA-MJS")
                    .exit()).isZero();
            Run init = run(office, "kepala", "", "server", "init", "--url", server.url.jdbc());
            assertThat(init.exit()).as(init.err()).isZero();
            assertThat(init.out()).startsWith("Server pusat siap: kabupaten mojokerto").contains("1 migrasi");
            Run account = run(office, "kepala", "", "server", "add-account", "--user", "budi");
            assertThat(account.exit()).as(account.err()).isZero();
            Matcher m = Pattern.compile("kata sandi (\\w+) .*sync now --url \"([^\"]+)\"").matcher(account.out());
            assertThat(m.find()).as(account.out()).isTrue();
            String password = m.group(1);
            String url = m.group(2);
            assertThat(url).contains("user=ih_" + server.database + "_mojokerto_budi");

            // The laptop starts from the office's package, enters a price, and syncs with the address it was given.
            run(office, "kepala", null, "sync", "export", "--out", usb.resolve("awal.sinergi").toString());
            String fingerprint = id.sinergi.infoharga.store.DeviceFile.load(office).identity().fingerprint();
            assertThat(run(laptop, null, null, "sync", "import", usb.resolve("awal.sinergi").toString(), "--trust",
                    fingerprint).exit()).isZero();
            Path prices = dir.resolve("raya.csv");
            Files.writeString(prices, "date,market,commodity,price\n2026-11-30,RAYA-MJS,BERAS-MEDIUM,13000\n");
            assertThat(run(laptop, "budi", null, "import", "prices", prices.toString()).exit()).isZero();
            Run pending = run(laptop, "budi", password, "sync", "now", "--url", url);
            assertThat(pending.exit()).as(pending.err()).isZero();
            assertThat(pending.out().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("Perangkat ini menunggu penerimaan administrator di server: 1 perubahannya"));
            assertThat(Files.readString(laptop.resolve("server.properties"))).doesNotContain(password);

            Run status = run(office, "kepala", null, "server", "status");
            assertThat(status.out()).contains("perubahan menunggu penerimaan: 1", "menunggu", "(perangkat ini)");
            String laptopId = id.sinergi.infoharga.store.DeviceFile.load(laptop).identity().id().toString();
            Run accept = run(office, "kepala", null, "sync", "accept", laptopId.substring(0, 8));
            assertThat(accept.exit()).as(accept.err()).isZero();
            assertThat(accept.out()).contains("diterima di server pusat");
            Run officeSync = run(office, "kepala", null, "sync", "now");
            assertThat(officeSync.exit()).as(officeSync.err()).isZero();
            assertThat(officeSync.out()).startsWith("Sinkron server: ").contains("1 baru diterima");
            // Remembered address and password: the laptop syncs again without either.
            Run again = run(laptop, "budi", null, "sync", "now");
            assertThat(again.out()).startsWith("Sinkron server: 0 terkirim");

            Run offline = run(laptop, "budi", null, "sync", "now", "--url",
                    "jdbc:postgresql://127.0.0.1:1/" + server.database + "?user=x");
            assertThat(offline.exit()).isEqualTo(InfoHargaCommand.EXIT_SERVER_UNREACHABLE);
            assertThat(offline.err().strip().lines().toList()).singleElement().satisfies(line ->
                    assertThat(line).startsWith("Server pusat tidak dapat dihubungi"));
        }
    }
}
