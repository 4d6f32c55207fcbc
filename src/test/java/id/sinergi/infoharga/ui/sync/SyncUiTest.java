package id.sinergi.infoharga.ui.sync;

import id.sinergi.infoharga.AppContext;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.sync.DeviceInfo;
import id.sinergi.infoharga.app.sync.DeviceNotAcceptedException;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.Laptop;
import id.sinergi.infoharga.testing.TestAccounts;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office administrator opens Pertukaran Data, goes to Perangkat with Ctrl+Tab, and accepts a laptop whose first
 * package is waiting, by keyboard under Monocle; its package is then read in.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SyncUiTest {
    @TempDir
    Path dir;
    private DesktopUnderTest desktop;
    private AppContext context;
    private Path waiting;
    private String laptopFingerprint;

    @Start
    void start(Stage stage) {
        desktop = DesktopUnderTest.showFull(stage, dir.resolve("kantor"), Clock.systemDefaultZone(), c -> {
            c.accounts().createFirstAdmin("kepala", TestAccounts.PASSWORD, "pc");
            Actor kepala = c.accounts().login("kepala", TestAccounts.PASSWORD, "pc");
            c.accounts().createUser(kepala, "budi", Role.OFFICER, TestAccounts.PASSWORD);
            c.accounts().assign(kepala, "budi", List.of(c.referenceData().catalog().findMarket("RAYA-MJS")
                    .orElseThrow().id()), List.of());
            Path start = c.sync().export(kepala, dir, null, true, false, WorkProgress.NONE).file();
            try (Laptop raya = new Laptop(dir.resolve("raya"), "Laptop Pasar Raya", Clock.systemDefaultZone())) {
                raya.context.sync().startFrom(start, c.device().identity().fingerprint(), WorkProgress.NONE);
                raya.enter("budi", "RAYA-MJS", java.time.LocalDate.of(2026, 11, 30), "BERAS-MEDIUM", 13_000);
                waiting = raya.send("budi", "raya.sinergi");
                laptopFingerprint = raya.fingerprint();
            }
            assertThatThrownBy(() -> c.sync().receive(kepala, waiting, WorkProgress.NONE))
                    .isInstanceOf(DeviceNotAcceptedException.class);
        });
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }

    @Test
    void anAdministratorAcceptsAWaitingLaptopByKeyboard(FxRobot robot) throws Exception {
        FxWait.forFocus(robot, "#login-username");
        robot.write("kepala").type(KeyCode.ENTER).write(TestAccounts.PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#nav-sync").tryQuery().isPresent());
        ToggleButton nav = robot.lookup("#nav-sync").queryAs(ToggleButton.class);
        robot.interact(nav::fire);
        FxWait.forFocusOwner(robot, "#sync-send");
        assertThat(robot.lookup("#sync-self").queryLabeled().getText())
                .contains(context.device().identity().fingerprint());

        // Ctrl+Tab to Perangkat: this device first, then the laptop waiting to be accepted, selected by Down.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        TableView<DeviceInfo> table = robot.lookup("#sync-devices-table").queryTableView();
        FxWait.until(() -> table.getItems().size() == 2 && table.isFocused());
        robot.type(KeyCode.DOWN);
        FxWait.until(() -> table.getSelectionModel().getSelectedIndex() == 1);
        assertThat(table.getSelectionModel().getSelectedItem().status()).isEqualTo(DeviceInfo.Status.PENDING);
        assertThat(robot.lookup("#sync-devices-detail").queryLabeled().getText()).contains(laptopFingerprint);

        // Shift+Tab back past Muat ulang and Cabut to Terima; Space asks, Enter accepts.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 3).release(KeyCode.SHIFT);
        FxWait.forFocus(robot, "#sync-devices-accept");
        robot.type(KeyCode.SPACE);
        FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> table.getItems().size() == 2
                && table.getItems().get(1).status() == DeviceInfo.Status.ACCEPTED);

        var read = context.sync().receive(context.accounts().login("kepala", TestAccounts.PASSWORD, "pc"), waiting,
                WorkProgress.NONE);
        assertThat(read.fresh()).isEqualTo(1);
    }
}
