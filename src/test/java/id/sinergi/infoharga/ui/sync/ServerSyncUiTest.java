package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.server.ServerAccount;
import id.sinergi.infoharga.app.server.SyncResult;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.store.server.ServerUrl;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.TestAccounts;
import id.sinergi.infoharga.testing.TestServer;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's laptop, started from the office's package, is given the central server by keyboard: Ctrl+, opens
 * Pengaturan, Ctrl+Tab goes to Server pusat, the address, server user and password are typed and Enter saves; then
 * Ctrl+Shift+S synchronises with the real test PostgreSQL and the counts are shown, and the status bar says when.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@EnabledIfEnvironmentVariable(named = TestServer.VARIABLE, matches = ".+", disabledReason = "server UI test skipped:"
        + " set INFO_HARGA_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)")
class ServerSyncUiTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path dir;
    private static TestServer server;
    private static ServerAccount budi;
    private static SyncResult officeSync;
    private DesktopUnderTest desktop;

    /** The office sets up the server and hands out budi's account; budi's laptop holds two prices unsent. */
    @BeforeAll
    static void officeAndLaptop() {
        server = TestServer.create();
        Clock clock = Clock.systemDefaultZone();
        Path start;
        String officeFingerprint;
        try (Laptop office = new Laptop(dir.resolve("kantor"), "Laptop Kantor", clock)) {
            var accounts = office.context.accounts();
            accounts.createFirstAdmin("kepala", TestAccounts.PASSWORD, "kantor");
            Actor kepala = office.login("kepala");
            accounts.createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            accounts.assign(kepala, "budi", List.of(office.market("RAYA-MJS")), List.of());
            start = office.send("kepala", "awal.sinergi");
            officeFingerprint = office.fingerprint();
            office.context.server().init(kepala, server.url.jdbc(), null, "mojokerto", "Kabupaten Mojokerto");
            budi = office.context.server().addAccount(kepala, null, "budi");
            officeSync = office.context.server().sync(kepala, null, null, WorkProgress.NONE);
        }
        try (Laptop raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", clock)) {
            raya.context.sync().startFrom(start, officeFingerprint, WorkProgress.NONE);
            raya.enter("budi", "RAYA-MJS", D1, "BERAS-MEDIUM", 13_000, "GULA-PASIR", 17_500);
        }
    }

    @Start
    void start(Stage stage) {
        desktop = DesktopUnderTest.showFull(stage, dir.resolve("raya"), Clock.systemDefaultZone(), c -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        // TestFX keeps the target window in a context shared by every robot; left pointing at this closed shell it
        // misleads the next test (SyncUiTest failed after this one in the full run).
        robot.targetWindow((javafx.stage.Window) null);
        if (desktop != null) {
            desktop.close();
        }
    }

    @AfterAll
    static void dropServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOfficerSetsTheServerInPengaturanAndSynchronisesByKeyboard(FxRobot robot) throws Exception {
        FxWait.forFocus(robot, "#login-username");
        robot.write("budi").type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-settings").tryQuery().isPresent());

        // Ctrl+, opens Pengaturan; Ctrl+Tab brings Server pusat to the front with the cursor in the address.
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#settings-tabs").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        FxWait.forFocus(robot, "#settings-server-url");
        String address = ServerUrl.parse(budi.url()).remembered();
        // The robot types into the dialog's window, not the shell behind it.
        robot.targetWindow(robot.lookup("#settings-tabs").query().getScene().getWindow());
        robot.write(address).type(KeyCode.TAB).write(budi.role()).type(KeyCode.TAB).write(budi.password());
        FxWait.until(() -> address.equals(robot.lookup("#settings-server-url").queryTextInputControl().getText())
                && budi.password().equals(robot.lookup("#settings-server-password").queryTextInputControl()
                .getText()));
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#settings-tabs").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#nav-settings").query().getScene().getWindow());
        var stored = desktop.context().server().settings();
        assertThat(stored.url()).contains(ServerUrl.parse(budi.url()).remembered());
        assertThat(stored.role("budi")).contains(budi.role());
        assertThat(stored.password("budi")).hasValueSatisfying(p -> assertThat(new String(p))
                .isEqualTo(budi.password()));
        assertThat(robot.lookup("#status-last-sync").queryLabeled().getText()).isEqualTo("Belum pernah sinkron");

        // Ctrl+Shift+S from the entry screen: Pertukaran Data, Sinkronkan, and the counts.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String counts = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        // Budi's two prices wait on the server until the office accepts this laptop; what the office pushed comes
        // down, all of it already here from the office's first package.
        assertThat(counts).startsWith("Perubahan terkirim ke server: 2\nPerubahan baru diterima: 0\n"
                + "Sudah ada di perangkat ini: " + java.text.NumberFormat.getInstance(
                id.sinergi.infoharga.app.Messages.INDONESIAN).format(officeSync.pushed()) + "\nKonflik: 0\n"
                + "Menunggu penerimaan administrator: 2");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(robot.lookup("#sync-server-message").queryLabeled().getText())
                .startsWith("Sinkron selesai: 2 terkirim");
        FxWait.until(() -> robot.lookup("#status-last-sync").queryLabeled().getText()
                .startsWith("Sinkron terakhir: "));
        assertThat(desktop.context().server().lastSync()).isPresent();
    }
}
