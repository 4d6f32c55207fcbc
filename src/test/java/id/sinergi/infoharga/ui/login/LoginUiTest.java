package id.sinergi.infoharga.ui.login;

import id.sinergi.infoharga.testing.FxWait;
import id.sinergi.infoharga.testing.DesktopUnderTest;
import id.sinergi.infoharga.AppContext;
import javafx.scene.control.Label;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Under Monocle, by keyboard: log-in (a wrong password first), the shell, log-out. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LoginUiTest {
    private static final String PASSWORD = "Kebun-Cabai-77";

    @TempDir
    Path folder;
    private DesktopUnderTest desktop;
    private AppContext context;

    @Start
    void start(Stage stage) {
        desktop = DesktopUnderTest.show(stage, folder, Clock.systemDefaultZone(),
                c -> c.accounts().createFirstAdmin("kepala", PASSWORD, "laptop-uji"));
        context = desktop.context();
    }

    @AfterEach
    void close() {
        desktop.close();
    }



    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anAdministratorLogsInAndOut(FxRobot robot) throws Exception {
        FxWait.forFocus(robot, "#login-username");
        robot.write("kepala").type(KeyCode.ENTER);
        FxWait.forFocus(robot, "#login-password");
        robot.write("Salah-Sekali-1").type(KeyCode.ENTER);
        FxWait.until(() -> text(robot, "#login-message").equals("Nama pengguna atau kata sandi salah."));
        assertThat(robot.lookup("#nav-logout").tryQuery()).isEmpty();

        robot.write(PASSWORD).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#shell-user").tryQuery().isPresent());
        assertThat(text(robot, "#shell-user")).isEqualTo("Masuk sebagai kepala");

        // Fired rather than clicked: under Monocle the robot's click at the foot of the sidebar did not arrive.
        javafx.scene.control.Button logOut = robot.lookup("#nav-logout").queryButton();
        robot.interact(logOut::fire);
        FxWait.forFocus(robot, "#login-username");
        assertThat(text(robot, "#login-message")).isEqualTo("Anda sudah keluar.");
    }
}
