package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.server.ServerAccount;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.server.ServerUrl;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.MutableClock;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.testing.TestServer;
import id.sinergi.infoharga.ui.common.CurrentThreadTaskRunner;
import id.sinergi.infoharga.ui.common.ScriptedDialogs;
import id.sinergi.infoharga.ui.settings.ServerSettingsViewModel;
import id.sinergi.infoharga.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server pusat and Sinkronkan over the real service and a real PostgreSQL ({@code INFO_HARGA_TEST_PG_URL}; skipped
 * with a message naming it when absent): an officer's laptop is given the address and password the administrator
 * handed out, tests the connection, saves, and synchronises; without a server, and without a network, one line.
 */
class ServerPagesOnPostgresTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    TestServer server;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    Laptop office;
    Laptop raya;
    ServerAccount budi;
    int closed;

    @BeforeEach
    void setUp() {
        server = TestServer.create();
        office = new Laptop(dir.resolve("kantor"), "Laptop Kantor", clock);
        var accounts = office.context.accounts();
        accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
        Actor kepala = office.login("kepala");
        accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
        accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
        raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", clock);
        raya.context.sync().startFrom(office.send("kepala", "awal.sinergi"), office.fingerprint(),
                WorkProgress.NONE);
        office.context.server().init(kepala, server.url.jdbc(), null, "mojokerto", "Kabupaten Mojokerto");
        budi = office.context.server().addAccount(kepala, null, "budi");
    }

    @AfterEach
    void tearDown() {
        if (office != null) {
            office.close();
        }
        if (raya != null) {
            raya.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private ServerSettingsViewModel settings(Laptop laptop, String user) {
        ServerSettingsViewModel model = new ServerSettingsViewModel(ServerSide.settings(laptop.context,
                laptop.login(user)), laptop.context.messages(), tasks);
        model.load();
        return model;
    }

    private ServerSyncViewModel sinkronkan(Laptop laptop, String user) {
        return new ServerSyncViewModel(ServerSide.sync(laptop.context), laptop.context.messages(), tasks, dialogs,
                () -> laptop.login(user), () -> { });
    }

    private void save(Laptop laptop, String user, ServerSettingsViewModel model) {
        new SettingsViewModel(List.of(model), laptop.context.messages(), tasks, () -> laptop.login(user),
                () -> closed++).save();
    }

    @Test
    void anOfficerTestsSavesAndSynchronisesAndItsChangesWaitForAcceptance() throws Exception {
        String address = ServerUrl.parse(budi.url()).remembered();
        ServerSettingsViewModel page = settings(raya, "budi");
        assertThat(page.urlProperty().get()).isEmpty();
        page.urlProperty().set(address);
        page.userProperty().set(budi.role());
        page.passwordProperty().set(budi.password());

        page.testConnection();
        assertThat(page.failedProperty().get()).as(page.resultProperty().get()).isFalse();
        assertThat(page.resultProperty().get()).isEqualTo("Terhubung ke " + server.url.host()
                + ": kabupaten mojokerto, akun budi (peran " + budi.role() + ").");
        // Testing stores nothing.
        assertThat(raya.context.server().configured()).isFalse();

        save(raya, "budi", page);
        assertThat(closed).isEqualTo(1);
        ServerSettingsViewModel again = settings(raya, "budi");
        assertThat(again.urlProperty().get()).isEqualTo(address);
        assertThat(again.userProperty().get()).isEqualTo(budi.role());
        assertThat(again.passwordProperty().get()).isEmpty();
        assertThat(again.passwordStoredProperty().get()).isTrue();
        // The password is in the data folder only encrypted.
        try (var files = Files.walk(raya.folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.toString()).doesNotContain(budi.password());
            }
        }

        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
        dialogs.choices.add(0);
        ServerSyncViewModel sync = sinkronkan(raya, "budi");
        sync.sync();

        assertThat(sync.failedProperty().get()).as(sync.messageProperty().get()).isFalse();
        // Two prices of Raya's own, both waiting until the office accepts this laptop; nothing new to pull.
        assertThat(sync.lastProperty().get()).isEqualTo(new ServerSyncPort.Counts(2, 0, 0, 0, 2));
        assertThat(sync.messageProperty().get()).startsWith("Sinkron selesai: 2 terkirim, 0 baru diterima, 0 sudah"
                + " ada, 0 konflik, 2 menunggu penerimaan. Perubahan perangkat ini menunggu di server");
        assertThat(ServerSide.sync(raya.context).lastSync()).contains(clock.instant());
    }

    @Test
    void withoutAServerItSaysWhereToSetIt() {
        ServerSyncViewModel sync = sinkronkan(raya, "budi");
        sync.sync();
        assertThat(sync.failedProperty().get()).isTrue();
        assertThat(sync.messageProperty().get()).contains("Pengaturan \u2192 Server pusat");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void withoutANetworkOneLineAndNothingChanged() throws Exception {
        // A port on this machine where nothing listens: the connection is refused, as with no network.
        ServerSettingsViewModel page = settings(raya, "budi");
        page.urlProperty().set("jdbc:postgresql://127.0.0.1:1/infoharga");
        page.userProperty().set(budi.role());
        page.passwordProperty().set(budi.password());
        page.testConnection();
        assertThat(page.failedProperty().get()).isTrue();
        assertThat(page.resultProperty().get()).startsWith("Server pusat tidak dapat dihubungi").doesNotContain("\n");
        save(raya, "budi", page);

        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000);
        byte[] before = raya.exportedPrices(D1.minusDays(30), D1);
        ServerSyncViewModel sync = sinkronkan(raya, "budi");
        sync.sync();

        assertThat(sync.failedProperty().get()).isTrue();
        assertThat(sync.messageProperty().get()).startsWith("Server pusat tidak dapat dihubungi").doesNotContain("\n");
        assertThat(dialogs.asked).isEmpty();
        assertThat(raya.exportedPrices(D1.minusDays(30), D1)).isEqualTo(before);
        assertThat(ServerSide.sync(raya.context).lastSync()).isEmpty();
    }

    @Test
    void theOfficeAcceptsTheWaitingLaptopOnTheServerInPerangkatAndItsPricesArrive() throws Exception {
        ServerSide.settings(raya.context, raya.login("budi")).save(raya.login("budi"),
                ServerUrl.parse(budi.url()).remembered(), budi.role(), budi.password());
        raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
        ServerSide.sync(raya.context).syncNow(raya.login("budi"), WorkProgress.NONE);

        // An officer is never shown the server's devices.
        ServerDevicesViewModel officer = new ServerDevicesViewModel(ServerSide.devices(raya.context),
                raya.context.messages(), tasks, dialogs, () -> raya.login("budi"), () -> false);
        officer.load();
        assertThat(officer.shownProperty().get()).isFalse();

        ServerDevicesViewModel devices = new ServerDevicesViewModel(ServerSide.devices(office.context),
                office.context.messages(), tasks, dialogs, () -> office.login("kepala"), () -> true);
        devices.load();
        assertThat(devices.shownProperty().get()).isTrue();
        var laptop = devices.rows().stream().filter(d -> d.id().equals(raya.context.device().identity().id()))
                .findFirst().orElseThrow();
        assertThat(laptop.status()).isEqualTo(id.sinergi.infoharga.app.server.ServerDeviceInfo.Status.PENDING);
        assertThat(laptop.waiting()).isEqualTo(2);
        assertThat(laptop.fingerprint()).isEqualTo(raya.fingerprint());

        dialogs.choices.add(0);
        devices.accept(laptop);

        assertThat(dialogs.asked.get(0)).contains("Laptop Pasar Raya", raya.fingerprint());
        assertThat(devices.failedProperty().get()).as(devices.messageProperty().get()).isFalse();
        assertThat(devices.messageProperty().get()).isEqualTo("Perangkat Laptop Pasar Raya diterima di server pusat:"
                + " perubahannya sampai ke semua perangkat pada sinkron berikutnya.");
        var after = devices.rows().stream().filter(d -> d.id().equals(laptop.id())).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(id.sinergi.infoharga.app.server.ServerDeviceInfo.Status.ACCEPTED);
        assertThat(after.waiting()).isZero();
        var officeSync = ServerSide.sync(office.context).syncNow(office.login("kepala"), WorkProgress.NONE);
        assertThat(officeSync.receivedNew()).isEqualTo(2);
    }
}
